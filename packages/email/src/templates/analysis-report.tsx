import type { ReactNode } from "react";

import { formatList, translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import type { AnalysisCategory, FindingSeverity } from "../types";
import { Action, Layout, Note, Paragraph, Title } from "./layout";
import { InlineLink, Item, Subheading, hostOf } from "./sections";

export interface AnalysisReportProps {
  locale: Locale;
  url: string;
  score: number;
  categories: { category: AnalysisCategory; score: number }[];
  topFindings: { title: string; severity: FindingSeverity; fix: string }[];
  reportUrl: string;
  signUpUrl: string;
}

/** Lighthouse's bands, so the words match the colours people know from its gauges. */
const bandOf = (score: number) => (score >= 90 ? "good" : score >= 50 ? "average" : "poor");

/**
 * The summary sentence, as good as the weakest score: a poor category is named (never "doing
 * fine" next to Security 5/100), and a page is "in good shape" only when every score is.
 */
function verdictOf({
  locale,
  score,
  categories,
}: Pick<AnalysisReportProps, "locale" | "score" | "categories">) {
  const t = translator(locale, "analysisReport");
  const poor = categories.filter((c) => bandOf(c.score) === "poor");
  if (poor.length > 0) {
    const names = poor.map((c) => t(`categories.${c.category}`));
    return t("verdict.poorIn", { categories: formatList(locale, names) });
  }
  return t(`verdict.${bandOf(Math.min(score, ...categories.map((c) => c.score)))}`);
}

export const analysisReportSubject = ({
  locale,
  url,
  score,
}: Pick<AnalysisReportProps, "locale" | "url" | "score">) =>
  translator(locale, "analysisReport")("subject", { host: hostOf(url), score });

export function AnalysisReportEmail({
  locale,
  url,
  score,
  categories,
  topFindings,
  reportUrl,
  signUpUrl,
}: AnalysisReportProps) {
  const t = translator(locale, "analysisReport");
  const host = hostOf(url);
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <Layout locale={locale} preview={t("preview", { host, score })} footer={t("footer")}>
      <Title>{t("title", { host, score })}</Title>
      <Paragraph>
        {t("intro", { url })} {verdictOf({ locale, score, categories })}
      </Paragraph>

      {categories.length > 0 ? (
        <>
          <Subheading>{t("categoriesHeading")}</Subheading>
          {categories.map(({ category, score }) => (
            <Item key={category}>
              {t.rich("categoryScore", { category: t(`categories.${category}`), score, strong })}
            </Item>
          ))}
        </>
      ) : null}

      <Subheading>{topFindings.length > 0 ? t("fixFirst") : t("nothingUrgent")}</Subheading>
      {topFindings.length > 0 ? (
        topFindings.map((finding, index) => (
          <Item key={`${index}:${finding.title}`}>
            {t.rich("finding", {
              position: index + 1,
              title: finding.title,
              severity: t(`severities.${finding.severity}`),
              fix: finding.fix,
              strong,
            })}
          </Item>
        ))
      ) : (
        <Paragraph>{t("nothingUrgentBody")}</Paragraph>
      )}

      <Action locale={locale} href={reportUrl}>
        {t("action")}
      </Action>
      <Note>{t("note")}</Note>
      <Note>
        {t.rich("signUp", {
          host,
          link: (chunks) => <InlineLink href={signUpUrl}>{chunks}</InlineLink>,
        })}
      </Note>
    </Layout>
  );
}
