/**
 * `pnpm analyze <url> [--json] [--no-a11y]`: analyze one URL and print the report.
 * Exit codes: 0 report printed, 2 the URL could not be fetched (typed safeFetch error), 1 usage
 * or unexpected error. Reaching private addresses needs ANALYZER_FETCH_ALLOW (see README).
 */
import { analyzeUrl } from "./analyze-url.ts";
import { isSafeFetchError } from "./fetch/index.ts";
import type { Category, Finding, Report, Severity } from "./report/schema.ts";

const USAGE = "usage: pnpm analyze <url> [--json] [--no-a11y]";

const tty = process.stdout.isTTY;
const paint = (code: string) => (s: string) => (tty ? `\u001b[${code}m${s}\u001b[0m` : s);
const bold = paint("1");
const dim = paint("2");
const red = paint("31");
const yellow = paint("33");
const green = paint("32");

const SEVERITY_COLOR: Record<Severity, (s: string) => string> = {
  critical: (s) => bold(red(s)),
  high: red,
  medium: yellow,
  low: dim,
  info: dim,
};

const CATEGORY_LABEL: Record<Category, string> = {
  performance: "Performance",
  accessibility: "Accessibility",
  "best-practices": "Best practices",
  seo: "SEO",
  security: "Security",
};

function gauge(score: number | null): string {
  if (score === null) return dim("  n/a");
  const color = score >= 90 ? green : score >= 50 ? yellow : red;
  const filled = Math.round(score / 5);
  return `${color(String(score).padStart(5))} ${color("█".repeat(filled))}${dim("░".repeat(20 - filled))}`;
}

/** Adds a scheme when the user typed a bare host name. */
function withScheme(input: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`;
}

function printFinding(f: Finding): void {
  const sev = SEVERITY_COLOR[f.severity](f.severity.toUpperCase().padEnd(8));
  console.log(
    `  ${sev} ${bold(f.title)} ${dim(`[${f.id}]`)}${f.count > 1 ? dim(` ×${f.count}`) : ""}`,
  );
  console.log(`           ${f.explanation}`);
  for (const e of f.evidence.slice(0, 3)) {
    console.log(dim(`           · ${e.label ? `${e.label}: ` : ""}${e.value}`));
  }
  console.log(`           ${green("Fix:")} ${f.fix}`);
}

function printReport(r: Report): void {
  console.log(`${bold(r.url)}  ${dim(`HTTP ${r.status} · analyzed ${r.analyzedAt}`)}`);
  if (r.requestedUrl !== r.url) console.log(dim(`  (requested ${r.requestedUrl})`));
  console.log();
  console.log(`  ${bold("Overall".padEnd(15))}${gauge(r.scores.overall)}`);
  for (const [key, c] of Object.entries(r.scores.categories) as Array<
    [Category, Report["scores"]["categories"][Category]]
  >) {
    console.log(
      `  ${CATEGORY_LABEL[key].padEnd(15)}${gauge(c.score)}${c.estimated ? dim("  (estimate)") : ""}`,
    );
  }
  const n = r.signals.network;
  console.log();
  console.log(
    dim(
      `  TTFB ${n.ttfbMs === null ? "n/a" : `${Math.round(n.ttfbMs)} ms`} · ${n.transferBytes ?? "?"} B transferred / ${n.decodedBytes} B decoded` +
        ` · ${n.contentEncoding ?? "uncompressed"} · HTTP/${n.httpVersion ?? "?"} · ${r.signals.pageWeight.domElements} elements`,
    ),
  );
  const verdicts = Object.values(r.lighthouse);
  const count = (v: string) => verdicts.filter((a) => a.verdict === v).length;
  console.log(
    dim(
      `  Lighthouse-equivalent audits: ${count("pass")} pass, ${count("fail")} fail, ${count("warn")} warn, ${count("na")} n/a, ${count("info")} informative · ${r.notEvaluated.length} need a browser (not evaluated)`,
    ),
  );
  console.log();
  const shown = r.findings.filter((f) => f.severity !== "info");
  console.log(bold(`Findings (${shown.length}, most severe first)`));
  for (const f of shown) printFinding(f);
  const info = r.findings.filter((f) => f.severity === "info");
  if (info.length) console.log(dim(`\n  + ${info.length} informational notes (--json for all)`));
  console.log();
  console.log(
    dim(
      `  parse ${r.timings.parseMs} ms · static audits ${r.timings.staticAuditsMs} ms · accessibility ${r.timings.accessibilityMs ?? "skipped"} ms · total ${r.timings.totalMs} ms`,
    ),
  );
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => !a.startsWith("--"));
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const unknown = [...flags].filter((f) => !["--json", "--no-a11y", "--help"].includes(f));
  if (flags.has("--help") || args.length !== 1 || unknown.length) {
    console.error(USAGE);
    return flags.has("--help") ? 0 : 1;
  }
  const url = withScheme(args[0] as string);
  const json = flags.has("--json");
  try {
    const report = await analyzeUrl(url, {
      accessibility: !flags.has("--no-a11y"),
      onProgress: (stage) => {
        if (!json && tty) process.stderr.write(dim(`${stage}…\n`));
      },
    });
    if (json) console.log(JSON.stringify(report, null, 2));
    else printReport(report);
    return 0;
  } catch (error) {
    if (isSafeFetchError(error)) {
      if (json) {
        console.log(
          JSON.stringify({
            error: { code: error.code, message: error.message, status: error.status ?? null },
          }),
        );
      } else {
        console.error(`${red(`error ${error.code}`)}: ${error.message}`);
      }
      return 2;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
