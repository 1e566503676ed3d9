import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";

import { createLogger } from "@arco/log";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createArcoHttpServer } from "../server/http-server.ts";
import { requestIdFrom } from "../server/request-id.ts";

/** Lines the app's logger writes while the server serves requests. */
const lines: Record<string, unknown>[] = [];
const log = createLogger(
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  }),
);

let url: URL;
let close: () => Promise<void>;
beforeAll(async () => {
  const { server, serve } = createArcoHttpServer({ trustedHops: 0 });
  // An app that logs after an await, as route handlers do, and reports the id it was handed.
  serve(async (req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    log.warn({ path: req.url }, "served");
    res.end(String(req.headers["x-request-id"]));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  close = () => new Promise((done) => server.close(() => done()));
});
afterAll(() => close());

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ header: string | undefined; seenByApp: string }>((resolve, reject) => {
    const req = request(new URL(path, url), { headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () =>
        resolve({ header: res.headers["x-request-id"] as string | undefined, seenByApp: body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

describe("request ids", () => {
  it("keep a valid incoming x-request-id: the response, the app and the log line carry it", async () => {
    const answer = await get("/given", { "x-request-id": "lb-0123456789abcdef" });
    expect(answer).toEqual({ header: "lb-0123456789abcdef", seenByApp: "lb-0123456789abcdef" });
    expect(lines.find((line) => line.path === "/given")?.requestId).toBe("lb-0123456789abcdef");
  });

  it("replace a missing or invalid one with a new id for each request", async () => {
    const [first, second, invalid] = await Promise.all([
      get("/first"),
      get("/second"),
      get("/invalid", { "x-request-id": "no spaces <allowed>" }),
    ]);
    for (const answer of [first, second, invalid]) {
      expect(answer.header).toMatch(/^[0-9a-f-]{36}$/);
      expect(answer.seenByApp).toBe(answer.header);
    }
    expect(new Set([first.header, second.header, invalid.header]).size).toBe(3);
    for (const [path, answer] of [
      ["/first", first],
      ["/second", second],
      ["/invalid", invalid],
    ] as const) {
      expect(lines.find((line) => line.path === path)?.requestId).toBe(answer.header);
    }
  });

  it("are taken from the header only when short, printable and without spaces", () => {
    expect(requestIdFrom("3f1d7c1e-5a57-4d0b-9a0e-1c2b3d4e5f60")).toBe(
      "3f1d7c1e-5a57-4d0b-9a0e-1c2b3d4e5f60",
    );
    expect(requestIdFrom(["trace.abc:123456", "second"])).toBe("trace.abc:123456");
    for (const bad of [undefined, "", "short", "has space 123", "x".repeat(129), "a\nb1234567"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
