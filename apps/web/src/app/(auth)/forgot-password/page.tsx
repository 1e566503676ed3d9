import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { AuthCard } from "~/components/auth/auth-card";
import { ForgotPasswordForm } from "~/components/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset.request");
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ searchParams }: PageProps<"/forgot-password">) {
  const { email } = await searchParams;
  const t = await getTranslations("passwordReset.request");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <ForgotPasswordForm email={typeof email === "string" ? email.slice(0, 320) : ""} />
    </AuthCard>
  );
}
