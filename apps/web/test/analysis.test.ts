import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  displayUrl,
  failureMessage,
  formatDuration,
  formatMs,
  parseReport,
  retryIn,
} from "~/lib/analysis";
import { gaugeLabel, scoreBand } from "~/lib/score";

const report = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures/report.json"), "utf8"),
) as unknown;

const CODES = [
  "INVALID_URL",
  "SSRF_BLOCKED",
  "DNS_FAILURE",
  "TIMEOUT",
  "TOO_LARGE",
  "TOO_MANY_REDIRECTS",
  "NOT_HTML",
  "HTTP_ERROR",
  "CONNECTION_FAILED",
  "INVALID_RESPONSE",
];

describe("what a failed analysis tells the site owner", () => {
  it("has its own explanation for every way a fetch can fail", () => {
    const internal = failureMessage("INTERNAL");
    const titles = new Set<string>();
    for (const code of CODES) {
      const { title, message } = failureMessage(code);
      expect(title, code).not.toBe(internal.title);
      expect(message.length, code).toBeGreaterThan(40);
      // No codes or stack-trace words for a non-technical reader.
      expect(`${title} ${message}`, code).not.toMatch(/[A-Z]{3,}_|undefined|Error:/);
      titles.add(title);
    }
    expect(titles.size).toBe(CODES.length);
  });

  it("says plainly that private addresses are never fetched", () => {
    expect(failureMessage("SSRF_BLOCKED").message).toMatch(/private or reserved network/);
    expect(failureMessage("SSRF_BLOCKED").message).toMatch(/never fetches/);
  });

  it("blames itself, not the site, for anything unexpected", () => {
    expect(failureMessage("SOMETHING_NEW")).toEqual(failureMessage("INTERNAL"));
    expect(failureMessage(null).title).toBe("Something went wrong on our side");
  });
});

describe("reading a stored report", () => {
  it("accepts the analyzer's report and rejects anything else", () => {
    expect(parseReport(report)?.scores.overall).toBe(71);
    expect(parseReport({ ...(report as object), schemaVersion: 999 })).toBeNull();
    expect(parseReport(null)).toBeNull();
  });
});

describe("the numbers on a report", () => {
  it("uses Lighthouse's bands and says the band out loud", () => {
    expect([0, 49, 50, 89, 90, 100].map(scoreBand)).toEqual([
      "poor",
      "poor",
      "average",
      "average",
      "good",
      "good",
    ]);
    expect(gaugeLabel("Performance", 72)).toBe("Performance: 72 out of 100, needs improvement");
    expect(gaugeLabel("SEO", null)).toBe("SEO: not scored");
  });

  it("writes times and lifetimes for people", () => {
    expect(formatMs(10.6)).toBe("11 ms");
    expect(formatMs(1234)).toBe("1.2 s");
    expect(formatDuration(31_536_000)).toBe("1 year");
    expect(formatDuration(7200)).toBe("2 hours");
    expect(formatDuration(0)).toBe("no time");
  });

  it("shortens addresses to what identifies the page", () => {
    expect(displayUrl("https://example.com/")).toBe("example.com");
    expect(displayUrl("https://shop.example.com/p?id=1")).toBe("shop.example.com/p?id=1");
    expect(displayUrl("http://127.0.0.1:4000/")).toBe("127.0.0.1:4000");
  });

  it("tells a rate-limited visitor when to come back", () => {
    expect(retryIn(3540)).toBe("in 59 minutes");
    expect(retryIn(60)).toBe("in 1 minute");
    expect(retryIn(61)).toBe("in 2 minutes");
    expect(retryIn(5)).toBe("in a few seconds");
    expect(retryIn(null)).toBe("later");
  });
});
