import axe from "axe-core";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Runs axe-core in the page (WCAG 2.1 A and AA) in both themes and fails with every violation
 * named. The script goes in through the DevTools protocol, which the page's CSP doesn't govern.
 */
export async function expectAccessible(page: Page) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(axe.source);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      }),
    );
    const violations = results.violations.map(
      (v) =>
        `${colorScheme}: ${v.id} (${v.nodes.map((n) => `${n.html.slice(0, 160)} ${n.failureSummary ?? ""}`).join(", ")})`,
    );
    expect(violations).toEqual([]);
  }
}
