import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Note, Paragraph, Title } from "./layout";

export interface MagicLinkProps {
  locale: Locale;
  url: string;
  expiresInMinutes: number;
}

export const magicLinkSubject = ({ locale }: Pick<MagicLinkProps, "locale">) =>
  translator(locale, "magicLink")("subject");

export function MagicLinkEmail({ locale, url, expiresInMinutes }: MagicLinkProps) {
  const t = translator(locale, "magicLink");
  const minutes = expiresInMinutes;
  return (
    <Layout locale={locale} preview={t("preview", { minutes })} footer={t("footer")}>
      <Title>{t("title")}</Title>
      <Paragraph>{t("body", { minutes })}</Paragraph>
      <Action locale={locale} href={url}>
        {t("action")}
      </Action>
      <Note>{t("note")}</Note>
    </Layout>
  );
}
