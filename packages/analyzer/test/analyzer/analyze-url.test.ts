/**
 * analyzeUrl end to end under the production fetch policy (no allow-list): the "public" site is
 * played by a 127.0.0.1 server through the fetch tests' loopback-only network guard, so no
 * request can leave the machine even if a guard were wrong.
 */
import { gzipSync } from "node:zlib";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { analyzeUrl } from "../../src/analyze-url.ts";
import { closeAccessibilityWorker } from "../../src/audits/accessibility-runner.ts";
import { SafeFetchError } from "../../src/fetch/index.ts";
import type { AnalysisStage } from "../../src/report/schema.ts";
import { network } from "../fetch/support/network";
import { mapResolver } from "../fetch/support/resolver";
import { startServer, type TestServer } from "../fetch/support/servers";

const PUBLIC_V4 = "93.184.216.34";
const { lookup } = mapResolver({ "shop.example": [PUBLIC_V4], "www.shop.example": [PUBLIC_V4] });
const fetch = { allow: [] as string[], lookup };

const HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tea shop</title>
<meta name="description" content="Loose-leaf tea."></head><body><main><h1>Tea</h1><img src="/t.jpg"></main></body></html>`;

/** Pages that move the browser on by themselves (and one whose refresh comes too late). */
const BROWSER_MOVES: Record<string, string> = {
  "/refresh": `<!doctype html><html><head><meta http-equiv="Refresh" content="0; URL='/landing?from=refresh'"><title>Moved</title></head></html>`,
  "/scripted": `<!doctype html><html><head><title>Moved</title><script>window.location.replace("http://www.shop.example/");</script></head></html>`,
  "/refresh-later": `<!doctype html><html lang="en"><head><meta http-equiv="refresh" content="30; url=/landing"><title>Stays</title></head><body><h1>Wait</h1></body></html>`,
};

let site: TestServer;
let robots: { status: number; body: string } = {
  status: 200,
  body: "User-agent: *\nAllow: /\nSitemap: http://shop.example/sitemap.xml",
};

beforeAll(async () => {
  await network.start();
  site = await startServer((req, res) => {
    if (req.url === "/robots.txt") {
      res.writeHead(robots.status, { "content-type": "text/plain" }).end(robots.body);
    } else if (req.url === "/old") {
      res.writeHead(301, { location: "http://www.shop.example/" }).end();
    } else if (req.url && req.url in BROWSER_MOVES) {
      res.writeHead(200, { "content-type": "text/html" }).end(BROWSER_MOVES[req.url]);
    } else {
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-encoding": "gzip",
        "set-cookie": "sid=1; Path=/",
      });
      res.end(gzipSync(HTML));
    }
  });
  network.emulate(PUBLIC_V4, 80, site.port);
});

afterEach(() => {
  // No test may have tried a non-loopback address it did not emulate, nor real DNS.
  expect(network.refused).toEqual([]);
  expect(network.dnsQueries).toEqual([]);
  network.reset();
  network.emulate(PUBLIC_V4, 80, site.port);
  robots = {
    status: 200,
    body: "User-agent: *\nAllow: /\nSitemap: http://shop.example/sitemap.xml",
  };
});

afterAll(async () => {
  await site.close();
  await network.stop();
  await closeAccessibilityWorker();
});

describe("analyzeUrl", () => {
  it("fetches the page and robots.txt, reports progress, and analyzes", async () => {
    const stages: AnalysisStage[] = [];
    const report = await analyzeUrl("http://shop.example/", {
      fetch,
      onProgress: (s) => stages.push(s),
    });
    expect(stages).toEqual(["fetching", "analyzing", "done"]);
    expect(report.url).toBe("http://shop.example/");
    expect(report.lighthouse["meta-description"]?.verdict).toBe("pass");
    expect(report.lighthouse["image-alt"]?.verdict).toBe("fail");
    expect(report.lighthouse["robots-txt"]?.verdict).toBe("pass");
    expect(report.lighthouse["is-on-https"]?.verdict).toBe("fail");
    expect(report.signals.sitemaps.urls).toEqual(["http://shop.example/sitemap.xml"]);
    expect(report.signals.network).toMatchObject({
      compressed: true,
      contentEncoding: "gzip",
      httpVersion: "1.1",
    });
    expect(report.signals.network.transferBytes).toBeLessThan(report.signals.network.decodedBytes);
    expect(report.signals.network.ttfbMs).toBeGreaterThanOrEqual(0);
    expect(report.signals.cookies[0]?.name).toBe("sid");
    expect(site.requests).toEqual(expect.arrayContaining(["GET /", "GET /robots.txt"]));
  });

  it("follows redirects and reads robots.txt from the final origin", async () => {
    const report = await analyzeUrl("http://shop.example/old", { fetch });
    expect(report.url).toBe("http://www.shop.example/");
    expect(report.requestedUrl).toBe("http://shop.example/old");
    expect(report.signals.network.redirects).toEqual(["http://shop.example/old"]);
    expect(report.lighthouse["redirects-http"]?.verdict).toBe("fail");
  });

  it("analyzes where the browser ends up after a meta refresh or a location script", async () => {
    const refreshed = await analyzeUrl("http://shop.example/refresh", { fetch });
    expect(refreshed.url).toBe("http://shop.example/landing?from=refresh");
    expect(refreshed.requestedUrl).toBe("http://shop.example/refresh");
    expect(refreshed.signals.network.redirects).toEqual(["http://shop.example/refresh"]);
    expect(refreshed.lighthouse["meta-description"]?.verdict).toBe("pass");

    const scripted = await analyzeUrl("http://shop.example/scripted", {
      fetch,
      accessibility: false,
    });
    expect(scripted.url).toBe("http://www.shop.example/");

    // A refresh that fires long after load is still pending when Lighthouse audits the page.
    const stays = await analyzeUrl("http://shop.example/refresh-later", { fetch });
    expect(stays.url).toBe("http://shop.example/refresh-later");
    expect(stays.lighthouse["meta-refresh"]?.verdict).toBe("fail");
  });

  it("turns a failing robots.txt into the robots audit's verdict, not an exception", async () => {
    robots = { status: 500, body: "oops" };
    const failing = await analyzeUrl("http://shop.example/", { fetch, accessibility: false });
    expect(failing.lighthouse["robots-txt"]?.verdict).toBe("fail");
    robots = { status: 404, body: "missing" };
    const missing = await analyzeUrl("http://shop.example/", { fetch, accessibility: false });
    expect(missing.lighthouse["robots-txt"]?.verdict).toBe("na");
  });

  it("rejects with the typed safeFetch error when the page can't be fetched", async () => {
    await expect(analyzeUrl("http://10.0.0.1/", { fetch })).rejects.toMatchObject({
      code: "SSRF_BLOCKED",
    });
    await expect(analyzeUrl("http://nowhere.example/", { fetch })).rejects.toBeInstanceOf(
      SafeFetchError,
    );
    await expect(analyzeUrl("ftp://shop.example/", { fetch })).rejects.toMatchObject({
      code: "INVALID_URL",
    });
    expect(network.counterAccepted).toBe(0);
  });
});
