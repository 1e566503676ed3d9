import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Note, Paragraph, Title } from "./layout";

export interface PasswordResetProps {
  locale: Locale;
  name: string | null;
  url: string;
  expiresInMinutes: number;
}

export const passwordResetSubject = ({ locale }: Pick<PasswordResetProps, "locale">) =>
  translator(locale, "passwordReset")("subject");

export function PasswordResetEmail({ locale, name, url, expiresInMinutes }: PasswordResetProps) {
  const t = translator(locale, "passwordReset");
  const minutes = expiresInMinutes;
  return (
    <Layout locale={locale} preview={t("preview", { minutes })} footer={t("footer")}>
      <Title>{t("title")}</Title>
      <Paragraph>{name ? t("bodyNamed", { name, minutes }) : t("body", { minutes })}</Paragraph>
      <Action locale={locale} href={url}>
        {t("action")}
      </Action>
      <Note>{t("note")}</Note>
    </Layout>
  );
}
