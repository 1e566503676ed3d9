import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Note, Paragraph, Title } from "./layout";

export interface VerifyEmailProps {
  locale: Locale;
  name: string | null;
  url: string;
  expiresInHours: number;
}

export const verifyEmailSubject = ({ locale }: Pick<VerifyEmailProps, "locale">) =>
  translator(locale, "verifyEmail")("subject");

export function VerifyEmailEmail({ locale, name, url, expiresInHours }: VerifyEmailProps) {
  const t = translator(locale, "verifyEmail");
  const hours = expiresInHours;
  return (
    <Layout locale={locale} preview={t("preview", { hours })} footer={t("footer")}>
      <Title>{t("title")}</Title>
      <Paragraph>{name ? t("bodyNamed", { name, hours }) : t("body", { hours })}</Paragraph>
      <Action locale={locale} href={url}>
        {t("action")}
      </Action>
      <Note>{t("note")}</Note>
    </Layout>
  );
}
