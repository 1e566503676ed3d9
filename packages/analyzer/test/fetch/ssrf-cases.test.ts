/**
 * Every case of ssrf-cases.json through safeFetch, as written: the case's URL, its `dns` map as
 * the resolver, its `server` behaviour played by a local server, NO allow-list (the production
 * policy). Public addresses a case connects to are emulated by 127.0.0.1 servers through the
 * loopback-only test network (support/network.ts); anything else is refused at the socket.
 */
import { existsSync, readFileSync } from "node:fs";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { network } from "./support/network";
import type { SafeFetchErrorCode, SafeFetchOptions, SafeFetchStage } from "../../src/fetch";
import { SafeFetchError, safeFetch } from "../../src/fetch";
import { mapResolver } from "./support/resolver";
import type { CaseServerSpec, TestServer } from "./support/servers";
import { serveCase, startServer, startTlsServer, trustTestCertificate } from "./support/servers";

interface SsrfCase {
  url: string;
  category: string;
  expected: "reject" | "allow";
  note: string;
  stage?: SafeFetchStage;
  dns?: Record<string, Array<string | string[]>>;
  server?: CaseServerSpec;
}

// The shared security material is the source; a copy is vendored so a clean checkout (CI) runs the
// same cases. When both exist they must be identical.
const SHARED = new URL("../../../../../shared/security/ssrf-cases.json", import.meta.url);
const VENDORED = new URL("./fixtures/ssrf-cases.json", import.meta.url);
const cases: SsrfCase[] = JSON.parse(
  readFileSync(existsSync(SHARED) ? SHARED : VENDORED, "utf8"),
) as SsrfCase[];

/** The error each rejected category must end with. */
const EXPECTED_CODE: Record<string, SafeFetchErrorCode> = {
  scheme: "INVALID_URL",
  malformed: "INVALID_URL",
  "parser-differential": "INVALID_URL",
  userinfo: "INVALID_URL",
  port: "SSRF_BLOCKED",
  loopback: "SSRF_BLOCKED",
  encoding: "SSRF_BLOCKED",
  unspecified: "SSRF_BLOCKED",
  "ipv6-loopback": "SSRF_BLOCKED",
  "ipv4-mapped-ipv6": "SSRF_BLOCKED",
  "ipv4-compatible-ipv6": "SSRF_BLOCKED",
  nat64: "SSRF_BLOCKED",
  "6to4": "SSRF_BLOCKED",
  "ipv6-ula": "SSRF_BLOCKED",
  "ipv6-link-local": "SSRF_BLOCKED",
  "ipv6-site-local": "SSRF_BLOCKED",
  "ipv6-multicast": "SSRF_BLOCKED",
  "ipv6-reserved": "SSRF_BLOCKED",
  "private-ipv4": "SSRF_BLOCKED",
  cgnat: "SSRF_BLOCKED",
  "reserved-ipv4": "SSRF_BLOCKED",
  multicast: "SSRF_BLOCKED",
  broadcast: "SSRF_BLOCKED",
  "cloud-metadata": "SSRF_BLOCKED",
  "dns-private": "SSRF_BLOCKED",
  "dns-rebinding": "SSRF_BLOCKED",
  "dns-failure": "DNS_FAILURE",
  redirect: "SSRF_BLOCKED",
  "redirect-limit": "TOO_MANY_REDIRECTS",
  "response-size": "TOO_LARGE",
  "decompression-bomb": "TOO_LARGE",
  slowloris: "TIMEOUT",
  timeout: "TIMEOUT",
  "content-type": "NOT_HTML",
  "response-headers": "INVALID_RESPONSE",
};

/** Short deadlines where a case is about a deadline, so the suite stays fast. */
const CASE_OPTIONS: Record<string, SafeFetchOptions> = {
  slowloris: { timeoutMs: 1_500 },
  timeout: { connectTimeoutMs: 400 },
};

/** Path → behaviour, from the cases themselves. */
const behaviours = new Map<string, CaseServerSpec>();
for (const c of cases) {
  if (c.server && !c.server.dropSyn) behaviours.set(new URL(c.url.trim()).pathname, c.server);
}

let http80: TestServer;
let https443: TestServer;

beforeAll(async () => {
  trustTestCertificate();
  await network.start();
  const handler: Parameters<typeof startServer>[0] = (req, res) =>
    serveCase(behaviours.get(new URL(req.url ?? "/", "http://x").pathname), req, res);
  http80 = await startServer(handler);
  https443 = await startTlsServer(handler);
});

afterAll(async () => {
  await Promise.all([http80.close(), https443.close(), network.stop()]);
});

afterEach(() => {
  // No test may have tried a non-loopback address it did not emulate, nor real DNS.
  const refused = [...network.refused];
  const dnsQueries = [...network.dnsQueries];
  network.reset();
  expect(refused).toEqual([]);
  expect(dnsQueries).toEqual([]);
});

/** Wires the case's public addresses to the local servers (or a black hole). */
function prepareNetwork(c: SsrfCase) {
  const addresses = new Set(Object.values(c.dns ?? {}).flat(2));
  for (const address of addresses) {
    if (network.isLoopbackLike(address)) continue; // those must hit the counting listener
    if (c.server?.dropSyn) {
      network.blackhole(address);
    } else {
      network.emulate(address, 80, http80.port);
      network.emulate(address, 443, https443.port);
    }
  }
}

describe("ssrf-cases.json", () => {
  it("has an expectation for every category, and the vendored copy is current", () => {
    for (const c of cases.filter((x) => x.expected === "reject")) {
      expect(EXPECTED_CODE, c.category).toHaveProperty(c.category);
    }
    if (existsSync(SHARED)) {
      expect(JSON.parse(readFileSync(VENDORED, "utf8"))).toEqual(cases);
    }
    expect(cases.length).toBeGreaterThanOrEqual(36);
  });

  for (const c of cases.filter((x) => x.expected === "allow")) {
    it(`allows ${c.category}: ${c.url}`, async () => {
      prepareNetwork(c);
      const { lookup } = mapResolver(c.dns ?? {});
      const before = network.counterAccepted;

      const result = await safeFetch(c.url, { lookup, allow: [] });

      expect(result.status).toBe(200);
      expect(result.body).toContain("Example Domain");
      expect(result.url).toBe(c.url);
      // It connected to the address the case's DNS gave (emulated locally), nothing else.
      const addresses = Object.values(c.dns ?? {}).flat(2);
      expect(addresses).toContain(result.remoteAddress);
      expect(network.counterAccepted).toBe(before);
      if (c.url.startsWith("https:")) expect(result.httpVersion).toBe("2");
    });
  }

  for (const c of cases.filter((x) => x.expected === "reject")) {
    it(`rejects ${c.category} at ${c.stage}: ${JSON.stringify(c.url)}`, async () => {
      prepareNetwork(c);
      const { lookup } = mapResolver(c.dns ?? {});
      const before = network.counterAccepted;

      const error = await safeFetch(c.url, { lookup, allow: [], ...CASE_OPTIONS[c.category] }).then(
        (result) => {
          throw new Error(`fetched ${result.url} (${result.status}) instead of rejecting`);
        },
        (caught: unknown) => caught,
      );

      expect(error).toBeInstanceOf(SafeFetchError);
      const failure = error as SafeFetchError;
      expect({ code: failure.code, stage: failure.stage }).toEqual({
        code: EXPECTED_CODE[c.category],
        stage: c.stage,
      });
      expect(failure.message.length).toBeGreaterThan(10);
      // Zero connections reached loopback: the counting listener on 127.0.0.1 saw nothing.
      expect(network.counterAccepted).toBe(before);

      if (c.category === "slowloris") {
        // The overall deadline ended it (not a per-chunk idle limit the drip keeps resetting).
        expect(failure.message).toContain("took longer than 1.5 s");
      }
      if (c.category === "timeout") {
        expect(network.swallowed.length).toBeGreaterThan(0);
      }
      if (c.category === "redirect") {
        // Stopped at the hop: the metadata address never got a connection attempt.
        expect(failure.url).toBe("http://169.254.169.254/");
      }
    });
  }

  it("let no rejected case reach the counting listener", () => {
    expect(network.counterAccepted).toBe(0);
  });
});
