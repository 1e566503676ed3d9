import { formatDateTime, translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Paragraph, Title } from "./layout";

export interface PaymentFailedProps {
  locale: Locale;
  orgName: string;
  planName: string;
  graceEndsAt: Date;
  billingUrl: string;
}

export const paymentFailedSubject = ({
  locale,
  orgName,
}: Pick<PaymentFailedProps, "locale" | "orgName">) =>
  translator(locale, "paymentFailed")("subject", { org: orgName });

export function PaymentFailedEmail({
  locale,
  orgName,
  planName,
  graceEndsAt,
  billingUrl,
}: PaymentFailedProps) {
  const t = translator(locale, "paymentFailed");
  const values = { org: orgName, plan: planName, date: formatDateTime(locale, graceEndsAt) };
  return (
    <Layout locale={locale} preview={t("preview", values)} footer={t("footer", values)}>
      <Title>{t("title", values)}</Title>
      <Paragraph>{t("body", values)}</Paragraph>
      <Action locale={locale} href={billingUrl}>
        {t("action")}
      </Action>
    </Layout>
  );
}
