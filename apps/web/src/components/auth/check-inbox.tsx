import { MailCheck } from "lucide-react";
import { useTranslations } from "next-intl";

/** "Check your inbox" after a link was emailed; focuses its heading so screen readers say it. */
export function CheckInbox({
  children,
  action,
}: {
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  const t = useTranslations("auth.checkInbox");
  return (
    <div className="grid justify-items-center gap-4 text-center" role="status">
      <span className="grid size-12 place-items-center rounded-full bg-primary/10 text-primary">
        <MailCheck aria-hidden className="size-6" />
      </span>
      <h2
        ref={(node) => node?.focus()}
        tabIndex={-1}
        className="text-lg font-semibold outline-none"
      >
        {t("title")}
      </h2>
      <div className="grid gap-2 text-muted-foreground">{children}</div>
      {action}
    </div>
  );
}
