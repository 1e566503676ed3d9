import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { formats } from "~/i18n/formats";
import { catalogs } from "~/i18n/messages";
import { timeAxis } from "~/lib/chart-time";
import { trendSummary } from "~/lib/trend";
import type { TrendPoint } from "~/lib/trend";

const run = (day: number, score: number | null): TrendPoint => ({
  id: String(day),
  createdAt: new Date(Date.UTC(2026, 10, day)),
  score,
  performance: score,
  accessibility: null,
  bestPractices: score,
  seo: score,
  security: score,
});
const day = (date: Date) => `Nov ${date.getUTCDate()}`;

describe("the score trend chart", () => {
  it("sums the trend up for screen readers", () => {
    expect(trendSummary([run(1, 62), run(5, null), run(9, 71)], day)).toEqual({
      kind: "many",
      runs: 2,
      from: "Nov 1",
      to: "Nov 9",
      first: 62,
      last: 71,
    });
    expect(trendSummary([run(2, 55)], day)).toEqual({ kind: "one", date: "Nov 2", score: 55 });
    expect(trendSummary([], day)).toEqual({ kind: "none" });
  });

  it("says it in a sentence, in either language", () => {
    const values = { runs: 2, from: "Nov 6", to: "Nov 6", first: 40, last: 52 };
    const sentence = (locale: "en" | "pt-BR", sameDay: string, change: string) =>
      createTranslator({ locale, messages: catalogs[locale], namespace: "report.trend" })(
        "summaryMany",
        { ...values, sameDay, change },
      );
    expect(sentence("en", "yes", "changed")).toBe(
      "Over 2 runs on Nov 6, the overall score went from 40 to 52.",
    );
    expect(sentence("en", "no", "same")).toBe(
      "Over 2 runs between Nov 6 and Nov 6, the overall score stayed at 52.",
    );
    expect(sentence("pt-BR", "yes", "changed")).toBe(
      "Em 2 análises em Nov 6, a nota geral foi de 40 para 52.",
    );
  });
});

describe("a chart's time axis", () => {
  const at = (iso: string) => new Date(iso);
  const format = createFormatter({ locale: "en", timeZone: "UTC", formats });

  it("labels dates when the points span days", () => {
    const axis = timeAxis([at("2026-11-01T10:00:00Z"), at("2026-11-09T10:00:00Z")], format);
    expect(axis.unit).toBe("date");
    expect(axis.format(at("2026-11-09T10:00:00Z"))).toMatch(/^Nov \d+$/);
  });

  it("labels times of one day, and says the day once", () => {
    const axis = timeAxis([at("2026-11-09T08:00:00Z"), at("2026-11-09T15:00:00Z")], format);
    expect(axis.unit).toBe("time");
    expect(axis.day).toBe("Nov 9");
    expect(axis.format(at("2026-11-09T15:00:00Z"))).toMatch(/^\d\d:\d\d( [AP]M)?$/);
  });

  it("adds seconds when runs are minutes apart", () => {
    const axis = timeAxis([at("2026-11-09T08:00:00Z"), at("2026-11-09T08:03:00Z")], format);
    expect(axis.format(at("2026-11-09T08:03:07Z"))).toMatch(/^\d\d:\d\d:07( [AP]M)?$/);
  });

  it("writes them the Brazilian way in pt-BR", () => {
    const pt = createFormatter({ locale: "pt-BR", timeZone: "America/Sao_Paulo", formats });
    const axis = timeAxis([at("2026-11-01T10:00:00Z"), at("2026-11-09T10:00:00Z")], pt);
    expect(axis.format(at("2026-11-09T10:00:00Z"))).toBe("9 de nov.");
  });
});
