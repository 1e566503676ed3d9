"use client";

import { LifeBuoy, Timer } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { useMonthLabel, useResponseTime } from "~/components/admin/metrics/format";
import { MetricCard } from "~/components/admin/metrics/metric-card";
import type { BusinessMetrics } from "~/components/admin/metrics/types";
import { BarChart } from "~/components/charts/bar-chart";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";

/** Support tickets opened each month. */
export function TicketVolumeCard({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics");
  const format = useFormatter();
  const monthLabel = useMonthLabel();
  const total = metrics.tickets.reduce((sum, m) => sum + m.opened, 0);
  return (
    <MetricCard
      icon={LifeBuoy}
      title={t("tickets.title")}
      description={t("tickets.description")}
      empty={total === 0 ? { title: t("tickets.empty") } : null}
    >
      <BarChart
        config={{ opened: { label: t("tickets.series"), color: "var(--chart-2)" } }}
        data={metrics.tickets.map((m) => ({
          at: monthLabel(m.month),
          values: { opened: m.opened },
        }))}
        label={t("tickets.label")}
        summary={t("tickets.summary", { total, months: metrics.months })}
        table={{ caption: t("tickets.caption"), rowHeader: t("month"), rowLabel: (at) => at }}
        formatValue={(value) => format.number(value)}
      />
    </MetricCard>
  );
}

/**
 * SLA compliance per response time promised (named by the plans promising it) as bars, and
 * beside them the figures: tickets on time of those settled, and the mean first response.
 */
export function SlaCard({ metrics }: { metrics: BusinessMetrics }) {
  const t = useTranslations("adminMetrics");
  const tierLabel = useTranslations("common.tiers");
  const format = useFormatter();
  const responseTime = useResponseTime();
  const groupLabel = (group: BusinessMetrics["sla"][number]) => {
    const plans =
      group.tiers.length > 0
        ? format.list(group.tiers.map((tier) => tierLabel(tier)))
        : t("sla.ownLimits");
    return group.responseSlaHours === null
      ? t("sla.withoutSla", { plans })
      : t("sla.within", { plans, time: responseTime(group.responseSlaHours * 3600) });
  };
  const settledGroups = metrics.sla.filter((group) => group.met + group.breached > 0);
  const met = settledGroups.reduce((sum, group) => sum + group.met, 0);
  const settled = settledGroups.reduce((sum, group) => sum + group.met + group.breached, 0);
  const percent = (rate: number) => format.number(rate, "percent");
  return (
    <MetricCard
      icon={Timer}
      title={t("sla.title")}
      description={t("sla.description")}
      className="lg:col-span-2"
      empty={
        metrics.sla.every((group) => group.met + group.breached + group.answered === 0)
          ? { title: t("sla.empty") }
          : null
      }
    >
      <div className="grid gap-6">
        <BarChart
          config={{ compliance: { label: t("sla.series"), color: "var(--chart-2)" } }}
          data={settledGroups.map((group) => ({
            at: groupLabel(group),
            values: { compliance: group.compliance },
          }))}
          valueDomain={[0, 1]}
          label={t("sla.label")}
          summary={
            settled === 0
              ? t("sla.summaryNone")
              : t("sla.summary", {
                  compliance: percent(met / settled),
                  met: format.number(met),
                  settled: format.number(settled),
                })
          }
          table={{ caption: t("sla.caption"), rowHeader: t("sla.promise"), rowLabel: (at) => at }}
          formatValue={percent}
        />
        <Table>
          <TableCaption className="sr-only">{t("sla.tableCaption")}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead scope="col" className="whitespace-normal">
                {t("sla.promise")}
              </TableHead>
              <TableHead scope="col" className="text-right whitespace-normal">
                {t("sla.compliance")}
              </TableHead>
              <TableHead scope="col" className="text-right whitespace-normal">
                {t("sla.settled")}
              </TableHead>
              <TableHead scope="col" className="text-right whitespace-normal">
                {t("sla.firstResponse")}
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {metrics.sla.map((group) => (
              <TableRow key={group.responseSlaHours ?? "none"}>
                <TableHead scope="row" className="whitespace-normal">
                  {groupLabel(group)}
                </TableHead>
                <TableCell className="text-right tabular-nums">
                  {group.compliance === null ? t("sla.none") : percent(group.compliance)}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {group.compliance === null
                    ? t("sla.none")
                    : t("sla.onTime", {
                        met: format.number(group.met),
                        settled: format.number(group.met + group.breached),
                      })}
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {group.firstResponseSeconds === null
                    ? t("sla.none")
                    : responseTime(group.firstResponseSeconds)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </MetricCard>
  );
}
