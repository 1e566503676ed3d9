"use client";

import { ChartColumn } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { BarChart } from "~/components/charts/bar-chart";
import type { ChartConfig } from "~/components/charts/chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";

import type { RouterOutputs } from "@arco/api";

const SERIES = ["analysesRun", "ticketsOpened", "creditsUsed"] as const;
const colors: Record<(typeof SERIES)[number], string> = {
  analysesRun: "var(--chart-1)",
  ticketsOpened: "var(--chart-2)",
  creditsUsed: "var(--chart-4)",
};

/**
 * What an organization used each day, from the daily roll-up: on its billing page, and on the
 * client's page in the admin area.
 */
export function UsageChartCard({ days }: { days: RouterOutputs["billing"]["usage"] }) {
  const t = useTranslations("billing.usage");
  const format = useFormatter();
  const config: ChartConfig = Object.fromEntries(
    SERIES.map((key) => [key, { label: t(`series.${key}`), color: colors[key] }]),
  );
  const total = (key: (typeof SERIES)[number]) => days.reduce((sum, day) => sum + day[key], 0);
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), "monthDay");
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <ChartColumn aria-hidden className="size-4 text-primary" />
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <BarChart
          config={config}
          data={days.map((day) => ({
            at: dayLabel(day.day),
            values: Object.fromEntries(SERIES.map((key) => [key, day[key]])),
          }))}
          label={t("label")}
          summary={t("summary", {
            analyses: total("analysesRun"),
            tickets: total("ticketsOpened"),
            credits: total("creditsUsed"),
          })}
          table={{ caption: t("caption"), rowHeader: t("day"), rowLabel: (at) => at }}
          formatValue={(value) => format.number(value)}
          toggleable
        />
      </CardContent>
    </Card>
  );
}
