"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Funnel } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";

import { DEFAULT_FUNNEL_WEEKS, FUNNEL_WEEKS } from "~/components/admin/leads/filters";
import { BarChart } from "~/components/charts/bar-chart";
import type { ChartConfig } from "~/components/charts/chart";
import { QueryError } from "~/components/query-error";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Label } from "~/components/ui/label";
import { Skeleton } from "~/components/ui/skeleton";
import { nativeSelect } from "~/lib/native-select";
import { useTRPC } from "~/trpc/react";

const STAGES = ["captured", "consented", "signedUp", "paying"] as const;
const colors: Record<(typeof STAGES)[number], string> = {
  captured: "var(--chart-1)",
  consented: "var(--chart-2)",
  signedUp: "var(--chart-3)",
  paying: "var(--chart-4)",
};

/**
 * The leads captured each week (São Paulo's weeks, Monday first) and how far each week's leads
 * got since: consent to the emails, a sign-up, a paying organization.
 */
export function LeadsFunnelCard() {
  const t = useTranslations("adminLeads.funnel");
  const format = useFormatter();
  const trpc = useTRPC();
  const periodId = useId();
  const [weeks, setWeeks] = useState<number>(DEFAULT_FUNNEL_WEEKS);
  const funnel = useQuery(
    trpc.admin.leads.funnel.queryOptions({ weeks }, { placeholderData: keepPreviousData }),
  );
  const config: ChartConfig = Object.fromEntries(
    STAGES.map((stage) => [stage, { label: t(`stages.${stage}`), color: colors[stage] }]),
  );
  const weekOf = (week: string) => format.dateTime(new Date(`${week}T12:00:00Z`), "monthDay");
  const total = (stage: (typeof STAGES)[number]) =>
    (funnel.data ?? []).reduce((sum, week) => sum + week[stage], 0);

  return (
    <Card>
      <CardHeader className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1.5">
          <CardTitle className="flex items-center gap-2">
            <Funnel aria-hidden className="size-4 text-primary" />
            <h2>{t("title")}</h2>
          </CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={periodId}>{t("period")}</Label>
          <select
            id={periodId}
            className={`${nativeSelect} w-40`}
            value={weeks}
            onChange={(event) => setWeeks(Number(event.target.value))}
          >
            {FUNNEL_WEEKS.map((count) => (
              <option key={count} value={count}>
                {t("weeks", { count })}
              </option>
            ))}
          </select>
        </div>
      </CardHeader>
      <CardContent>
        {funnel.data ? (
          <BarChart
            config={config}
            data={funnel.data.map((week) => ({
              at: weekOf(week.week),
              values: Object.fromEntries(STAGES.map((stage) => [stage, week[stage]])),
            }))}
            label={t("label", { weeks })}
            summary={t("summary", {
              weeks,
              captured: total("captured"),
              consented: total("consented"),
              signedUp: total("signedUp"),
              paying: total("paying"),
            })}
            table={{
              caption: t("caption"),
              rowHeader: t("week"),
              rowLabel: (at) => t("weekOf", { date: at }),
            }}
            formatValue={(value) => format.number(value)}
            toggleable
          />
        ) : funnel.isError ? (
          <QueryError error={funnel.error} retry={() => void funnel.refetch()} />
        ) : (
          <Skeleton className="h-64 w-full" aria-label={t("loading")} />
        )}
      </CardContent>
    </Card>
  );
}
