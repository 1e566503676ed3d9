import type { FindingSeverity } from "../types";
import { Action, Layout, Note, Paragraph, Title } from "./layout";
import { InlineLink, Item, Subheading, hostOf } from "./sections";

export interface AnalysisReportProps {
  url: string;
  score: number;
  categories: { name: string; score: number }[];
  topFindings: { title: string; severity: FindingSeverity; fix: string }[];
  reportUrl: string;
  signUpUrl: string;
}

const severityLabels: Record<FindingSeverity, string> = {
  critical: "Critical",
  high: "High impact",
  medium: "Medium impact",
  low: "Low impact",
  info: "Good to know",
};

/** Lighthouse's bands, so the words match the colours people know from its gauges. */
const verdictOf = (score: number) =>
  score >= 90 ? "in good shape" : score >= 50 ? "doing fine, with room to improve" : "struggling";

export const analysisReportSubject = ({ url, score }: Pick<AnalysisReportProps, "url" | "score">) =>
  `Your Arco report for ${hostOf(url)}: ${score}/100`;

export function AnalysisReportEmail({
  url,
  score,
  categories,
  topFindings,
  reportUrl,
  signUpUrl,
}: AnalysisReportProps) {
  const host = hostOf(url);
  return (
    <Layout
      preview={`${host} scored ${score}/100. Here is what to fix first.`}
      footer="You received this email because someone asked Arco to send this site report to this address."
    >
      <Title>
        {host} scored {score}/100
      </Title>
      <Paragraph>
        Arco checked {url} for performance, accessibility, best practices, SEO and security. Overall
        the page is {verdictOf(score)}.
      </Paragraph>

      {categories.length > 0 ? (
        <>
          <Subheading>Scores by category</Subheading>
          {categories.map((category) => (
            <Item key={category.name}>
              {category.name}: <strong>{category.score}/100</strong>
            </Item>
          ))}
        </>
      ) : null}

      <Subheading>
        {topFindings.length > 0 ? "What to fix first" : "Nothing urgent to fix"}
      </Subheading>
      {topFindings.length > 0 ? (
        topFindings.map((finding, index) => (
          <Item key={`${index}:${finding.title}`}>
            <strong>
              {index + 1}. {finding.title}
            </strong>{" "}
            ({severityLabels[finding.severity]}). {finding.fix}
          </Item>
        ))
      ) : (
        <Paragraph>
          The check found no problems worth your time right now. The full report lists every audit
          that passed.
        </Paragraph>
      )}

      <Action href={reportUrl}>Read the full report</Action>
      <Note>
        The full report shows every finding with the exact element or header involved and how to fix
        it. Anyone with the link can read it; it shows no personal details.
      </Note>
      <Note>
        Want to track {host} over time and see whether your changes help?{" "}
        <InlineLink href={signUpUrl}>Create a free Arco account</InlineLink> to save your reports
        and re-run them in one click.
      </Note>
    </Layout>
  );
}
