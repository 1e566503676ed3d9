import { formatDateTime, translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";
import type { InvitationRole } from "../types";
import { Action, Layout, Note, Paragraph, Title } from "./layout";

export interface InvitationProps {
  locale: Locale;
  orgName: string;
  inviterName: string | null;
  role: InvitationRole;
  acceptUrl: string;
  expiresAt: Date;
}

export const invitationSubject = ({
  locale,
  orgName,
}: Pick<InvitationProps, "locale" | "orgName">) =>
  translator(locale, "invitation")("subject", { org: orgName });

export function InvitationEmail({
  locale,
  orgName,
  inviterName,
  role,
  acceptUrl,
  expiresAt,
}: InvitationProps) {
  const t = translator(locale, "invitation");
  const inviter = inviterName ?? t("someone");
  return (
    <Layout locale={locale} preview={t("preview", { inviter, org: orgName })} footer={t("footer")}>
      <Title>{t("title", { org: orgName })}</Title>
      <Paragraph>
        {t.rich("body", {
          inviter,
          org: orgName,
          role: t(`roles.${role}`),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </Paragraph>
      <Action locale={locale} href={acceptUrl}>
        {t("action")}
      </Action>
      <Note>{t("note", { expiresAt: formatDateTime(locale, expiresAt) })}</Note>
    </Layout>
  );
}
