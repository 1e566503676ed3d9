"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import type { FieldControlProps } from "~/components/form-field";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "~/components/ui/select";
import { useTRPC } from "~/trpc/react";

const NO_PROJECT = "none";

/** The organization's projects (not archived), as offered when linking a domain to one. */
export function useProjectOptions() {
  const trpc = useTRPC();
  return useQuery(trpc.tickets.projects.queryOptions());
}

/** The name of a linked project; archived projects are not among the options. */
export function useProjectName() {
  const t = useTranslations("domains.project");
  return (projects: { id: string; name: string }[] | undefined, id: string) => {
    if (!projects) return t("linked");
    return projects.find((p) => p.id === id)?.name ?? t("archived");
  };
}

/** "No project" or one of the organization's projects; a linked archived project stays shown. */
export function ProjectSelect({
  value,
  onChange,
  field,
}: {
  value: string | null | undefined;
  onChange: (projectId: string | null) => void;
  field: FieldControlProps;
}) {
  const t = useTranslations("domains.project");
  const projects = useProjectOptions();
  const projectName = useProjectName();
  const missing = value && projects.data && !projects.data.some((p) => p.id === value);
  return (
    <Select
      value={value ?? NO_PROJECT}
      onValueChange={(v) => onChange(v === NO_PROJECT ? null : v)}
    >
      <SelectTrigger {...field} className="w-full">
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        <SelectItem value={NO_PROJECT}>{t("none")}</SelectItem>
        {missing ? (
          <SelectItem value={value}>{projectName(projects.data, value)}</SelectItem>
        ) : null}
        {projects.data?.map((p) => (
          <SelectItem key={p.id} value={p.id}>
            {p.name}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
