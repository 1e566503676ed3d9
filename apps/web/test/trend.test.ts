import { describe, expect, it } from "vitest";

import { linePath, scaleLinear, spacedTicks, tickIndexes, trendSummary } from "~/lib/trend";
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
  it("places scores on the axis, with 100 at the top", () => {
    const y = scaleLinear([0, 100], [240, 10]);
    expect(y(0)).toBe(240);
    expect(y(100)).toBe(10);
    expect(y(50)).toBe(125);
    // A single run sits in the middle of the time axis.
    expect(scaleLinear([5, 5], [0, 100])(5)).toBe(50);
  });

  it("breaks the line where a run has no score instead of drawing a zero", () => {
    expect(linePath([{ x: 0, y: 1 }, null, { x: 2, y: 3 }, { x: 4, y: 5 }])).toBe(
      "M0.0,1.0M2.0,3.0L4.0,5.0",
    );
    expect(linePath([null, null])).toBe("");
  });

  it("labels the first and last runs and a few between", () => {
    expect(tickIndexes(3, 6)).toEqual([0, 1, 2]);
    expect(tickIndexes(10, 3)).toEqual([0, 5, 9]);
    expect(tickIndexes(0, 3)).toEqual([]);
  });

  it("drops date labels that would overlap, keeping the first and latest runs'", () => {
    expect(spacedTicks([0, 100, 200], 60)).toEqual([0, 1, 2]);
    expect(spacedTicks([0, 180, 200], 60)).toEqual([0, 2]);
    expect(spacedTicks([0, 10, 20], 60)).toEqual([2]);
    expect(spacedTicks([0, 150, 170, 300], 60)).toEqual([0, 1, 3]);
    expect(spacedTicks([0, 40, 80], 60)).toEqual([0, 2]);
    expect(spacedTicks([5], 60)).toEqual([0]);
    expect(spacedTicks([], 60)).toEqual([]);
  });

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
