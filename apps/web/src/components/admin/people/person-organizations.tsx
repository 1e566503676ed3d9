"use client";

import { useTranslations } from "next-intl";

import type { Person } from "~/components/admin/people/query";

/** The organizations a person is in, each with their role there and its plan. */
export function PersonOrganizations({ person }: { person: Pick<Person, "organizations"> }) {
  const t = useTranslations("adminPeople");
  const tRoles = useTranslations("common.roles");
  const tTiers = useTranslations("common.tiers");
  if (person.organizations.length === 0) {
    return <p className="text-sm text-muted-foreground">{t("noOrganizations")}</p>;
  }
  return (
    <ul className="grid gap-1 text-sm">
      {person.organizations.map((org) => (
        <li key={org.id}>
          {t("organizationRow", { name: org.name, role: tRoles(org.role), tier: tTiers(org.tier) })}
        </li>
      ))}
    </ul>
  );
}
