import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "~/components/auth/auth-card";
import { ResetPasswordForm } from "~/components/auth/reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset.reset");
  return { title: t("title"), robots: { index: false } };
}

/** The page the reset email links to; the token is only used when the form is sent. */
export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  const t = await getTranslations("passwordReset.reset");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <ResetPasswordForm token={typeof token === "string" ? token : ""} />
    </AuthCard>
  );
}
