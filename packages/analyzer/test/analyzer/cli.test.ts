/** `pnpm analyze`: the CLI as a user runs it, against a server on 127.0.0.1 (allow-listed by configuration, with its port). */
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { reportSchema } from "../../src/report/schema.ts";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let server: http.Server;
let port = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/robots.txt") res.writeHead(404).end();
    else
      res
        .writeHead(200, { "content-type": "text/html" })
        .end("<!DOCTYPE html><html lang=en><title>CLI</title><main><h1>Hi</h1></main>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // Only the allow-list is configured: nothing else of this process' environment is passed on.
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
      cwd: packageDir,
      env: { ANALYZER_FETCH_ALLOW: `127.0.0.1:${port}` },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the analyze CLI", () => {
  it("prints the report as JSON with --json and exits 0", async () => {
    const { code, stdout } = await cli([`http://127.0.0.1:${port}/`, "--json"]);
    expect(code).toBe(0);
    const report = reportSchema.parse(JSON.parse(stdout));
    expect(report.lighthouse["document-title"]?.verdict).toBe("pass");
  }, 60_000);

  it("prints a readable report by default", async () => {
    const { code, stdout } = await cli([`http://127.0.0.1:${port}/`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Overall/);
    expect(stdout).toMatch(/Findings/);
    expect(stdout).toMatch(/Fix:/);
  }, 60_000);

  it("prints the typed error and exits 2 when the URL can't be fetched", async () => {
    const blocked = await cli(["http://10.0.0.1/"]);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/SSRF_BLOCKED/);
    const json = await cli(["http://10.0.0.1/", "--json"]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: "SSRF_BLOCKED" } });
  }, 60_000);

  it("exits 1 with usage on bad arguments", async () => {
    const { code, stderr } = await cli([]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/usage/);
  }, 60_000);
});
