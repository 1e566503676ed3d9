import { readFileSync } from "node:fs";
import path from "node:path";

import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { catalogs } from "~/i18n/messages";
import {
  displayUrl,
  failureKey,
  formatDuration,
  formatMs,
  parseReport,
  retryWait,
} from "~/lib/analysis";
import { scoreBand, scoreVerdict } from "~/lib/score";

const failureMessage = (code: string | null, locale: "en" | "pt-BR" = "en") =>
  catalogs[locale].report.failures[failureKey(code)];

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
  it("has its own explanation for every way a fetch can fail, in both languages", () => {
    for (const locale of ["en", "pt-BR"] as const) {
      const internal = failureMessage("INTERNAL", locale);
      const titles = new Set<string>();
      for (const code of CODES) {
        const { title, message } = failureMessage(code, locale);
        expect(title, code).not.toBe(internal.title);
        expect(message.length, code).toBeGreaterThan(40);
        // No codes or stack-trace words for a non-technical reader.
        expect(`${title} ${message}`, code).not.toMatch(/[A-Z]{3,}_|undefined|Error:/);
        titles.add(title);
      }
      expect(titles.size).toBe(CODES.length);
    }
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
    // A serious finding keeps a good score from being called good; lower bands stay as they are.
    expect(scoreVerdict(100, 0)).toBe("good");
    expect(scoreVerdict(100, 1)).toBe("attention");
    expect(scoreVerdict(72, 2)).toBe("average");
    const t = createTranslator({ locale: "en", messages: catalogs.en, namespace: "report.gauge" });
    expect(t("scored", { label: "Performance", score: 72, verdict: "average" })).toBe(
      "Performance: 72 out of 100, needs improvement",
    );
    expect(t("notScored", { label: "SEO" })).toBe("SEO: not scored");
  });

  it("writes times and lifetimes for people", () => {
    const en = createFormatter({ locale: "en", timeZone: "UTC" });
    const pt = createFormatter({ locale: "pt-BR", timeZone: "UTC" });
    expect(formatMs(10.6, en)).toBe("11 ms");
    expect(formatMs(1234, en)).toBe("1.2 s");
    expect(formatMs(1234, pt)).toBe("1,2 s");
    expect(formatDuration(31_536_000, en)).toBe("1 year");
    expect(formatDuration(7200, en)).toBe("2 hours");
    expect(formatDuration(7200, pt)).toBe("2 horas");
    expect(formatDuration(0, en)).toBeNull();
  });

  it("shortens addresses to what identifies the page", () => {
    expect(displayUrl("https://example.com/")).toBe("example.com");
    expect(displayUrl("https://shop.example.com/p?id=1")).toBe("shop.example.com/p?id=1");
    expect(displayUrl("http://127.0.0.1:4000/")).toBe("127.0.0.1:4000");
  });

  it("tells a rate-limited visitor when to come back", () => {
    const t = createTranslator({ locale: "en", messages: catalogs.en, namespace: "report" });
    const when = (seconds: number | null) => t("rateLimit.body", retryWait(seconds));
    expect(when(3540)).toMatch(/another page in 59 minutes\.$/);
    expect(when(60)).toMatch(/in 1 minute\.$/);
    expect(when(61)).toMatch(/in 2 minutes\.$/);
    expect(when(5)).toMatch(/in a few seconds\.$/);
    expect(when(null)).toMatch(/another page later\.$/);
  });
});
