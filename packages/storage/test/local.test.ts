import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { createLocalStore, ObjectNotFoundError, resolveStorageDir } from "../src";
import { readAll, streamOf } from "./helpers";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "arco-storage-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the local store", () => {
  it("stores streams and bytes under nested keys and reads them back", async () => {
    const store = createLocalStore(root);
    await store.put("org-1/a.bin", streamOf("hello ", "world"), { contentType: "text/plain" });
    await store.put("org-1/b.bin", new Uint8Array([1, 2, 3]), { contentType: "x/y", size: 3 });
    const a = await store.get("org-1/a.bin");
    expect(a.size).toBe(11);
    expect((await readAll(a.body)).toString()).toBe("hello world");
    expect([...(await readAll((await store.get("org-1/b.bin")).body))]).toEqual([1, 2, 3]);
    expect(existsSync(path.join(root, "org-1", "a.bin"))).toBe(true);
  });

  it("deletes objects, and deleting a missing one is fine", async () => {
    const store = createLocalStore(root);
    await store.put("k1", new Uint8Array([9]), { contentType: "x/y" });
    await store.delete("k1");
    await store.delete("k1");
    await expect(store.get("k1")).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it("refuses keys that could leave its folder", async () => {
    const store = createLocalStore(path.join(root, "inner"));
    for (const key of [
      "../escape",
      "a/../../escape",
      "/etc/passwd",
      "a\\..\\b",
      "",
      "a//b",
      "..",
    ]) {
      await expect(
        store.put(key, new Uint8Array([1]), { contentType: "x/y" }),
        key,
      ).rejects.toThrow(/Invalid object key/);
      await expect(store.get(key), key).rejects.toThrow(/Invalid object key/);
      await expect(store.delete(key), key).rejects.toThrow(/Invalid object key/);
    }
    expect(await readdir(root)).toEqual([]);
  });

  it("leaves nothing behind when the incoming stream fails", async () => {
    const store = createLocalStore(root);
    const failing = new Readable({
      read() {
        this.push(Buffer.from("partial"));
        this.destroy(new Error("client went away"));
      },
    });
    await expect(store.put("org/x", failing, { contentType: "x/y" })).rejects.toThrow(
      "client went away",
    );
    expect(await readdir(path.join(root, "org"))).toEqual([]);
  });

  it("resolves a relative folder from the repository root", () => {
    const dir = resolveStorageDir(".data/storage", path.join(process.cwd(), "src"));
    expect(existsSync(path.join(path.dirname(path.dirname(dir)), "pnpm-workspace.yaml"))).toBe(
      true,
    );
    expect(resolveStorageDir("/srv/files")).toBe("/srv/files");
  });
});
