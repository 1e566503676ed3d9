import { useTranslations } from "next-intl";
import type { Evidence } from "@arco/analyzer/report";

/** Each evidence kind's key in the `findings.evidence.kinds` catalog (keys are camelCase). */
const kindKey = {
  element: "element",
  header: "header",
  url: "url",
  text: "text",
  "robots-txt": "robotsTxt",
  cookie: "cookie",
} as const satisfies Record<Evidence["kind"], string>;

/** One place a finding or an audit points at: what kind of thing, its label, and its text. */
export function EvidenceBlock({ evidence }: { evidence: Evidence }) {
  const t = useTranslations("findings.evidence");
  const kind = t(`kinds.${kindKey[evidence.kind]}`);
  const label = evidence.label?.replace(/\s+/g, " ").trim();
  return (
    <figure className="grid gap-1">
      <figcaption className="text-xs text-muted-foreground">
        {label ? t("caption", { kind, label }) : kind}
      </figcaption>
      <pre className="overflow-x-auto rounded-md border bg-muted/60 px-3 py-2 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all">
        <code>{evidence.value}</code>
      </pre>
    </figure>
  );
}
