import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Note, Paragraph, Title } from "./layout";

export interface SignUpAttemptProps {
  locale: Locale;
  name: string | null;
  signInUrl: string;
}

export const signUpAttemptSubject = ({ locale }: Pick<SignUpAttemptProps, "locale">) =>
  translator(locale, "signUpAttempt")("subject");

/**
 * Sent instead of a second account: sign-up answers the same whether or not an address is
 * taken, and only the address's owner learns that it was.
 */
export function SignUpAttemptEmail({ locale, name, signInUrl }: SignUpAttemptProps) {
  const t = translator(locale, "signUpAttempt");
  return (
    <Layout locale={locale} preview={t("preview")} footer={t("footer")}>
      <Title>{t("title")}</Title>
      <Paragraph>{name ? t("bodyNamed", { name }) : t("body")}</Paragraph>
      <Paragraph>{t("ifYou")}</Paragraph>
      <Action locale={locale} href={signInUrl}>
        {t("action")}
      </Action>
      <Note>{t("note")}</Note>
    </Layout>
  );
}
