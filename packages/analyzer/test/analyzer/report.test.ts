import { afterAll, describe, expect, it } from "vitest";

import { analyzeHtml } from "../../src/analyze-html.ts";
import { closeAccessibilityWorker } from "../../src/audits/accessibility-runner.ts";
import { DECIDABLE_AUDITS, LIGHTHOUSE_AUDITS } from "../../src/lighthouse/registry.ts";
import { reportSchema } from "../../src/report/schema.ts";
import { doc, page } from "./helpers.ts";

afterAll(() => closeAccessibilityWorker());

const GOOD_HEAD = `
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Loose-leaf teas, shipped fresh.">
  <link rel="canonical" href="https://shop.example/products/tea">
  <meta property="og:title" content="Tea"><meta property="og:description" content="Teas">
  <meta property="og:image" content="https://shop.example/og.png"><meta property="og:url" content="https://shop.example/products/tea">
  <meta property="og:type" content="product"><meta name="twitter:card" content="summary_large_image">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tea"}</script>`;
const SECURE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-encoding": "br",
  "cache-control": "no-cache",
  etag: '"abc"',
  "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
  "content-security-policy":
    "script-src 'nonce-r4nd0mN0nce' 'strict-dynamic' 'unsafe-inline' https:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; require-trusted-types-for 'script'; report-uri /csp",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
  "permissions-policy": "camera=()",
};

describe("the report", () => {
  it("validates against the exported zod schema and covers every decidable audit", async () => {
    const report = await analyzeHtml(page(doc(GOOD_HEAD, "<main><h1>Tea</h1></main>")));
    expect(() => reportSchema.parse(report)).not.toThrow();
    expect(Object.keys(report.lighthouse).sort()).toEqual(DECIDABLE_AUDITS.map((a) => a.id).sort());
    expect(report.notEvaluated.sort()).toEqual(
      LIGHTHOUSE_AUDITS.filter((a) => a.class === "browser")
        .map((a) => a.id)
        .sort(),
    );
  });

  it("scores a well-built, well-served page highly in every category", async () => {
    const report = await analyzeHtml(
      page(
        doc(
          GOOD_HEAD,
          '<main><h1>Tea</h1><img src="/tea.webp" alt="A teapot" width="400" height="300"></main>',
        ),
        {
          headers: SECURE_HEADERS,
          robotsTxt: {
            status: 200,
            body: "User-agent: *\nAllow: /\nSitemap: https://shop.example/sitemap.xml",
          },
          timing: { ttfbMs: 120, totalMs: 180 },
          httpVersion: "2",
        },
      ),
    );
    const c = report.scores.categories;
    expect(c.seo.score).toBe(100);
    expect(c["best-practices"].score).toBe(100);
    expect(c.accessibility.score).toBe(100);
    expect(c.security.score).toBe(100);
    expect(c.performance.score).toBeGreaterThanOrEqual(95);
    expect(c.performance.estimated).toBe(true);
    expect(report.scores.overall).toBeGreaterThanOrEqual(95);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("lists findings most severe first, each with a stable id, evidence and a fix", async () => {
    const report = await analyzeHtml(
      page(
        '<html><head><meta name="robots" content="noindex"></head><body><img src="a.png"><a href="javascript:void(0)">x</a></body></html>',
        {
          url: "http://shop.example/",
          status: 404,
        },
      ),
    );
    const ids = report.findings.map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "seo/is-crawlable",
        "seo/http-status-code",
        "seo/document-title",
        "accessibility/image-alt",
        "best-practices/doctype",
        "security/is-on-https",
        "seo/crawlable-anchors",
      ]),
    );
    const order = ["critical", "high", "medium", "low", "info"];
    const ranks = report.findings.map((f) => order.indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const f of report.findings) {
      expect(f.id).toMatch(/^(performance|accessibility|best-practices|seo|security)\/[a-z0-9-]+$/);
      expect(f.explanation.length).toBeGreaterThan(20);
      expect(f.fix.length).toBeGreaterThan(10);
    }
    const crawl = report.findings.find((f) => f.id === "seo/is-crawlable");
    expect(crawl?.severity).toBe("critical");
    expect(crawl?.evidence[0]?.value).toContain("noindex");
  });

  it("uses Lighthouse's weights for the SEO score", async () => {
    // Applicable: is-crawlable 4.04, title, description, status, link-text, crawlable-anchors,
    // hreflang (1 each); robots-txt, image-alt and canonical are n/a. Only the description fails.
    const report = await analyzeHtml(
      page(doc('<meta name="viewport" content="width=device-width">', "<main><h1>x</h1></main>")),
      { accessibility: false },
    );
    expect(report.lighthouse["meta-description"]?.verdict).toBe("fail");
    expect(report.scores.categories.seo.score).toBe(Math.round((1 - 1 / 10.04) * 100));
    expect(report.scores.categories.accessibility.score).toBeNull();
  });
});

describe("hostile markup", () => {
  it("stops at absurd nesting instead of burning CPU, and says so", async () => {
    const depth = 100_000;
    const html = `<!DOCTYPE html><title>x</title>${"<span>".repeat(depth)}deep${"</span>".repeat(depth)}`;
    const report = await analyzeHtml(page(html), { accessibility: false });
    expect(report.warnings[0]).toMatch(/nested more than 4096 levels/);
    expect(report.lighthouse["document-title"]?.verdict).toBe("pass");
  });
});

describe("signals beyond Lighthouse", () => {
  const analyze = async (html: string, overrides = {}) =>
    (await analyzeHtml(page(html, overrides), { accessibility: false })).signals;

  it("reads network, compression and caching facts", async () => {
    const s = await analyze(doc(""), {
      headers: {
        "content-encoding": "gzip",
        "cache-control": "public, max-age=600",
        "last-modified": "x",
      },
      timing: { ttfbMs: 950, totalMs: 1200 },
      transferBytes: 4000,
      decodedBytes: 16000,
      httpVersion: "1.1",
    });
    expect(s.network).toMatchObject({
      ttfbMs: 950,
      transferBytes: 4000,
      decodedBytes: 16000,
      compressed: true,
      contentEncoding: "gzip",
      httpVersion: "1.1",
    });
    expect(s.caching).toMatchObject({
      maxAgeSeconds: 600,
      policy: "cacheable",
      lastModified: true,
    });
  });

  it("finds render-blocking resources in <head> only", async () => {
    const s = await analyze(
      doc(
        '<script src="/a.js"></script><script src="/b.js" defer></script><script type="module" src="/m.js"></script><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/p.css" media="print">',
        '<script src="/late.js"></script>',
      ),
    );
    expect(s.renderBlocking.map((r) => r.url)).toEqual([
      "https://shop.example/a.js",
      "https://shop.example/s.css",
    ]);
  });

  it("flags images without dimensions and in legacy formats", async () => {
    const s = await analyze(
      doc(
        "",
        '<img src="/a.jpg" alt=""><img src="/b.webp" alt="" width="10" height="10"><picture><source type="image/avif" srcset="/c.avif"><img src="/c.png" alt="" width="1" height="1"></picture>',
      ),
    );
    expect(s.images.missingDimensions.map((i) => i.src)).toEqual(["/a.jpg"]);
    expect(s.images.legacyFormats.map((i) => i.src)).toEqual(["/a.jpg"]);
    expect(s.images.modernFormats).toBe(2);
  });

  it("reads Open Graph, Twitter cards and JSON-LD", async () => {
    const s = await analyze(
      doc(
        '<meta property="og:title" content="Tea"><meta name="twitter:card" content="summary"><script type="application/ld+json">{"@graph":[{"@type":"Organization"},{"@type":["Product","Thing"]}]}</script><script type="application/ld+json">{"@type": "Broken",}</script>',
      ),
    );
    expect(s.social.openGraph["og:title"]).toBe("Tea");
    expect(s.social.missingOpenGraph).toEqual(["og:description", "og:image", "og:url", "og:type"]);
    expect(s.social.missingTwitter).toEqual([]);
    expect(s.jsonLd[0]).toEqual({ valid: true, types: ["Organization", "Product", "Thing"] });
    expect(s.jsonLd[1]?.valid).toBe(false);
  });

  it("discovers sitemaps from robots.txt", async () => {
    const s = await analyze(doc(""), {
      robotsTxt: {
        status: 200,
        body: "User-agent: *\nDisallow:\nSitemap: https://shop.example/a.xml\nsitemap: https://shop.example/b.xml",
      },
    });
    expect(s.sitemaps.urls).toEqual(["https://shop.example/a.xml", "https://shop.example/b.xml"]);
  });

  it("reports mixed content on HTTPS pages, blockable or not", async () => {
    const s = await analyze(
      doc(
        '<script src="http://cdn.example/a.js"></script>',
        '<img src="http://img.example/b.png" alt=""><form action="http://shop.example/login"></form>',
      ),
    );
    expect(s.mixedContent.map((m) => [m.url, m.blockable])).toEqual([
      ["http://cdn.example/a.js", true],
      ["http://img.example/b.png", false],
      ["http://shop.example/login", false],
    ]);
  });

  it("explains security headers and checks cookie flags", async () => {
    const s = await analyze(doc(""), {
      headers: {
        "x-content-type-options": "nosniff",
        "referrer-policy": "unsafe-url",
        "set-cookie": [
          "sid=1; Path=/; HttpOnly; Secure; SameSite=Lax",
          "track=2; SameSite=None",
          "__Host-x=3; Path=/",
        ],
      },
    });
    const byName = Object.fromEntries(s.securityHeaders.map((h) => [h.header, h.status]));
    expect(byName).toMatchObject({
      "X-Content-Type-Options": "good",
      "Referrer-Policy": "weak",
      "Strict-Transport-Security": "missing",
      "Content-Security-Policy": "missing",
    });
    expect(s.cookies.find((c) => c.name === "sid")?.issues).toEqual([]);
    expect(s.cookies.find((c) => c.name === "track")?.issues.join(" ")).toMatch(
      /SameSite=None without Secure/,
    );
    expect(s.cookies.find((c) => c.name === "__Host-x")?.issues.join(" ")).toMatch(
      /must be Secure/,
    );
  });
});
