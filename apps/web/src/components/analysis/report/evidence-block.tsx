import type { Evidence } from "@arco/analyzer/report";

const evidenceKind: Record<Evidence["kind"], string> = {
  element: "Element",
  header: "Header",
  url: "Address",
  text: "Text",
  "robots-txt": "robots.txt",
  cookie: "Cookie",
};

/** One place a finding or an audit points at: what kind of thing, its label, and its text. */
export function EvidenceBlock({ evidence }: { evidence: Evidence }) {
  const label = evidence.label?.replace(/\s+/g, " ").trim();
  return (
    <figure className="grid gap-1">
      <figcaption className="text-xs text-muted-foreground">
        {evidenceKind[evidence.kind]}
        {label ? `: ${label}` : null}
      </figcaption>
      <pre className="overflow-x-auto rounded-md border bg-muted/60 px-3 py-2 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all">
        <code>{evidence.value}</code>
      </pre>
    </figure>
  );
}
