/** Small builders so each test reads as one page and one verdict. */
import { runStaticAudits } from "../../src/analyze-html.ts";
import type { AnalyzeHtmlInput } from "../../src/input.ts";
import type { Verdict } from "../../src/report/schema.ts";

export const PAGE_URL = "https://shop.example/products/tea";

export function page(html: string, overrides: Partial<AnalyzeHtmlInput> = {}): AnalyzeHtmlInput {
  return {
    url: PAGE_URL,
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8" },
    html,
    robotsTxt: { status: 404, body: "not found" },
    ...overrides,
  };
}

/** A complete, unremarkable document around `head` and `body` markup. */
export function doc(head: string, body = "<p>Hello</p>"): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tea</title>${head}</head><body>${body}</body></html>`;
}

export function verdict(auditId: string, input: AnalyzeHtmlInput, now?: Date): Verdict {
  const r = runStaticAudits(input, now).results[auditId];
  if (!r) throw new Error(`no static audit ${auditId}`);
  return r.verdict;
}

export function audit(auditId: string, input: AnalyzeHtmlInput, now?: Date) {
  const r = runStaticAudits(input, now).results[auditId];
  if (!r) throw new Error(`no static audit ${auditId}`);
  return r;
}
