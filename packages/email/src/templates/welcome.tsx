import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import { Action, Layout, Paragraph, Title } from "./layout";

export interface WelcomeProps {
  locale: Locale;
  name: string | null;
  dashboardUrl: string;
}

export const welcomeSubject = ({ locale }: Pick<WelcomeProps, "locale">) =>
  translator(locale, "welcome")("subject");

export function WelcomeEmail({ locale, name, dashboardUrl }: WelcomeProps) {
  const t = translator(locale, "welcome");
  return (
    <Layout locale={locale} preview={t("preview")} footer={t("footer")}>
      <Title>{name ? t("titleNamed", { name }) : t("title")}</Title>
      <Paragraph>{t("body")}</Paragraph>
      <Action locale={locale} href={dashboardUrl}>
        {t("action")}
      </Action>
    </Layout>
  );
}
