/**
 * `readCertificate` under the allow-list's port rule, against a local TLS server on 127.0.0.1.
 * Loopback only: the test network (support/network.ts) refuses anything else.
 */
import tls from "node:tls";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { network } from "./support/network";
import type { TestServer } from "./support/servers";
import { TEST_CERT, startTlsServer } from "./support/servers";
import { checkTlsAddress, parseAllowList, readCertificate } from "../../src/fetch";

let server: TestServer;

beforeAll(async () => {
  await network.start();
  server = await startTlsServer((_req, res) => res.end());
});

afterAll(async () => {
  await Promise.all([server.close(), network.stop()]);
});

afterEach(() => {
  vi.restoreAllMocks();
  const refused = [...network.refused];
  network.reset();
  expect(refused).toEqual([]);
});

/** Reads the certificate of "public.test" at 127.0.0.1 (the test certificate names it). */
const read = (allow: string[], port?: number) =>
  readCertificate({
    servername: "public.test",
    addresses: ["127.0.0.1"],
    port,
    allow: parseAllowList(allow),
    ca: TEST_CERT,
    timeoutMs: 2_000,
  });

describe("readCertificate and the allow-list", () => {
  it("reads the certificate on a port the entry names", async () => {
    const outcome = await read([`127.0.0.1:${server.port}`], server.port);
    expect(outcome).toMatchObject({
      kind: "certificate",
      certificate: { address: "127.0.0.1", trusted: true },
    });
  });

  it("refuses a port the entry does not name, without connecting", async () => {
    const connect = vi.spyOn(tls, "connect");
    const before = { server: server.connections(), counter: network.counterAccepted };
    // An entry without a port opens 443 (and 80), not the server's port.
    expect(await read(["127.0.0.1"], server.port)).toMatchObject({ kind: "refused" });
    // An entry naming only 8443 does not open the default 443.
    expect(await read(["127.0.0.1:8443"])).toMatchObject({
      kind: "refused",
      reason: "127.0.0.1: loopback",
    });
    expect(connect).not.toHaveBeenCalled();
    expect(server.connections()).toBe(before.server);
    expect(network.counterAccepted).toBe(before.counter);
  });

  it("opens 443 for an entry without a port", async () => {
    network.emulate("127.0.0.1", 443, server.port);
    expect(await read(["127.0.0.1"])).toMatchObject({ kind: "certificate" });
    expect(await read(["127.0.0.0/8:443"])).toMatchObject({ kind: "certificate" });
  });

  it("applies the same rule in checkTlsAddress", () => {
    const allow = parseAllowList(["127.0.0.1:8443", "10.0.0.0/8"]);
    expect(checkTlsAddress(allow, "127.0.0.1", 8443)).toEqual({ ok: true });
    expect(checkTlsAddress(allow, "127.0.0.1", 443).ok).toBe(false);
    expect(checkTlsAddress(allow, "10.1.2.3", 443)).toEqual({ ok: true });
    expect(checkTlsAddress(allow, "10.1.2.3", 6443).ok).toBe(false);
    expect(checkTlsAddress(allow, "10.1.2.3", 0).ok).toBe(false);
  });
});
