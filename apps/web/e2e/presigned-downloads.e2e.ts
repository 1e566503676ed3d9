import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

import { addMember, createOrg, createUser } from "@arco/db/testing";
import { accounts, files } from "@arco/services";
import { orgScope } from "@arco/services/testing";
import { startS3StandIn } from "@arco/storage/testing";
import type { S3StandIn } from "@arco/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prepareDatabase, signInOverHttp, startArco } from "./arco-server";
import type { ArcoDatabase, RunningArco } from "./arco-server";

/**
 * The built app on S3 with presigned downloads, against s3rver (an S3 stand-in on 127.0.0.1
 * speaking S3's REST requests; it plays the bucket). A server of its own: the suite's shared
 * one stores files in a folder.
 */
const AUTH_SECRET = "presigned-downloads-e2e-secret-0123456789";
const PASSWORD = "copper lantern river";
let s3: S3StandIn;
let database: ArcoDatabase;
let arco: RunningArco;
let fileId: string;
const email = `presign-${Date.now()}@arco.test`;
const logDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-s3-"));

beforeAll(async () => {
  s3 = await startS3StandIn();
  database = await prepareDatabase(async (db) => {
    const org = await createOrg(db, { tier: "pro" });
    const owner = await createUser(db, {
      email,
      passwordHash: await accounts.hashPassword(PASSWORD),
      activeOrgId: org.id,
    });
    await addMember(db, { orgId: org.id, userId: owner!.id, role: "owner" });
    const stored = await files.storeUpload(
      orgScope(db, owner!, org.id, { deps: { store: s3.store() } }),
      {
        name: "Relatório.txt",
        declaredSize: 11,
        body: Readable.from([Buffer.from("hello, s3!\n")]),
      },
    );
    fileId = stored.id;
  });
  arco = await startArco({
    database,
    logFile: path.join(logDir, "server.log"),
    build: false,
    env: {
      AUTH_SECRET,
      S3_BUCKET: "arco-test",
      S3_ENDPOINT: s3.endpoint,
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
      S3_PRESIGN_DOWNLOADS: "true",
    },
  });
}, 180_000);
afterAll(async () => {
  await arco?.stop();
  await database?.dispose();
  await s3?.close();
  rmSync(logDir, { recursive: true, force: true });
});

describe("downloads on S3 with presigning", () => {
  it("redirect a signed-in member to the bucket, which serves the file with its name", async () => {
    const cookie = await signInOverHttp(arco.baseUrl, email, PASSWORD);
    const link = files.signDownload({ id: fileId, secret: AUTH_SECRET }).url;
    const response = await fetch(`${arco.baseUrl}${link}`, {
      headers: { cookie },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const location = response.headers.get("location")!;
    expect(location.startsWith(`${s3.endpoint}/arco-test/`)).toBe(true);
    const object = await fetch(location);
    expect(object.status).toBe(200);
    expect(await object.text()).toBe("hello, s3!\n");
    expect(object.headers.get("content-disposition")).toContain("Relat%C3%B3rio.txt");
  });

  it("keep the checks: no session, or a tampered link, gets no URL", async () => {
    const link = files.signDownload({ id: fileId, secret: AUTH_SECRET }).url;
    const anonymous = await fetch(`${arco.baseUrl}${link}`, { redirect: "manual" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("location")).toBeNull();
    const cookie = await signInOverHttp(arco.baseUrl, email, PASSWORD);
    const tampered = await fetch(
      `${arco.baseUrl}${link.replace(/signature=[^&]+/, "signature=x")}`,
      {
        headers: { cookie },
        redirect: "manual",
      },
    );
    expect(tampered.status).toBe(403);
    expect(tampered.headers.get("location")).toBeNull();
  });
});
