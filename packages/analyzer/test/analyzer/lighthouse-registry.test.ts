/**
 * Scoring modes as Lighthouse 13.5 declares them (`scoreDisplayMode` in each audit's meta,
 * read from the lighthouse@13.5.0 package): the informative audits are listed here one by one,
 * every other audit of the registry is binary (pass/fail).
 */
import { describe, expect, it } from "vitest";

import { toVerdicts } from "../../src/audits/accessibility-runner.ts";
import { LIGHTHOUSE_AUDITS } from "../../src/lighthouse/registry.ts";

const INFORMATIVE_IN_LIGHTHOUSE_13_5 = [
  // best-practices
  "csp-xss",
  "has-hsts",
  "origin-isolation",
  "clickjacking-mitigation",
  "trusted-types-xss",
  "baseline",
  "js-libraries",
  // accessibility
  "bypass",
  "duplicate-id-aria",
  "form-field-multiple-labels",
  "th-has-data-cells",
  "video-caption",
  "table-duplicate-name",
  "empty-heading",
  "aria-allowed-role",
  "image-redundant-alt",
  "identical-links-same-purpose",
];

describe("the Lighthouse registry", () => {
  it("marks exactly Lighthouse 13.5's informative audits informative", () => {
    const informative = LIGHTHOUSE_AUDITS.filter((a) => a.informative).map((a) => a.id);
    expect(informative.sort()).toEqual([...INFORMATIVE_IN_LIGHTHOUSE_13_5].sort());
  });

  it("scores the weight-0 table rules and source maps pass/fail, as Lighthouse does", () => {
    for (const id of ["td-has-header", "table-fake-caption", "valid-source-maps"]) {
      expect(LIGHTHOUSE_AUDITS.find((a) => a.id === id)?.informative).toBeUndefined();
    }
  });

  it("gives a binary axe audit with nodes to fix and nodes to review a fail", () => {
    const node = (snippet: string) => ({ snippet });
    const rule = { id: "label", impact: "critical" };
    const run = toVerdicts({
      rules: [
        { ...rule, status: "violation", nodeCount: 1, nodes: [node('<input id="a">')] },
        { ...rule, status: "incomplete", nodeCount: 1, nodes: [node('<input id="b">')] },
        { id: "td-has-header", impact: "critical", status: "violation", nodeCount: 1, nodes: [] },
      ],
      ms: 1,
      viewportEmulated: true,
    });
    expect(run.outcomes.get("label")).toMatchObject({
      verdict: "fail",
      items: [{ value: '<input id="a">' }],
    });
    expect(run.outcomes.get("td-has-header")?.verdict).toBe("fail");
  });
});
