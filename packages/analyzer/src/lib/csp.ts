/**
 * Content-Security-Policy evaluation for XSS through Google's CSP Evaluator (`csp_evaluator`),
 * with the checks Lighthouse's `csp-xss` audit runs: bypasses (High: the policies as a whole can
 * be bypassed), warnings (Medium: missing fallbacks, reporting) and syntax findings per policy.
 */
import type { Csp } from "csp_evaluator/dist/csp.js";
import type { Finding } from "csp_evaluator/dist/finding.js";
import {
  evaluateForFailure,
  evaluateForSyntaxErrors,
  evaluateForWarnings,
} from "csp_evaluator/dist/lighthouse/lighthouse_checks.js";
import { CspParser } from "csp_evaluator/dist/parser.js";

export interface CspFinding {
  directive: string;
  value?: string;
  description: string;
}

export interface CspEvaluation {
  /** No enforced policy at all. */
  missing: boolean;
  bypasses: CspFinding[];
  warnings: CspFinding[];
  syntax: CspFinding[];
  /** A policy is set through `<meta>` and the header policies alone are not strict. */
  metaOnlyWarning: boolean;
}

export const parseCsp = (raw: string): Csp => new CspParser(raw).csp;

/** The values that govern `directive` in a policy (fetch directives fall back to default-src). */
export const directiveValues = (csp: Csp, directive: string): readonly string[] =>
  csp.directives[csp.getEffectiveDirective(directive)] ?? [];

const findingOf = ({ directive, value, description }: Finding): CspFinding => ({
  directive,
  ...(value ? { value } : {}),
  description,
});

export function evaluateCsps(headerCsps: string[], metaCsps: string[]): CspEvaluation {
  const all = [...headerCsps, ...metaCsps];
  if (all.length === 0)
    return { missing: true, bypasses: [], warnings: [], syntax: [], metaOnlyWarning: false };
  const parsed = all.map(parseCsp);
  const headerInsecure =
    headerCsps.length === 0 || evaluateForFailure(headerCsps.map(parseCsp)).length > 0;
  return {
    missing: false,
    bypasses: evaluateForFailure(parsed).map(findingOf),
    warnings: evaluateForWarnings(parsed).map(findingOf),
    syntax: evaluateForSyntaxErrors(parsed).flat().map(findingOf),
    metaOnlyWarning: metaCsps.length > 0 && headerInsecure,
  };
}

/** Split header/meta values into individual policies, the way Lighthouse does. */
export function splitPolicies(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(",")).filter((p) => p.replace(/\s/g, "") !== "");
}
