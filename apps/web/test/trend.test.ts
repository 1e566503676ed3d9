import { describe, expect, it } from "vitest";

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
  it("sums the trend up in a sentence for screen readers", () => {
    expect(trendSummary([run(1, 62), run(5, null), run(9, 71)], day)).toBe(
      "Over 2 runs between Nov 1 and Nov 9, the overall score went from 62 to 71.",
    );
    expect(trendSummary([run(3, 80), run(4, 80)], day)).toBe(
      "Over 2 runs between Nov 3 and Nov 4, the overall score stayed at 80.",
    );
    expect(trendSummary([run(2, 55)], day)).toBe("One run so far, on Nov 2: overall score 55.");
    expect(trendSummary([run(6, 40), { ...run(6, 52), id: "later" }], day)).toBe(
      "Over 2 runs on Nov 6, the overall score went from 40 to 52.",
    );
    expect(trendSummary([], day)).toBe("No scored runs yet.");
  });
});

describe("a chart's time axis", () => {
  const at = (iso: string) => new Date(iso);

  it("labels dates when the points span days", () => {
    const axis = timeAxis([at("2026-11-01T10:00:00Z"), at("2026-11-09T10:00:00Z")]);
    expect(axis.label).toBe("Date");
    expect(axis.format(at("2026-11-09T10:00:00Z"))).toMatch(/^Nov \d+$/);
  });

  it("labels times of one day, and says the day once", () => {
    const axis = timeAxis([at("2026-11-09T08:00:00Z"), at("2026-11-09T15:00:00Z")]);
    expect(axis.label).toMatch(/^Time, Nov \d+$/);
    expect(axis.format(at("2026-11-09T15:00:00Z"))).toMatch(/^\d\d:\d\d( [AP]M)?$/);
  });

  it("adds seconds when runs are minutes apart", () => {
    const axis = timeAxis([at("2026-11-09T08:00:00Z"), at("2026-11-09T08:03:00Z")]);
    expect(axis.format(at("2026-11-09T08:03:07Z"))).toMatch(/^\d\d:\d\d:07( [AP]M)?$/);
  });
});
