/** Rows of the Files procedures: a folder and a ready file of org A. */
import type { Database } from "@arco/db";
import { storageFolders, storageItems } from "@arco/db/schema";
import { expect } from "vitest";

import type { World } from "../harness";
import { definePart, readersOfA, writersOfA } from "./kit";

interface Fixtures {
  folderId: string;
  fileId: string;
}

const WRITERS = ["ownerA", "adminA", "memberA"] as const;

const neverShowsFilesOfA = (
  result: unknown,
  _db: Database,
  _c: unknown,
  _w: World,
  f: Fixtures,
) => {
  expect(JSON.stringify(result)).not.toContain(f.fileId);
  expect(JSON.stringify(result)).not.toContain(f.folderId);
  expect(JSON.stringify(result)).not.toContain("Contract of A");
};

export const filesPart = definePart<Fixtures>({
  fixtures: async (db, w) => {
    const [folder] = await db
      .insert(storageFolders)
      .values({ orgId: w.orgA.id, name: "Assets of A", path: "/Assets of A" })
      .returning();
    const id = crypto.randomUUID();
    await db.insert(storageItems).values({
      id,
      orgId: w.orgA.id,
      folderId: folder!.id,
      name: "Contract of A.pdf",
      storageKey: `${w.orgA.id}/${id}`,
      mimeType: "application/pdf",
      sizeBytes: 1234,
      status: "ready",
      uploadedById: w.users.ownerA.id,
    });
    return { folderId: folder!.id, fileId: id };
  },
  rows: {
    "files.list": {
      call: (c, _w, f) => c.files.list({ folderId: f.folderId }),
      expect: readersOfA("NOT_FOUND", {
        ok: (result, _db, _c, _w, f) => {
          expect((result as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
            f.fileId,
          ]);
        },
      }),
    },
    "files.folders": {
      call: (c, _w, f) => c.files.folders({ parentId: f.folderId }),
      expect: readersOfA("NOT_FOUND"),
    },
    "files.folderTree": {
      call: (c) => c.files.folderTree(),
      expect: readersOfA<Fixtures>(
        { ok: neverShowsFilesOfA },
        {
          ok: (result, _db, _c, _w, f) =>
            expect((result as { id: string }[]).map((r) => r.id)).toContain(f.folderId),
        },
      ),
    },
    "files.usage": {
      call: (c) => c.files.usage(),
      expect: readersOfA<Fixtures>(
        { ok: (r) => expect((r as { fileCount: number }).fileCount).toBe(0) },
        {
          ok: (r) =>
            expect(r).toMatchObject({
              usedBytes: expect.any(Number) as number,
              limitBytes: 100 * 1024 ** 3,
            }),
        },
      ),
    },
    "files.downloadUrl": {
      call: (c, _w, f) => c.files.downloadUrl({ id: f.fileId }),
      expect: readersOfA<Fixtures>("NOT_FOUND", {
        ok: (r, _db, _c, _w, f) =>
          expect((r as { url: string }).url).toMatch(
            new RegExp(`^/api/files/${f.fileId}/download\\?expires=\\d+&signature=[\\w-]+$`),
          ),
      }),
    },
    "files.createFolder": {
      call: (c, _w, f) => c.files.createFolder({ name: "Inside", parentId: f.folderId }),
      expect: writersOfA(WRITERS, "NOT_FOUND"),
    },
    "files.renameFolder": {
      call: (c, _w, f) => c.files.renameFolder({ folderId: f.folderId, name: "Renamed" }),
      expect: writersOfA(WRITERS, "NOT_FOUND"),
    },
    "files.moveFolder": {
      call: (c, _w, f) => c.files.moveFolder({ folderId: f.folderId, parentId: null }),
      expect: writersOfA(WRITERS, "NOT_FOUND"),
    },
    "files.deleteFolder": {
      call: (c, _w, f) => c.files.deleteFolder({ folderId: f.folderId }),
      expect: writersOfA(WRITERS, "NOT_FOUND"),
    },
    "files.rename": {
      call: (c, _w, f) => c.files.rename({ id: f.fileId, name: "Renamed.pdf" }),
      expect: writersOfA(WRITERS, "NOT_FOUND"),
    },
    "files.move": {
      call: (c, _w, f) => c.files.move({ id: f.fileId, folderId: null }),
      expect: writersOfA(WRITERS, "NOT_FOUND"),
    },
    "files.delete": {
      call: (c, _w, f) => c.files.delete({ id: f.fileId }),
      expect: writersOfA(WRITERS, "NOT_FOUND"),
    },
  },
});
