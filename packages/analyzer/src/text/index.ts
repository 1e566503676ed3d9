/**
 * A report's text in the reader's language. Reports are stored in English; these functions
 * return the Portuguese for what they recognise and the stored English for anything else (an
 * unknown finding, an older report without the params a sentence needs, an audit's own detail).
 * A stored text is only replaced when the English catalog, filled with the same params,
 * reproduces it exactly, so a translation never says something the report doesn't.
 *
 * Pure (no Node-only imports): the web app imports it from browser code as `@arco/analyzer/text`.
 */
import { AUDITS_BY_ID } from "../lighthouse/registry.ts";
import {
  AUDIT_SEVERITY,
  AUDIT_TEXT,
  COOKIE_ISSUES,
  CSP_EVALUATOR_TEXT,
  EVIDENCE_TEXT,
  findingText,
  HEADER_TEXT,
  LIGHTHOUSE_TEXT,
  MESSAGES,
  SCORE_BASIS,
  WARNINGS,
} from "../report/catalog.ts";
import type { Evidence, Finding, LighthouseAuditResult } from "../report/schema.ts";
import { formatText, lowerFirst, matchTemplate, MissingParamError } from "./format.ts";
import {
  A11Y_TEXT_PT,
  AUDIT_SEVERITY_PT,
  AUDIT_TEXT_PT,
  AUDIT_TITLES_PT,
  COOKIE_ISSUES_PT,
  CSP_EVALUATOR_TEXT_PT,
  EVIDENCE_TEXT_PT,
  FINDING_TEXT_PT,
  HEADER_TEXT_PT,
  LIGHTHOUSE_TEXT_PT,
  MESSAGES_PT,
  SCORE_BASIS_PT,
  WARNINGS_PT,
} from "./pt-BR.ts";

/** The languages reports can be read in; anything else reads the stored English. */
export type TextLocale = "en" | "pt-BR";

function isPortuguese(locale: string): boolean {
  return locale === "pt-BR";
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `localized()` when `english()` reproduces `stored`, else `stored`. */
function replace(stored: string, english: () => string, localized: () => string): string {
  try {
    return english() === stored ? localized() : stored;
  } catch (error) {
    if (error instanceof MissingParamError) return stored;
    throw error;
  }
}

/** `stored` read back against each English template and written with the matching one. */
function fromTemplates<K extends string>(
  stored: string,
  english: Record<K, string>,
  localized: Record<K, string>,
): string | undefined {
  for (const key of Object.keys(english) as K[]) {
    const params = matchTemplate(english[key], stored);
    if (params) return formatText(localized[key], params, "pt-BR");
  }
  return undefined;
}

/** An audit's sentence (`AUDIT_TEXT`) or the CSP Evaluator's, if `sentence` is one. */
function knownSentence(sentence: string): string | undefined {
  return (
    fromTemplates(sentence, AUDIT_TEXT, AUDIT_TEXT_PT) ??
    fromTemplates(sentence, CSP_EVALUATOR_TEXT, CSP_EVALUATOR_TEXT_PT)
  );
}

/** One of the audits' sentences; the stored English when it is none of the known ones. */
function auditSentence(sentence: string): string {
  return knownSentence(sentence) ?? sentence;
}

/** An audit sentence a finding quotes, without its final period. */
function auditDetail(detail: string): string {
  return knownSentence(`${detail}.`)?.replace(/\.$/, "") ?? auditSentence(detail);
}

/** An evidence word (`EVIDENCE_TEXT`), its values translated too ("line 3: Unknown directive"). */
function evidenceWord(text: string): string {
  for (const key of Object.keys(EVIDENCE_TEXT) as Array<keyof typeof EVIDENCE_TEXT>) {
    const params = matchTemplate(EVIDENCE_TEXT[key], text);
    if (!params) continue;
    const translated = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        fromTemplates(String(value), EVIDENCE_TEXT, EVIDENCE_TEXT_PT) ?? value,
      ]),
    );
    return formatText(EVIDENCE_TEXT_PT[key], translated, "pt-BR");
  }
  return text;
}

/** A label or placeholder value of evidence; several reasons are joined with "; ". */
function evidenceText(text: string): string {
  return text.split("; ").map(evidenceWord).join("; ");
}

/** What evidence says in its own words; the quoted markup, headers and URLs stay as they are. */
function localizeEvidence(evidence: Evidence): Evidence {
  const quotesText = evidence.kind === "text" || evidence.kind === "header";
  return {
    ...evidence,
    ...(evidence.label ? { label: evidenceText(evidence.label) } : {}),
    ...(quotesText ? { value: evidenceWord(evidence.value) } : {}),
  };
}

type FindingTexts = Pick<Finding, "title" | "explanation" | "fix">;

/** Portuguese for one of Arco's own findings (`FINDING_TEXT`), filled with its params. */
function ownFinding(f: Finding): FindingTexts | null {
  const en = findingText(f.id);
  const pt = own(FINDING_TEXT_PT, f.id);
  if (!en || !pt) return null;
  const params = f.params ?? {};
  const field = (key: keyof FindingTexts) =>
    replace(
      f[key],
      () => formatText(en[key], params, "en"),
      () => formatText(pt[key], params, "pt-BR"),
    );
  return { title: field("title"), explanation: field("explanation"), fix: field("fix") };
}

/** A Lighthouse-equivalent finding (`LIGHTHOUSE_TEXT`), with the audit's detail if it had one. */
function lighthouseFinding(f: Finding, auditId: string): FindingTexts | null {
  const en = own(LIGHTHOUSE_TEXT, auditId);
  const pt = own(LIGHTHOUSE_TEXT_PT, auditId);
  if (!en || !pt || f.id !== `${en.category}/${auditId}` || f.title !== en.title) return null;
  const detail = f.params?.detail;
  return {
    title: pt.title,
    explanation:
      detail === undefined
        ? replace(
            f.explanation,
            () => en.explanation,
            () => pt.explanation,
          )
        : replace(
            f.explanation,
            () => formatText(MESSAGES.withDetail, { explanation: en.explanation, detail }, "en"),
            () =>
              formatText(
                MESSAGES_PT.withDetail,
                { explanation: pt.explanation, detail: auditDetail(String(detail)) },
                "pt-BR",
              ),
          ),
    fix: replace(
      f.fix,
      () => en.fix,
      () => pt.fix,
    ),
  };
}

/** An accessibility rule's finding: its summary and description come from axe-core. */
function accessibilityFinding(f: Finding, ruleId: string): FindingTexts | null {
  const pt = own(A11Y_TEXT_PT, ruleId);
  if (!pt || f.id !== `accessibility/${ruleId}`) return null;
  return {
    title: pt.title,
    explanation:
      f.severity === "info" ? `${pt.explanation} ${MESSAGES_PT.manualReview}` : pt.explanation,
    fix: pt.fix,
  };
}

/** "Could be stronger: …": an informative security audit with only Medium/Low issues. */
function improvableFinding(f: Finding, auditId: string): FindingTexts | null {
  const meta = AUDITS_BY_ID.get(auditId);
  const ptTitle = own(AUDIT_TITLES_PT, auditId);
  const en = own(LIGHTHOUSE_TEXT, auditId);
  const pt = own(LIGHTHOUSE_TEXT_PT, auditId);
  if (!meta || !ptTitle || !en || !pt || f.id !== `${en.category}/${auditId}-improvable`) {
    return null;
  }
  const detail = f.params?.detail;
  const lines = String(detail).split("\n");
  return {
    title: replace(
      f.title,
      () => formatText(MESSAGES.improvable, { audit: lowerFirst(meta.title) }, "en"),
      () => formatText(MESSAGES_PT.improvable, { audit: lowerFirst(ptTitle) }, "pt-BR"),
    ),
    // The evaluators' findings, one a line; only Arco's own sentences have a translation.
    explanation:
      detail === undefined
        ? f.explanation
        : replace(
            f.explanation,
            () => lines.join(" "),
            () => lines.map(auditSentence).join(" "),
          ),
    fix: replace(
      f.fix,
      () => en.fix,
      () => pt.fix,
    ),
  };
}

/**
 * The finding with its title, explanation, fix and evidence labels in `locale`, where a
 * translation exists.
 */
export function localizeFinding(finding: Finding, locale: string): Finding {
  if (!isPortuguese(locale)) return finding;
  const auditId = finding.lighthouseAuditId;
  const texts =
    ownFinding(finding) ??
    (auditId
      ? (lighthouseFinding(finding, auditId) ??
        accessibilityFinding(finding, auditId) ??
        improvableFinding(finding, auditId))
      : null);
  return { ...finding, ...texts, evidence: finding.evidence.map(localizeEvidence) };
}

/** A Lighthouse audit's title in `locale` (every audit, including those that need a browser). */
export function auditTitle(id: string, locale: string): string | undefined {
  const english = AUDITS_BY_ID.get(id)?.title;
  return (isPortuguese(locale) ? own(AUDIT_TITLES_PT, id) : undefined) ?? english;
}

/** The audit result with its title, explanation and evidence labels in `locale`. */
export function localizeAudit(audit: LighthouseAuditResult, locale: string): LighthouseAuditResult {
  const title = auditTitle(audit.id, locale);
  if (!isPortuguese(locale) || title === undefined) return audit;
  return {
    ...audit,
    title: replace(
      audit.title,
      () => AUDITS_BY_ID.get(audit.id)?.title ?? "",
      () => title,
    ),
    ...(audit.explanation ? { explanation: auditExplanation(audit.explanation) } : {}),
    items: audit.items.map(localizeEvidence),
  };
}

const SEVERITY_KEYS = Object.keys(AUDIT_SEVERITY) as Array<keyof typeof AUDIT_SEVERITY>;

/** An audit's explanation, line by line; a line may start with its severity ("High: …"). */
function auditExplanation(explanation: string): string {
  return explanation
    .split("\n")
    .map((line) => {
      const key = SEVERITY_KEYS.find((k) => line.startsWith(`${AUDIT_SEVERITY[k]}: `));
      if (!key) return auditSentence(line);
      const sentence = line.slice(AUDIT_SEVERITY[key].length + 2);
      return `${AUDIT_SEVERITY_PT[key]}: ${auditSentence(sentence)}`;
    })
    .join("\n");
}

/** One of the report's warnings (`Report.warnings`) in `locale`. */
export function localizeWarning(warning: string, locale: string): string {
  if (!isPortuguese(locale)) return warning;
  return fromTemplates(warning, WARNINGS, WARNINGS_PT) ?? warning;
}

/** How a category score was obtained (`CategoryScore.basis`) in `locale`. */
export function localizeScoreBasis(basis: string, locale: string): string {
  if (!isPortuguese(locale)) return basis;
  return (
    fromTemplates(basis, SCORE_BASIS, SCORE_BASIS_PT) ??
    fromTemplates(basis, WARNINGS, WARNINGS_PT) ??
    basis
  );
}

/** One of a cookie's issues (`Signals.cookies[].issues`) in `locale`. */
export function localizeCookieIssue(issue: string, locale: string): string {
  if (!isPortuguese(locale)) return issue;
  return fromTemplates(issue, COOKIE_ISSUES, COOKIE_ISSUES_PT) ?? issue;
}

/** What a security header's state means (`Signals.securityHeaders[].explanation`) in `locale`. */
export function localizeHeaderExplanation(explanation: string, locale: string): string {
  if (!isPortuguese(locale)) return explanation;
  return fromTemplates(explanation, HEADER_TEXT, HEADER_TEXT_PT) ?? explanation;
}
