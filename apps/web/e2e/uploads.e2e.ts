/**
 * Uploads over real HTTP against the built app: a client that disconnects mid-upload leaves
 * nothing behind (no reserved space, no partial file, no open file handle), a refused upload
 * leaves the connection usable, other sites cannot upload with a visitor's cookies, and one
 * person cannot start uploads without end.
 */
import { randomBytes } from "node:crypto";
import { readdirSync, readlinkSync } from "node:fs";
import http from "node:http";
import path from "node:path";

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";

import {
  e2e,
  linkIn,
  newPage,
  readEmail,
  signIn,
  uniqueEmail,
  useBrowser,
  visible,
} from "./browser";

const BOUNDARY = "----arco-e2e-boundary";

/** A new account of its own (its own organization, storage and upload allowance). */
async function newAccount(page: Page) {
  const email = uniqueEmail("uploader");
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Uma Uploader");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
  await page.getByRole("button", { name: "Create account" }).click();
  await visible(page.getByRole("heading", { name: "Check your inbox" }));
  await page.goto(linkIn(await readEmail(email, { template: "verify-email" }), "/verify-email"));
  await visible(page.getByRole("heading", { name: "Your email is verified" }));
  await signIn(page, email, "copper lantern river");
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

const head = (size: number, name = "notes.txt") =>
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="size"\r\n\r\n${size}\r\n` +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n` +
      `Content-Type: text/plain\r\n\r\n`,
  );
const tail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/** POST /api/files, written by hand so the test decides when (and whether) the body ends. */
function startUpload(
  cookie: string,
  agent?: http.Agent,
  extraHeaders: Record<string, string> = {},
) {
  const url = new URL("/api/files", e2e().baseUrl);
  return http.request(url, {
    method: "POST",
    agent,
    headers: {
      cookie,
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
      ...extraHeaders,
    },
  });
}

function responseOf(request: http.ClientRequest) {
  return new Promise<{ status: number; body: string; reusedSocket: boolean }>((resolve, reject) => {
    request.on("response", (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString()));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, body, reusedSocket: request.reusedSocket }),
      );
    });
    request.on("error", reject);
  });
}

async function storageUsed(cookie: string) {
  const response = await fetch(new URL("/api/trpc/files.usage", e2e().baseUrl), {
    headers: { cookie },
  });
  const body = (await response.json()) as { result: { data: { json: { usedBytes: number } } } };
  return body.result.data.json.usedBytes;
}

/** Files the server process holds open under its storage folder. */
function openStorageFiles() {
  const fds = `/proc/${e2e().serverPid}/fd`;
  return readdirSync(fds)
    .map((fd) => {
      try {
        return readlinkSync(path.join(fds, fd));
      } catch {
        return "";
      }
    })
    .filter((target) => target.startsWith(e2e().storageDir));
}

const partialFiles = (dir = e2e().storageDir): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? partialFiles(path.join(dir, entry.name))
      : entry.name.endsWith(".partial")
        ? [entry.name]
        : [],
  );

async function eventually(check: () => Promise<boolean> | boolean, what: string) {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Still not true after 15 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("uploads", () => {
  const browser = useBrowser();
  let cookie = "";
  beforeAll(async () => {
    const page = await newPage(browser());
    cookie = await newAccount(page);
    await page.context().close();
  });

  it("gives everything back at once when the client disconnects mid-upload", async () => {
    expect(await storageUsed(cookie)).toBe(0);
    const declared = 4 * 1024 * 1024;
    const upload = startUpload(cookie);
    upload.on("error", () => {});
    upload.write(head(declared, "half.bin"));
    upload.write(randomBytes(1024 * 1024));
    // While the bytes flow, the space is reserved and a partial file is open.
    await eventually(async () => (await storageUsed(cookie)) === declared, "space reserved");
    await eventually(() => openStorageFiles().length === 1, "the partial file open");
    upload.destroy();

    await eventually(async () => (await storageUsed(cookie)) === 0, "space released");
    await eventually(() => openStorageFiles().length === 0, "the file handle closed");
    expect(partialFiles()).toEqual([]);
  });

  it("answers the next request on the same connection after refusing an upload", async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      // Announced as larger than any file may be: refused before its bytes are stored.
      const refused = startUpload(cookie, agent);
      refused.write(head(500 * 1024 * 1024));
      refused.end(Buffer.concat([randomBytes(256 * 1024), tail]));
      const answer = await responseOf(refused);
      expect(answer.status).toBe(400);
      expect(answer.body).toContain("Files can be at most");

      const next = http.request(new URL("/api/health", e2e().baseUrl), { agent });
      next.end();
      const health = await responseOf(next);
      expect(health).toMatchObject({ status: 200, reusedSocket: true });
    } finally {
      agent.destroy();
    }
    expect(await storageUsed(cookie)).toBe(0);
  });

  it("refuses an upload another site's page sends with the visitor's cookies", async () => {
    const upload = startUpload(cookie, undefined, {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    upload.end(Buffer.concat([head(5), Buffer.from("hello"), tail]));
    const answer = await responseOf(upload);
    expect(answer.status).toBe(403);
    expect(await storageUsed(cookie)).toBe(0);
  });

  it("stores what its own pages send, and limits how many uploads one person starts an hour", async () => {
    // An account of its own, whose hourly allowance no other test has touched.
    const page = await newPage(browser());
    const cookie = await newAccount(page);
    await page.context().close();
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) {
      const upload = startUpload(cookie, undefined, { origin: e2e().baseUrl });
      upload.end(Buffer.concat([head(5, `n${i}.txt`), Buffer.from("hello"), tail]));
      statuses.push((await responseOf(upload)).status);
    }
    expect(statuses.slice(0, 120).every((status) => status === 201)).toBe(true);
    expect(statuses[120]).toBe(429);
    expect(await storageUsed(cookie)).toBe(120 * 5);
  });
});
