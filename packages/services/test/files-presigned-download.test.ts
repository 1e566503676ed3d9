import { Readable } from "node:stream";

import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { createLocalStore } from "@arco/storage";
import { startS3StandIn } from "@arco/storage/testing";
import type { S3StandIn } from "@arco/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { presignedDownload, signDownload, storeUpload } from "../src/files";
import { orgScope } from "../src/testing";

/** The bucket is s3rver's (see `startS3StandIn`); the AWS SDK and the database are real. */
const testDb = useTestDb();
const SECRET = "a-test-secret-that-is-long-enough-to-sign";
let s3: S3StandIn;
beforeAll(async () => {
  s3 = await startS3StandIn();
});
afterAll(async () => {
  await s3.close();
});

const linkOf = (id: string) => {
  const url = new URL(signDownload({ id, secret: SECRET }).url, "http://arco.test");
  return {
    id,
    secret: SECRET,
    expires: url.searchParams.get("expires"),
    signature: url.searchParams.get("signature"),
  };
};

describe("presigned downloads", () => {
  it("send the browser to the bucket after the same checks as a streamed download", async () => {
    const { db } = testDb();
    const store = s3.store({ presignDownloads: true });
    const [owner, outsider] = await Promise.all([createUser(db), createUser(db)]);
    const org = await createOrg(db, { owner });
    const otherOrg = await createOrg(db, { owner: outsider });
    const file = await storeUpload(orgScope(db, owner!, org.id, { deps: { store } }), {
      name: "Relatório.txt",
      declaredSize: 5,
      body: Readable.from([Buffer.from("hello")]),
    });
    const scopeOf = (orgId: string) => orgScope(db, null, orgId, { deps: { store } });

    const url = await presignedDownload(scopeOf(org.id), linkOf(file.id));
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("hello");
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(response.headers.get("content-disposition")).toContain("Relat%C3%B3rio.txt");

    await expect(presignedDownload(scopeOf(otherOrg.id), linkOf(file.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      presignedDownload(scopeOf(org.id), { ...linkOf(file.id), signature: "tampered" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("are not offered by a store that cannot presign: the app streams the file", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { owner });
    for (const store of [s3.store(), createLocalStore(s3.directory)]) {
      const scope = orgScope(db, owner!, org.id, { deps: { store } });
      expect(await presignedDownload(scope, linkOf(crypto.randomUUID()))).toBeNull();
    }
  });
});
