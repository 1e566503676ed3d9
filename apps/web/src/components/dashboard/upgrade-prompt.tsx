import { Sparkles } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Shown where a plan limit is reached: what happened, the ways past it, and the plans. */
export function UpgradePrompt({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations("dashboard.upgrade");
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-lg border border-warning/40 bg-warning/10 p-4 text-sm"
    >
      <Sparkles aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <div className="grid min-w-0 gap-2">
        <p>
          <span className="font-medium">{title}</span> {children}
        </p>
        <Link
          href="/dashboard/billing#plans"
          className="w-fit font-medium text-primary underline-offset-4 hover:underline"
        >
          {t("comparePlans")}
        </Link>
      </div>
    </div>
  );
}
