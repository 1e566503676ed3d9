import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { createLocalStore } from "@arco/storage";
import type { ObjectStore } from "@arco/storage";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  contentDisposition,
  openDownload,
  signDownload,
  storeUpload,
  verifyDownload,
} from "../src/files";
import { orgScope } from "../src/testing";

const testDb = useTestDb();
const SECRET = "a-test-secret-that-is-long-enough-to-sign";
let root: string;
let store: ObjectStore;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "arco-downloads-"));
  store = createLocalStore(root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const paramsOf = (url: string) => {
  const parsed = new URL(url, "http://arco.test");
  return {
    path: parsed.pathname,
    expires: parsed.searchParams.get("expires"),
    signature: parsed.searchParams.get("signature"),
  };
};

describe("signed download links", () => {
  const id = "3f1d7c1e-5a57-4d0b-9a0e-1c2b3d4e5f60";
  const now = new Date("2026-01-01T12:00:00Z");

  it("are valid for five minutes for that file only", () => {
    const { url, expiresAt } = signDownload({ id, secret: SECRET, now });
    const { path: urlPath, expires, signature } = paramsOf(url);
    expect(urlPath).toBe(`/api/files/${id}/download`);
    expect(expiresAt.getTime() - now.getTime()).toBe(300_000);
    const check = (overrides: Partial<Parameters<typeof verifyDownload>[0]>) =>
      verifyDownload({ id, expires, signature, secret: SECRET, now, ...overrides });
    expect(check({})).toBe(true);
    expect(check({ now: new Date(now.getTime() + 299_000) })).toBe(true);
    expect(check({ now: new Date(now.getTime() + 301_000) })).toBe(false);
    expect(check({ id: "3f1d7c1e-5a57-4d0b-9a0e-1c2b3d4e5f61" })).toBe(false);
    expect(check({ secret: `${SECRET}x` })).toBe(false);
    expect(check({ expires: String(Number(expires) + 3600) })).toBe(false);
    expect(check({ signature: `${signature!.slice(0, -1)}A` })).toBe(false);
    expect(check({ signature: null })).toBe(false);
    expect(check({ expires: "soon" })).toBe(false);
  });

  it("open only for the file's organization, with a valid link", async () => {
    const { db } = testDb();
    const [owner, outsider] = await Promise.all([createUser(db), createUser(db)]);
    const org = await createOrg(db, { owner });
    const otherOrg = await createOrg(db, { owner: outsider });
    const file = await storeUpload(orgScope(db, owner!, org.id, { deps: { store } }), {
      name: "hello.txt",
      declaredSize: 5,
      body: Readable.from([Buffer.from("hello")]),
    });
    const link = paramsOf(signDownload({ id: file.id, secret: SECRET }).url);
    const open = (orgId: string, { signature, now }: { signature?: string; now?: Date } = {}) =>
      openDownload(orgScope(db, null, orgId, { deps: { store }, now: now && (() => now) }), {
        id: file.id,
        secret: SECRET,
        ...link,
        ...(signature ? { signature } : {}),
      });

    const opened = await open(org.id);
    expect(opened.file.mimeType).toBe("text/plain");
    const chunks: Buffer[] = [];
    for await (const chunk of opened.body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe("hello");

    await expect(open(otherOrg.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(open(org.id, { signature: "tampered" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(open(org.id, { now: new Date(Date.now() + 3600_000) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("name the file safely in Content-Disposition", () => {
    expect(contentDisposition('Relatório "final".pdf')).toBe(
      `attachment; filename="Relat_rio _final_.pdf"; filename*=UTF-8''Relat%C3%B3rio%20%22final%22.pdf`,
    );
  });
});
