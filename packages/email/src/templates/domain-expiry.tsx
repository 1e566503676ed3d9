import { formatDay, translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Paragraph, Title } from "./layout";

export interface DomainExpiryProps {
  locale: Locale;
  orgName: string;
  domain: string;
  /** What runs out: the registration (renewal) or the TLS certificate. */
  kind: "renewal" | "certificate";
  daysLeft: number;
  /** ISO date (YYYY-MM-DD) of the expiry. */
  expiresOn: string;
  domainUrl: string;
}

/** The messages of `kind`, with the days left (0 reads "today") and the date filled in. */
function messagesOf({ locale, domain, kind, daysLeft, expiresOn }: DomainExpiryProps) {
  const t = translator(locale, "domainExpiry");
  const values = { domain, days: Math.max(0, daysLeft), date: formatDay(locale, expiresOn) };
  return {
    subject: t(`${kind}.subject`, values),
    preview: t(`${kind}.preview`, values),
    title: t(`${kind}.title`, values),
    body: t(`${kind}.body`, values),
  };
}

export const domainExpirySubject = (props: DomainExpiryProps) => messagesOf(props).subject;

export function DomainExpiryEmail(props: DomainExpiryProps) {
  const { locale, orgName, domainUrl } = props;
  const t = translator(locale, "domainExpiry");
  const message = messagesOf(props);
  return (
    <Layout locale={locale} preview={message.preview} footer={t("footer", { org: orgName })}>
      <Title>{message.title}</Title>
      <Paragraph>{message.body}</Paragraph>
      <Action locale={locale} href={domainUrl}>
        {t("action")}
      </Action>
    </Layout>
  );
}
