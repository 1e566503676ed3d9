/**
 * Arco's own pages under its own analyzer: the responses of the built app (headers and HTML, as
 * served) analyzed as the HTTPS site production is. Their Security category must score at
 * least 90. And the pages must really work under their Content-Security-Policy: no violation
 * in the browser, with hydration done (scripts ran).
 */
import { analyzeHtml } from "@arco/analyzer";
import { describe, expect, it } from "vitest";

import { e2e, newPage, signIn, useBrowser } from "./browser";

const PRODUCTION_ORIGIN = "https://arco.example";

async function served(path: string, cookie = "") {
  const response = await fetch(new URL(path, e2e().baseUrl), {
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

describe("Arco's own pages, analyzed by Arco", () => {
  const browser = useBrowser();

  it("score at least 90 for security, with a nonce-based policy the pages work under", async () => {
    const page = await newPage(browser());
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/", "/sign-up", "/analyze"]) await page.goto(path);
    await signIn(page, "admin@arco.test");
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

    // Public pages as a visitor sees them, the rest signed in.
    const pages = [
      { path: "/", signedIn: false },
      { path: "/sign-in", signedIn: false },
      { path: "/sign-up", signedIn: false },
      { path: "/analyze", signedIn: false },
      { path: "/dashboard", signedIn: true },
      { path: "/dashboard/files", signedIn: true },
      { path: "/admin", signedIn: true },
      { path: "/admin/outbox", signedIn: true },
    ];
    const scores: Record<string, number | null> = {};
    for (const { path, signedIn: withCookie } of pages) {
      const response = await served(path, withCookie ? cookie : "");
      expect(response.status, path).toBe(200);
      const policy = response.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, `${path} has a nonce`).toBeTruthy();
      // Every script of the page carries this response's nonce.
      const scripts = [...response.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);

      const report = await analyzeHtml(
        {
          url: `${PRODUCTION_ORIGIN}${path}`,
          status: response.status,
          headers: response.headers,
          html: response.html,
          robotsTxt: null,
        },
        { accessibility: false },
      );
      scores[path] = report.scores.categories.security.score;

      // The page itself loads and runs in the browser without a single policy violation.
      if (withCookie) await page.goto(path);
    }
    console.info(`[security] Security scores of Arco's pages: ${JSON.stringify(scores)}`);
    for (const [path, score] of Object.entries(scores)) {
      expect(score, path).toBeGreaterThanOrEqual(90);
    }
    expect(violations).toEqual([]);

    // A nonce is good for one response only.
    const [first, second] = [await served("/sign-in"), await served("/sign-in")];
    expect(first.headers.get("content-security-policy")).not.toBe(
      second.headers.get("content-security-policy"),
    );
    expect(first.headers.get("strict-transport-security")).toContain("max-age=63072000");
    expect(first.headers.get("cross-origin-opener-policy")).toBe("same-origin");
    await page.context().close();
  });
});
