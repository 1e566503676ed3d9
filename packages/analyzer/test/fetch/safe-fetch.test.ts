/**
 * safeFetch beyond the one-per-category cases: rebinding, redirect hops, decompression bombs in
 * every coding, deadlines, content types, charsets, the allow-list, and what the analyzer reads
 * (TTFB, transfer vs decoded size, HTTP version). All traffic stays on loopback (support/network).
 */
import { gzipSync } from "node:zlib";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { network } from "./support/network";
import type { SafeFetchErrorCode, SafeFetchOptions, SafeFetchStage } from "../../src/fetch";
import { SAFE_FETCH_DEFAULTS, SafeFetchError, safeFetch as fetchWithConfig } from "../../src/fetch";

/** No allow-list unless a test passes one: independent of ANALYZER_FETCH_ALLOW. */
const safeFetch: typeof fetchWithConfig = (url, options) =>
  fetchWithConfig(url, { allow: [], ...options });
import { mapResolver } from "./support/resolver";
import type { TestServer } from "./support/servers";
import {
  drip,
  sendBomb,
  startServer,
  startTlsServer,
  trustTestCertificate,
} from "./support/servers";

/** Documentation-range-free public addresses, emulated by the local servers. */
const PUBLIC_V4 = "93.184.216.34";
const PUBLIC_V6 = "2606:2800:220:1:248:1893:25c8:1946";

const PAGE = `<!doctype html><html><head><title>Hello</title></head><body>${"<p>Arco</p>".repeat(500)}</body></html>`;

let site: TestServer;
let secure: TestServer;
/** Route table of the local site: path → handler. */
const routes = new Map<string, Parameters<typeof startServer>[0]>();

beforeAll(async () => {
  trustTestCertificate();
  await network.start();
  const handler: Parameters<typeof startServer>[0] = (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const route = routes.get(path);
    if (route) return route(req, res);
    res.writeHead(404, { "content-type": "text/html" });
    res.end("<h1>Not found</h1>");
  };
  site = await startServer(handler);
  secure = await startTlsServer(handler);

  routes.set("/", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(PAGE);
  });
  routes.set("/gzip", (_req, res) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "content-encoding": "gzip",
      "set-cookie": ["a=1; HttpOnly", "b=2; Secure"],
    });
    res.end(gzipSync(PAGE));
  });
  for (const hops of [1, 5, 6]) {
    routes.set(`/chain${hops}`, (req, res) => {
      const n = Number(new URL(req.url ?? "/", "http://x").searchParams.get("n") ?? 0);
      res.writeHead(302, { location: n + 1 < hops ? `/chain${hops}?n=${n + 1}` : "/" });
      res.end();
    });
  }
  routes.set("/to", (req, res) => {
    const target = new URL(req.url ?? "/", "http://x").searchParams.get("url") ?? "/";
    res.writeHead(301, { location: target });
    res.end();
  });
  for (const encoding of ["gzip", "deflate", "br", "zstd"]) {
    routes.set(`/bomb-${encoding}`, (_req, res) => sendBomb(res, encoding, 256 * 1024 * 1024));
  }
  routes.set("/chunked-huge", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const timer = setInterval(() => res.write(chunk), 1);
    res.on("close", () => clearInterval(timer));
  });
  routes.set("/drip", (_req, res) => drip(res));
  routes.set("/silent", () => {
    // Never answers: the headers deadline must fire.
  });
  routes.set("/octet", (_req, res) => {
    res.writeHead(200, { "content-type": "application/octet-stream" });
    res.end(Buffer.from([0, 1, 2, 3]));
  });
  routes.set("/robots.txt", (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("User-agent: *\nDisallow:\n");
  });
  routes.set("/no-type", (_req, res) => {
    res.writeHead(200);
    res.end("<p>untyped</p>");
  });
  routes.set("/latin1-header", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
    res.end(Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]));
  });
  routes.set("/latin1-meta", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>caf'), Buffer.from([0xe9])]));
  });
  routes.set("/bom", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
    res.end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("café", "utf8")]));
  });
  routes.set("/bad-gzip", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    res.end("this is not gzip");
  });
  routes.set("/empty-gzip", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
    res.end();
  });
  routes.set("/unknown-encoding", (_req, res) => {
    res.writeHead(200, { "content-type": "text/html", "content-encoding": "compress" });
    res.end("xx");
  });
  routes.set("/bad-location", (_req, res) => {
    res.writeHead(302, { location: "http://example.com\\@127.0.0.1/" });
    res.end();
  });
});

afterAll(async () => {
  await Promise.all([site.close(), secure.close(), network.stop()]);
});

afterEach(() => {
  // No test may have tried a non-loopback address it did not emulate, nor real DNS.
  const refused = [...network.refused];
  const dnsQueries = [...network.dnsQueries];
  network.reset();
  expect(refused).toEqual([]);
  expect(dnsQueries).toEqual([]);
});

/** Emulates `site.test` (and friends) as public hosts served by the local site. */
function publicSite(extra: Record<string, Array<string | string[]>> = {}) {
  for (const address of [PUBLIC_V4, PUBLIC_V6]) {
    network.emulate(address, 80, site.port);
    network.emulate(address, 443, secure.port);
  }
  return mapResolver({
    "site.test": [PUBLIC_V4],
    "h2.test": [PUBLIC_V4],
    "v6.test": [PUBLIC_V6],
    "internal.test": ["127.0.0.1"],
    "ten.test": ["10.1.2.3"],
    ...extra,
  });
}

async function rejection(promise: Promise<unknown>): Promise<SafeFetchError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome)) throw new Error("expected a rejection, got a response");
  expect(outcome.error).toBeInstanceOf(SafeFetchError);
  return outcome.error as SafeFetchError;
}

async function expectRejected(
  url: string,
  options: SafeFetchOptions,
  code: SafeFetchErrorCode,
  stage?: SafeFetchStage,
) {
  const before = network.counterAccepted;
  const error = await rejection(safeFetch(url, options));
  expect({ url, code: error.code, ...(stage ? { stage: error.stage } : {}) }).toEqual({
    url,
    code,
    ...(stage ? { stage } : {}),
  });
  expect(network.counterAccepted).toBe(before);
  return error;
}

describe("a normal page", () => {
  it("reports status, body, TTFB, transfer vs decoded size and HTTP/1.1", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("http://site.test/gzip", { lookup });

    expect(result.status).toBe(200);
    expect(result.url).toBe("http://site.test/gzip");
    expect(result.body).toBe(PAGE);
    expect(result.contentType).toBe("text/html");
    expect(result.charset).toBe("utf-8");
    expect(result.headers["content-encoding"]).toBe("gzip");
    expect(result.setCookie).toEqual(["a=1; HttpOnly", "b=2; Secure"]);
    expect(result.decodedBytes).toBe(Buffer.byteLength(PAGE));
    expect(result.transferBytes).toBe(gzipSync(PAGE).length);
    expect(result.transferBytes).toBeLessThan(result.decodedBytes / 10);
    expect(result.httpVersion).toBe("1.1");
    expect(result.remoteAddress).toBe(PUBLIC_V4);
    expect(result.redirects).toEqual([]);
    expect(result.timing.ttfbMs).toBeGreaterThan(0);
    expect(result.timing.dnsMs).toBeGreaterThanOrEqual(0);
    expect(result.timing.connectMs).toBeGreaterThan(0);
    expect(result.timing.totalMs).toBeGreaterThanOrEqual(result.timing.ttfbMs);
  });

  it("speaks HTTP/2 over TLS, verifying the certificate against the host name, not the IP", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("https://h2.test/", { lookup });
    expect(result.status).toBe(200);
    expect(result.httpVersion).toBe("2");
    expect(result.body).toBe(PAGE);
    expect(result.remoteAddress).toBe(PUBLIC_V4);
  });

  it("refuses a certificate that does not name the host", async () => {
    const { lookup } = publicSite({ "wrong.test": [PUBLIC_V4] });
    const error = await expectRejected("https://wrong.test/", { lookup }, "CONNECTION_FAILED");
    expect(error.message).toMatch(/certificate/);
  });

  it("reaches an IPv6 public address", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("http://v6.test/", { lookup });
    expect(result.remoteAddress).toBe(PUBLIC_V6);
  });

  it("sends the bot user agent and the accept headers", async () => {
    let seen: Record<string, string | string[] | undefined> = {};
    routes.set("/echo", (req, res) => {
      seen = req.headers;
      res.writeHead(200, { "content-type": "text/html" });
      res.end("ok");
    });
    const { lookup } = publicSite();
    await safeFetch("http://site.test/echo", { lookup });
    expect(seen["user-agent"]).toBe(SAFE_FETCH_DEFAULTS.userAgent);
    expect(seen["user-agent"]).toBe("ArcoBot/1.0 (+https://arco.test/bot)");
    expect(seen.accept).toMatch(/^text\/html/);
    expect(seen["accept-encoding"]).toContain("gzip");
    expect(seen.cookie).toBeUndefined();
  });

  it("has the documented defaults", () => {
    expect(SAFE_FETCH_DEFAULTS).toMatchObject({
      connectTimeoutMs: 5_000,
      headersTimeoutMs: 10_000,
      timeoutMs: 15_000,
      maxBytes: 5 * 1024 * 1024,
      maxRedirects: 5,
    });
  });

  it("returns 404 pages by default, and HTTP_ERROR when the caller rejects them", async () => {
    const { lookup } = publicSite();
    const page = await safeFetch("http://site.test/missing", { lookup });
    expect(page.status).toBe(404);
    expect(page.body).toContain("Not found");
    const error = await expectRejected(
      "http://site.test/missing",
      { lookup, acceptStatus: (status) => status < 400 },
      "HTTP_ERROR",
      "response",
    );
    expect(error.status).toBe(404);
  });

  it("supports HEAD", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("http://site.test/", { lookup, method: "HEAD" });
    expect(result.status).toBe(200);
    expect(result.body).toBe("");
  });
});

describe("content type and charset", () => {
  it("rejects a non-HTML 2xx with NOT_HTML before reading it", async () => {
    const { lookup } = publicSite();
    const error = await expectRejected(
      "http://site.test/octet",
      { lookup },
      "NOT_HTML",
      "response",
    );
    expect(error.message).toContain("application/octet-stream");
  });

  it("accepts what the caller accepts (robots.txt as text/plain) and refuses it as HTML", async () => {
    const { lookup } = publicSite();
    const robots = await safeFetch("http://site.test/robots.txt", {
      lookup,
      accept: ["text/plain"],
    });
    expect(robots.body).toContain("User-agent");
    const wildcard = await safeFetch("http://site.test/robots.txt", { lookup, accept: ["text/*"] });
    expect(wildcard.status).toBe(200);
    await expectRejected("http://site.test/robots.txt", { lookup }, "NOT_HTML");
  });

  it("accepts a response without Content-Type", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("http://site.test/no-type", { lookup });
    expect(result.contentType).toBeUndefined();
    expect(result.body).toBe("<p>untyped</p>");
  });

  it("decodes by BOM, then header charset, then <meta charset>", async () => {
    const { lookup } = publicSite();
    const header = await safeFetch("http://site.test/latin1-header", { lookup });
    expect(header).toMatchObject({ body: "<p>café", charset: "windows-1252" });
    const meta = await safeFetch("http://site.test/latin1-meta", { lookup });
    expect(meta.body.endsWith("café")).toBe(true);
    expect(meta.charset).toBe("windows-1252");
    const bom = await safeFetch("http://site.test/bom", { lookup });
    expect(bom.body).toBe("café");
    expect(bom.charset).toBe("utf-8");
  });

  it("returns an empty body even when it claims gzip", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("http://site.test/empty-gzip", { lookup });
    expect(result).toMatchObject({ body: "", transferBytes: 0, decodedBytes: 0 });
  });

  it("reports a corrupt or unknown content coding as INVALID_RESPONSE", async () => {
    const { lookup } = publicSite();
    await expectRejected("http://site.test/bad-gzip", { lookup }, "INVALID_RESPONSE", "response");
    await expectRejected("http://site.test/unknown-encoding", { lookup }, "INVALID_RESPONSE");
  });
});

describe("size caps", () => {
  for (const encoding of ["gzip", "deflate", "br", "zstd"]) {
    it(`stops a ${encoding} bomb at the DECODED cap with TOO_LARGE`, async () => {
      const { lookup } = publicSite();
      const error = await expectRejected(
        `http://site.test/bomb-${encoding}`,
        { lookup, maxBytes: 1024 * 1024 },
        "TOO_LARGE",
        "response",
      );
      expect(error.message).toContain("1 MB");
    });
  }

  it("stops a body without Content-Length at the cap while streaming", async () => {
    const { lookup } = publicSite();
    await expectRejected(
      "http://site.test/chunked-huge",
      { lookup, maxBytes: 512 * 1024 },
      "TOO_LARGE",
      "response",
    );
  });

  it("accepts a body exactly at the cap", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("http://site.test/", {
      lookup,
      maxBytes: Buffer.byteLength(PAGE),
    });
    expect(result.decodedBytes).toBe(Buffer.byteLength(PAGE));
    await expectRejected(
      "http://site.test/",
      { lookup, maxBytes: Buffer.byteLength(PAGE) - 1 },
      "TOO_LARGE",
    );
  });
});

describe("deadlines", () => {
  it("ends a one-byte-per-second drip with TIMEOUT within the overall deadline", async () => {
    const { lookup } = publicSite();
    const started = performance.now();
    const error = await expectRejected(
      "http://site.test/drip",
      { lookup, timeoutMs: 1_200 },
      "TIMEOUT",
      "response",
    );
    // Never before its time; how long after depends on the machine, so only the cause is checked.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_100);
    expect(error.message).toContain("took longer than 1.2 s");
  });

  it("times out a server that never sends headers (time to first byte)", async () => {
    const { lookup } = publicSite();
    const error = await expectRejected(
      "http://site.test/silent",
      { lookup, headersTimeoutMs: 300 },
      "TIMEOUT",
      "response",
    );
    // The time-to-first-byte limit ended it, not the overall deadline.
    expect(error.message).toBe("The server did not start answering within 300 ms.");
  });

  it("times out a connect that never completes (dropped SYNs)", async () => {
    const { lookup } = publicSite({ "blackhole.test": ["198.51.99.1"] });
    network.blackhole("198.51.99.1");
    await expectRejected(
      "http://blackhole.test/",
      { lookup, connectTimeoutMs: 300 },
      "TIMEOUT",
      "connect",
    );
    expect(network.swallowed).toEqual([{ host: "198.51.99.1", port: 80 }]);
  });

  it("times out a DNS lookup that never answers", async () => {
    const lookup = () => new Promise<never>(() => {});
    await expectRejected(
      "http://slow-dns.test/",
      { lookup, connectTimeoutMs: 200 },
      "TIMEOUT",
      "dns",
    );
  });

  it("rethrows the caller's own abort reason", async () => {
    const { lookup } = publicSite();
    const controller = new AbortController();
    const reason = new Error("user cancelled");
    setTimeout(() => controller.abort(reason), 200);
    await expect(
      safeFetch("http://site.test/drip", { lookup, signal: controller.signal }),
    ).rejects.toBe(reason);
  });
});

describe("DNS and rebinding", () => {
  it("blocks rebinding: first answer public, the connection's own lookup gets 127.0.0.1", async () => {
    const { lookup, queries } = publicSite({ "rebind.test": [[PUBLIC_V4], ["127.0.0.1"]] });
    const error = await expectRejected(
      "http://rebind.test/",
      { lookup },
      "SSRF_BLOCKED",
      "connect",
    );
    expect(queries.filter((name) => name === "rebind.test")).toHaveLength(2);
    expect(error.message).not.toContain("127.0.0.1");
    expect(error.detail).toContain("127.0.0.1");
    expect(site.requests).not.toContain("GET /rebind");
  });

  it("blocks rebinding to a private 10.x address", async () => {
    const { lookup } = publicSite({ "rebind10.test": [[PUBLIC_V4], ["10.0.0.7"]] });
    await expectRejected("http://rebind10.test/", { lookup }, "SSRF_BLOCKED", "connect");
  });

  it("blocks rebinding on a redirect hop to the same public name", async () => {
    const { lookup } = publicSite({
      // pre-flight, connect, hop pre-flight: public; the hop's connection lookup: loopback.
      "flip.test": [[PUBLIC_V4], [PUBLIC_V4], [PUBLIC_V4], ["127.0.0.1"]],
    });
    routes.set("/flip", (_req, res) => {
      res.writeHead(302, { location: "http://flip.test:443/" });
      res.end();
    });
    // The hop changes origin (port 443 over http), so a new connection and a new lookup happen.
    await expectRejected("http://flip.test/flip", { lookup }, "SSRF_BLOCKED", "connect");
  });

  it("refuses a mixed answer (one public, one private) as a whole", async () => {
    const { lookup } = publicSite({ "mixed.test": [PUBLIC_V4, "127.0.0.1"] });
    await expectRejected("http://mixed.test/", { lookup }, "SSRF_BLOCKED", "dns");
  });

  it("fails closed on NXDOMAIN, an empty answer and a resolver error", async () => {
    const { lookup } = publicSite({ "empty.test": [] });
    const error = await expectRejected("http://nothing.test/", { lookup }, "DNS_FAILURE", "dns");
    expect(error.message).toMatch(/could not resolve host/i);
    await expectRejected("http://empty.test/", { lookup }, "DNS_FAILURE", "dns");
  });

  it("checks names that resolve to private space before connecting", async () => {
    const { lookup } = publicSite({
      "meta.test": ["169.254.169.254"],
      "v6meta.test": ["fd00:ec2::254"],
    });
    await expectRejected("http://internal.test/", { lookup }, "SSRF_BLOCKED", "dns");
    await expectRejected("http://ten.test/", { lookup }, "SSRF_BLOCKED", "dns");
    await expectRejected("http://meta.test/", { lookup }, "SSRF_BLOCKED", "dns");
    await expectRejected("http://v6meta.test/", { lookup }, "SSRF_BLOCKED", "dns");
  });
});

describe("redirects", () => {
  it("follows a redirect and reports the chain", async () => {
    const { lookup } = publicSite();
    const result = await safeFetch("http://site.test/chain1", { lookup });
    expect(result.url).toBe("http://site.test/");
    expect(result.redirects).toEqual(["http://site.test/chain1"]);
    expect(result.body).toBe(PAGE);
  });

  it("follows 5 redirects and refuses the 6th with TOO_MANY_REDIRECTS", async () => {
    const { lookup } = publicSite();
    const five = await safeFetch("http://site.test/chain5", { lookup });
    expect(five.redirects).toHaveLength(5);
    await expectRejected("http://site.test/chain6", { lookup }, "TOO_MANY_REDIRECTS", "redirect");
    await expectRejected(
      "http://site.test/chain1",
      { lookup, maxRedirects: 0 },
      "TOO_MANY_REDIRECTS",
    );
  });

  const hostile = [
    "http://127.0.0.1/",
    "http://[::1]/",
    "http://10.0.0.1/admin",
    "http://169.254.169.254/latest/meta-data/",
    "http://internal.test/",
    "http://localhost/",
    "http://0x7f000001/",
    "http://site.test:6379/",
    "file:///etc/passwd",
    "data:text/html,<h1>hi</h1>",
    "gopher://site.test/_INFO",
    "http://user:pass@site.test/",
  ];
  for (const target of hostile) {
    it(`blocks a redirect to ${target} at the hop`, async () => {
      const { lookup } = publicSite();
      const url = `http://site.test/to?url=${encodeURIComponent(target)}`;
      const error = await expectRejected(url, { lookup }, hopErrorCode(target), "redirect");
      expect(error.code).not.toBe("TOO_MANY_REDIRECTS");
    });
  }

  it("blocks a redirect to an over-long host name without resolving it", async () => {
    const { lookup } = publicSite();
    const spy = vi.fn(lookup);
    const host = `${"a".repeat(64)}.example.com`;
    const url = `http://site.test/to?url=${encodeURIComponent(`http://${host}/`)}`;
    await expectRejected(url, { lookup: spy }, "INVALID_URL", "redirect");
    expect(spy).toHaveBeenCalled();
    expect(spy.mock.calls.map(([name]) => name)).not.toContain(host);
  });

  it("blocks a Location with a backslash (parser differential)", async () => {
    const { lookup } = publicSite();
    await expectRejected("http://site.test/bad-location", { lookup }, "INVALID_URL", "redirect");
  });
});

function hopErrorCode(target: string): SafeFetchErrorCode {
  return /^(file|data|gopher):|@/.test(target) ? "INVALID_URL" : "SSRF_BLOCKED";
}

describe("the allow-list", () => {
  it("blocks loopback unless allowed, then reaches a local server on the port its entry names", async () => {
    const { lookup } = mapResolver({ "local.test": ["127.0.0.1"] });
    const url = `http://local.test:${site.port}/`;
    await expectRejected(url, { lookup, allow: [] }, "SSRF_BLOCKED", "policy");
    await expectRejected(`http://127.0.0.1:${site.port}/`, { lookup, allow: [] }, "SSRF_BLOCKED");

    const viaName = await safeFetch(url, { lookup, allow: [`127.0.0.1:${site.port}`] });
    expect(viaName.body).toBe(PAGE);
    const viaCidr = await safeFetch(`http://127.0.0.1:${site.port}/`, {
      allow: [`127.0.0.0/8:${site.port}`],
    });
    expect(viaCidr.status).toBe(200);
    const viaHost = await safeFetch(url, { lookup, allow: [`local.test:${site.port}`] });
    expect(viaHost.status).toBe(200);
    const repeated = await safeFetch(url, {
      lookup,
      allow: ["127.0.0.1:1", `127.0.0.1:${site.port}`],
    });
    expect(repeated.status).toBe(200);
  });

  it("opens only ports 80 and 443 for an entry without a port", async () => {
    const { lookup } = mapResolver({ "local.test": ["127.0.0.1"] });
    for (const allow of [["127.0.0.1"], ["127.0.0.0/8"], ["local.test"]]) {
      await expectRejected(
        `http://local.test:${site.port}/`,
        { lookup, allow },
        "SSRF_BLOCKED",
        "policy",
      );
      await expectRejected(`http://127.0.0.1:${site.port}/`, { allow }, "SSRF_BLOCKED", "policy");
    }
    // 80 and 443 stay open: the test network plays 127.0.0.1:80/443 with the local servers.
    network.emulate("127.0.0.1", 80, site.port);
    network.emulate("127.0.0.1", 443, secure.port);
    expect((await safeFetch("http://127.0.0.1/", { allow: ["127.0.0.1"] })).body).toBe(PAGE);
    expect((await safeFetch("https://127.0.0.1/", { allow: ["127.0.0.0/8"] })).body).toBe(PAGE);
    expect((await safeFetch("http://local.test/", { lookup, allow: ["local.test"] })).body).toBe(
      PAGE,
    );
    // An entry naming a port opens that port only, not 80.
    await expectRejected(
      "http://127.0.0.1/",
      { allow: [`127.0.0.1:${site.port}`] },
      "SSRF_BLOCKED",
      "policy",
    );
  });

  it("refuses port 0, which would be dialled as 80, even for an allow-listed address", async () => {
    const { lookup } = mapResolver({ "local.test": ["127.0.0.1"] });
    const error = await expectRejected(
      "http://127.0.0.1:0/",
      { allow: ["127.0.0.1"] },
      "SSRF_BLOCKED",
      "policy",
    );
    expect(error.detail).toBe("port 0");
    await expectRejected(
      "http://local.test:0/",
      { lookup, allow: ["local.test", "127.0.0.1"] },
      "SSRF_BLOCKED",
      "policy",
    );
  });

  it("applies the entry's ports to every redirect hop", async () => {
    const other = await startServer((_req, res) => res.end("<p>other</p>"));
    try {
      const allow = [`127.0.0.1:${site.port}`];
      for (const target of [
        `http://127.0.0.1:${other.port}/`,
        "http://127.0.0.1:0/",
        "/to?url=http://127.0.0.1/",
      ]) {
        await expectRejected(
          `http://127.0.0.1:${site.port}/to?url=${encodeURIComponent(target)}`,
          { allow },
          "SSRF_BLOCKED",
          "redirect",
        );
      }
      expect(other.connections()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("opens only what it lists", async () => {
    const { lookup } = publicSite();
    const allow = ["127.0.0.1"];
    await expectRejected("http://10.0.0.1/", { lookup, allow }, "SSRF_BLOCKED", "policy");
    await expectRejected("http://[::1]/", { lookup, allow }, "SSRF_BLOCKED", "policy");
    await expectRejected("http://169.254.169.254/", { lookup, allow }, "SSRF_BLOCKED");
    // A public name on a non-web port stays blocked even with an allow-list present.
    await expectRejected(
      `http://site.test:${site.port}/`,
      { lookup, allow },
      "SSRF_BLOCKED",
      "policy",
    );
    // …and when an entry opens that port for another address, the resolved address is checked.
    await expectRejected(
      `http://site.test:${site.port}/`,
      { lookup, allow: [`127.0.0.1:${site.port}`] },
      "SSRF_BLOCKED",
      "policy",
    );
  });

  it("rejects an invalid entry", async () => {
    await expect(safeFetch("http://site.test/", { allow: ["10.0.0.0/33"] })).rejects.toThrow(
      /allow-list/,
    );
    await expect(safeFetch("http://site.test/", { allow: ["127.0.0.1:0"] })).rejects.toThrow(
      /allow-list.*port/,
    );
  });
});
