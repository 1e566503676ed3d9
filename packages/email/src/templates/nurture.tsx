import type { ReactNode } from "react";

import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import type { NurtureDay } from "../types";
import { Action, Layout, Note, Paragraph, Title } from "./layout";
import { FinePrint, InlineLink, Item, hostOf } from "./sections";

export interface NurtureProps {
  locale: Locale;
  day: NurtureDay;
  name: string | null;
  /** The site the lead analyzed, when known. */
  url: string | null;
  ctaUrl: string;
  unsubscribeUrl: string;
}

/** Each day's points, in order (day 30 has none), and its closing note (day 14 has none). */
const itemsOf = {
  3: ["day3.items.images", "day3.items.compression", "day3.items.metadata", "day3.items.headers"],
  7: ["day7.items.downtime", "day7.items.expiry", "day7.items.drift"],
  14: ["day14.items.projects", "day14.items.sites", "day14.items.plans"],
  30: [],
} as const;
const noteOf = { 3: "day3.note", 7: "day7.note", 14: null, 30: "day30.note" } as const;

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

function messageFor({ locale, day, url }: Pick<NurtureProps, "locale" | "day" | "url">) {
  const t = translator(locale, "nurture");
  const key = `day${day}` as const;
  const host = url ? hostOf(url) : t("yourSite");
  // Day 3 and 30 quote the address as it was typed; the others name the host.
  const quoted = url ?? (day === 3 ? t("aSite") : t("yourSite"));
  const site = day === 3 || day === 30 ? quoted : host;
  const note = noteOf[day];
  return {
    subject: t(`${key}.subject`, { site: host }),
    preview: t(`${key}.preview`),
    title: t(`${key}.title`, { site: host }),
    intro: t(`${key}.intro`, { site }),
    items: itemsOf[day].map((item) => t.rich(item, { strong })),
    action: t(`${key}.action`),
    note: note ? t(note) : null,
  };
}

export const nurtureSubject = (props: Pick<NurtureProps, "locale" | "day" | "url">) =>
  messageFor(props).subject;

export function NurtureEmail({ locale, day, name, url, ctaUrl, unsubscribeUrl }: NurtureProps) {
  const t = translator(locale, "nurture");
  const message = messageFor({ locale, day, url });
  return (
    <Layout locale={locale} preview={message.preview} footer={t("footer")}>
      <Title>{message.title}</Title>
      <Paragraph>{name ? t("greetingNamed", { name }) : t("greeting")}</Paragraph>
      <Paragraph>{message.intro}</Paragraph>
      {message.items.map((item, index) => (
        <Item key={index}>{item}</Item>
      ))}
      <Action locale={locale} href={ctaUrl}>
        {message.action}
      </Action>
      {message.note ? <Note>{message.note}</Note> : null}
      <FinePrint>
        {t.rich("unsubscribe", {
          link: (chunks) => <InlineLink href={unsubscribeUrl}>{chunks}</InlineLink>,
        })}
      </FinePrint>
    </Layout>
  );
}
