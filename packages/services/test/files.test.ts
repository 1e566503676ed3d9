import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

import { auditLogs, orgQuotas, storageItems } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { createLocalStore } from "@arco/storage";
import type { ObjectStore } from "@arco/storage";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  abortUpload,
  beginUpload,
  createFolder,
  deleteFile,
  deleteFolder,
  filesOverview,
  listFiles,
  listFolders,
  moveFile,
  moveFolder,
  releaseAbandonedUploads,
  renameFile,
  renameFolder,
  sanitizeFileName,
  storeUpload,
} from "../src/files";
import { orgScope, systemScope } from "../src/testing";
import { actorFor } from "./helpers";

const testDb = useTestDb();
const MB = 1024 * 1024;
let root: string;
let store: ObjectStore;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "arco-files-"));
  store = createLocalStore(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function setup(tier: "free" | "pro" = "free") {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier, owner });
  const actor = actorFor(owner);
  const scope = orgScope(db, actor, org.id, { deps: { store } });
  return { db, org, owner, actor, plan: org.plan, scope };
}

const used = async (orgId: string) => {
  const [row] = await testDb()
    .db.select({ used: orgQuotas.storageUsedBytes })
    .from(orgQuotas)
    .where(eq(orgQuotas.orgId, orgId));
  return row!.used;
};

const setUsed = (orgId: string, bytes: number) =>
  testDb().db.update(orgQuotas).set({ storageUsedBytes: bytes }).where(eq(orgQuotas.orgId, orgId));

const bytes = (n: number, fill = 97) => Buffer.alloc(n, fill);

describe("file names", () => {
  it("strips separators and control characters, keeps the extension, never empty", () => {
    expect(sanitizeFileName("  ../../etc/passwd ")).toBe("..-..-etc-passwd");
    expect(sanitizeFileName("a\u0000b\nc\u202Egpj.exe")).toBe("abcgpj.exe");
    expect(sanitizeFileName("   ")).toBe("file");
    expect(sanitizeFileName(".pdf")).toBe("file.pdf");
    const long = sanitizeFileName(`${"x".repeat(300)}.tar.gz`);
    expect(long).toHaveLength(200);
    expect(long.endsWith("x.gz")).toBe(true);
  });

  it("never cuts an emoji in half when shortening (Postgres refuses half a character)", () => {
    const name = sanitizeFileName(`${"x".repeat(195)}😀😀.txt`);
    expect(name.isWellFormed()).toBe(true);
    expect(name.endsWith(".txt")).toBe(true);
  });
});

describe("uploads", () => {
  it("stores a file: real size, hash, sniffed type, quota charged, audited", async () => {
    const { db, org, scope } = await setup();
    const body = Readable.from([Buffer.from("%PDF-1.7\n"), bytes(991)]);
    const file = await storeUpload(scope, {
      name: "Report.txt",
      declaredSize: 5000,
      body,
    });
    expect(file).toMatchObject({ name: "Report.txt", size: 1000, mimeType: "application/pdf" });
    expect(await used(org.id)).toBe(1000);
    const [row] = await db.select().from(storageItems).where(eq(storageItems.id, file.id));
    expect(row).toMatchObject({ status: "ready", sizeBytes: 1000 });
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await store.get(row!.storageKey)).size).toBe(1000);
    const audits = await db.select().from(auditLogs).where(eq(auditLogs.resourceId, file.id));
    expect(audits.map((a) => a.action)).toEqual(["files.upload"]);
  });

  it("refuses a stream longer than declared, and releases everything", async () => {
    const { db, org, scope } = await setup();
    await expect(
      storeUpload(scope, {
        name: "big.bin",
        declaredSize: 10,
        body: Readable.from([bytes(8), bytes(8)]),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await used(org.id)).toBe(0);
    expect(await db.$count(storageItems, eq(storageItems.orgId, org.id))).toBe(0);
    expect(await readdir(path.join(root, org.id)).catch(() => [])).toEqual([]);
  });

  it("refuses files over the per-file limit and empty files", async () => {
    const { scope } = await setup();
    const input = { name: "x" };
    await expect(
      beginUpload(scope, { ...input, declaredSize: 11 * MB, maxFileBytes: 10 * MB }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("10 MB") });
    await expect(beginUpload(scope, { ...input, declaredSize: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("explains a full quota in sizes", async () => {
    const { org, plan, scope } = await setup("free");
    await setUsed(org.id, plan.storageBytes! - 3 * MB);
    const error = await beginUpload(scope, {
      name: "video.mp4",
      declaredSize: 12 * MB,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "QUOTA_EXCEEDED",
      message: expect.stringMatching(/needs 12 MB but only 3 MB of your 5 GB is left.*upgrade/),
    });
    expect(await used(org.id)).toBe(plan.storageBytes! - 3 * MB);
  });

  it("never overshoots the quota with 20 parallel uploads", async () => {
    const { db, org, plan, scope } = await setup("free");
    await setUsed(org.id, plan.storageBytes! - 10 * MB);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        storeUpload(scope, {
          name: `part-${i}.bin`,
          declaredSize: MB + i,
          body: Readable.from([bytes(MB + i)]),
        }),
      ),
    );
    const accepted = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    const acceptedBytes = accepted.reduce((sum, f) => sum + f.size, 0);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThanOrEqual(10);
    expect(acceptedBytes).toBeLessThanOrEqual(10 * MB);
    for (const reason of refused) expect(reason).toMatchObject({ code: "QUOTA_EXCEEDED" });
    expect(await used(org.id)).toBe(plan.storageBytes! - 10 * MB + acceptedBytes);
    expect(await db.$count(storageItems, eq(storageItems.orgId, org.id))).toBe(accepted.length);
  });

  it("abort and the abandoned-upload sweep release reservations", async () => {
    const { db, org, scope } = await setup();
    const a = await beginUpload(scope, {
      name: "a",
      declaredSize: 500,
    });
    const b = await beginUpload(scope, {
      name: "b",
      declaredSize: 700,
    });
    expect(await used(org.id)).toBe(1200);
    await abortUpload(orgScope(db, null, org.id), { id: a.id });
    expect(await used(org.id)).toBe(700);
    await store.put(b.storageKey, bytes(10), { contentType: "x/y" });
    await db
      .update(storageItems)
      .set({ createdAt: new Date(Date.now() - 2 * 3600_000) })
      .where(eq(storageItems.id, b.id));
    const fresh = await beginUpload(scope, {
      name: "c",
      declaredSize: 5,
    });
    const swept = await releaseAbandonedUploads(systemScope(db, { deps: { store } }), {
      olderThan: new Date(Date.now() - 3600_000),
    });
    expect(swept.released).toBeGreaterThanOrEqual(1);
    expect(await used(org.id)).toBe(5);
    await expect(store.get(b.storageKey)).rejects.toThrow();
    const [left] = await db.select().from(storageItems).where(eq(storageItems.id, fresh.id));
    expect(left?.status).toBe("pending");
  });
});

describe("managing files", () => {
  async function withFile() {
    const ctx = await setup();
    const file = await storeUpload(ctx.scope, {
      name: "notes.txt",
      declaredSize: 11,
      body: Readable.from([Buffer.from("hello world")]),
    });
    return { ...ctx, file };
  }

  it("renames, moves within the organization only, and deletes releasing the quota", async () => {
    const { db, org, scope, file } = await withFile();
    const other = await setup();
    const folder = await createFolder(scope, { name: "Docs" });
    const foreign = await createFolder(other.scope, { name: "Theirs" });

    expect(await renameFile(scope, { id: file.id, name: "a/b.txt" })).toEqual({
      id: file.id,
      name: "a-b.txt",
    });
    await expect(moveFile(scope, { id: file.id, folderId: foreign.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(renameFile(other.scope, { id: file.id, name: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await moveFile(scope, { id: file.id, folderId: folder.id });
    const inFolder = await listFiles(orgScope(db, null, org.id), {
      folderId: folder.id,
      limit: 10,
    });
    expect(inFolder.items.map((f) => f.name)).toEqual(["a-b.txt"]);

    const [row] = await db.select().from(storageItems).where(eq(storageItems.id, file.id));
    await deleteFile(scope, { id: file.id });
    expect(await used(org.id)).toBe(0);
    expect(
      (await listFiles(orgScope(db, null, org.id), { folderId: folder.id, limit: 10 })).items,
    ).toEqual([]);
    await expect(store.get(row!.storageKey)).rejects.toThrow();
    await expect(deleteFile(scope, { id: file.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await filesOverview(orgScope(db, null, org.id))).toEqual({
      usedBytes: 0,
      limitBytes: 5 * 1024 * MB,
      fileCount: 0,
    });
  });

  it("lists with search, sorts and cursors", async () => {
    const { db, org, scope } = await setup();
    for (const [name, size] of [
      ["b.txt", 3],
      ["a.txt", 1],
      ["c 50%.txt", 2],
    ] as const) {
      await storeUpload(scope, {
        name,
        declaredSize: size,
        body: Readable.from([bytes(size)]),
      });
    }
    const names = async (sort: "name" | "size" | "newest", search?: string) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const result = await listFiles(orgScope(db, null, org.id), {
          sort,
          search,
          cursor,
          limit: 1,
        });
        seen.push(...result.items.map((i) => i.name));
        cursor = result.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    expect(await names("name")).toEqual(["a.txt", "b.txt", "c 50%.txt"]);
    expect(await names("size")).toEqual(["b.txt", "c 50%.txt", "a.txt"]);
    expect(await names("newest")).toEqual(["c 50%.txt", "a.txt", "b.txt"]);
    expect(await names("name", "50%")).toEqual(["c 50%.txt"]);
    expect(await names("name", "%")).toEqual(["c 50%.txt"]);
    await expect(
      listFiles(orgScope(db, null, org.id), { cursor: "garbage", limit: 5, sort: "name" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("folders", () => {
  it("keeps paths unique, rewrites them on rename and move, refuses cycles", async () => {
    const { db, org, scope } = await setup();
    const a = await createFolder(scope, { name: "A" });
    const b = await createFolder(scope, { name: "B", parentId: a.id });
    const c = await createFolder(scope, { name: "C", parentId: b.id });
    expect(c.path).toBe("/A/B/C");
    await expect(createFolder(scope, { name: "A" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await renameFolder(scope, { folderId: a.id, name: "Alpha" });
    const listing = await listFolders(orgScope(db, null, org.id), { parentId: c.id });
    expect(listing.current?.path).toBe("/Alpha/B/C");
    expect(listing.breadcrumb.map((f) => f.name)).toEqual(["Alpha", "B", "C"]);
    await expect(moveFolder(scope, { folderId: a.id, parentId: c.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await moveFolder(scope, { folderId: c.id, parentId: null });
    expect((await listFolders(orgScope(db, null, org.id), {})).children.map((f) => f.path)).toEqual(
      ["/Alpha", "/C"],
    );
    await createFolder(scope, { name: "C", parentId: b.id });
    await expect(moveFolder(scope, { folderId: c.id, parentId: b.id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const other = await setup();
    await expect(renameFolder(other.scope, { folderId: a.id, name: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("deletes a folder with its subfolders and files, releasing their bytes", async () => {
    const { db, org, scope } = await setup();
    const a = await createFolder(scope, { name: "A" });
    const b = await createFolder(scope, { name: "B", parentId: a.id });
    const upload = (folderId: string | null, size: number) =>
      storeUpload(scope, {
        name: "f.bin",
        folderId,
        declaredSize: size,
        body: Readable.from([bytes(size)]),
      });
    await upload(a.id, 100);
    await upload(b.id, 200);
    const kept = await upload(null, 50);
    expect(await used(org.id)).toBe(350);
    expect(await deleteFolder(scope, { folderId: a.id })).toEqual({
      ok: true,
      deletedFiles: 2,
    });
    expect(await used(org.id)).toBe(50);
    expect((await listFolders(orgScope(db, null, org.id), {})).children).toEqual([]);
    const alive = await db
      .select({ id: storageItems.id })
      .from(storageItems)
      .where(and(eq(storageItems.orgId, org.id), isNull(storageItems.deletedAt)));
    expect(alive.map((r) => r.id)).toEqual([kept.id]);
  });
});
