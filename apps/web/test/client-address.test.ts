import type { AddressInfo } from "node:net";
import { request } from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { clientAddress } from "../server/client-address.ts";
import { createArcoHttpServer } from "../server/http-server.ts";

describe("the client's address", () => {
  it("is the socket's peer when no proxy stands in front, whatever the client wrote", () => {
    expect(clientAddress("198.51.100.4", "1.2.3.4", 0)).toBe("198.51.100.4");
    expect(clientAddress("::ffff:198.51.100.4", undefined, 0)).toBe("198.51.100.4");
  });

  it("is read from the right of the chain, one entry per trusted hop", () => {
    // The client wrote "6.6.6.6"; the one proxy appended the address it saw.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.9", 2)).toBe("203.0.113.7");
    // Fewer entries than hops: the leftmost is as far as the chain goes.
    expect(clientAddress("10.0.0.2", "203.0.113.7", 3)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    // Garbage where a trusted hop should have written an address: the next trusted entry.
    expect(clientAddress("10.0.0.2", "6.6.6.6, not-an-ip", 1)).toBe("10.0.0.2");
  });
});

/** Arco's HTTP server around a handler that reports the headers the app would see. */
function startServer(trustedHops: number) {
  const { server, serve } = createArcoHttpServer({ trustedHops });
  serve((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.headers));
  });
  return new Promise<{ url: URL; close: () => Promise<void> }>((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

function headersSeenByApp(url: URL, headers: Record<string, string>) {
  return new Promise<Record<string, string>>((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve(JSON.parse(body) as Record<string, string>));
    });
    req.on("error", reject);
    req.end();
  });
}

const spoofed = {
  "x-forwarded-for": "6.6.6.6",
  "x-real-ip": "6.6.6.6",
  "x-forwarded-host": "evil.example",
  forwarded: "for=6.6.6.6",
  "x-arco-client-ip": "6.6.6.6",
};

describe("Arco's HTTP server", () => {
  let direct: Awaited<ReturnType<typeof startServer>>;
  let proxied: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    direct = await startServer(0);
    proxied = await startServer(1);
  });
  afterAll(async () => Promise.all([direct.close(), proxied.close()]));

  it("with no proxy in front, hands the app the peer's address and drops forged forwarding headers", async () => {
    const seen = await headersSeenByApp(direct.url, spoofed);
    expect(seen["x-arco-client-ip"]).toBe("127.0.0.1");
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    expect(seen["x-real-ip"]).toBeUndefined();
    expect(seen["x-forwarded-host"]).toBeUndefined();
    expect(seen.forwarded).toBeUndefined();
  });

  it("behind one trusted proxy, takes the address that proxy appended and nothing the client wrote", async () => {
    const seen = await headersSeenByApp(proxied.url, {
      ...spoofed,
      "x-forwarded-for": "6.6.6.6, 203.0.113.7",
    });
    expect(seen["x-arco-client-ip"]).toBe("203.0.113.7");
    expect(seen["x-forwarded-for"]).toBe("203.0.113.7");
  });
});
