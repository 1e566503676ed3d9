import { useTranslations } from "next-intl";

import type { Person } from "~/components/admin/people/query";
import { Badge } from "~/components/ui/badge";
import { cn } from "~/lib/utils";

/** What sets a person apart at a glance: a staff role, an unverified address, a disabled account. */
export function PersonBadges({
  person,
  className,
}: {
  person: Pick<Person, "staffRole" | "emailVerified" | "disabledAt">;
  className?: string;
}) {
  const t = useTranslations("adminPeople.badges");
  const tStaff = useTranslations("admin.staffRole");
  if (!person.staffRole && person.emailVerified && !person.disabledAt) return null;
  return (
    <span className={cn("flex flex-wrap gap-1", className)}>
      {person.staffRole ? (
        <Badge variant="secondary">{t("staff", { role: tStaff(person.staffRole) })}</Badge>
      ) : null}
      {person.emailVerified ? null : (
        <Badge variant="outline" className="border-warning/50 text-warning">
          {t("unverified")}
        </Badge>
      )}
      {person.disabledAt ? <Badge variant="destructive">{t("disabled")}</Badge> : null}
    </span>
  );
}
