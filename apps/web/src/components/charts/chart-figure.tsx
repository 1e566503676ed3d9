"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ReactNode } from "react";

import { ChartContainer } from "~/components/charts/chart";
import type { ChartConfig } from "~/components/charts/chart";
import { ChartDataTable } from "~/components/charts/chart-data-table";
import { SeriesToggles, useHiddenSeries } from "~/components/charts/series-toggles";

/** One row of a chart: where it sits on the first axis and each series' value there. */
export interface ChartRow<At> {
  at: At;
  values: Record<string, number | null>;
}

export interface ChartTextProps<At> {
  /** What the chart shows: the plot's accessible name. */
  label: string;
  /** One sentence saying what the numbers mean, shown under the chart and read with it. */
  summary: string;
  /** The hidden table of numbers: its caption, first column heading and row labels. */
  table: { caption: string; rowHeader: string; rowLabel: (at: At) => string };
  formatValue?: (value: number) => string;
  /** What the table says where a series has no value ("none" by default). */
  missing?: string;
}

/**
 * What every chart of the kit has around its plot: optional series toggles, the plot itself
 * (named, described by the summary), the summary as a caption and the numbers as a hidden table.
 */
export function ChartFigure<At>({
  config,
  data,
  label,
  summary,
  table,
  formatValue = String,
  missing,
  toggleable = false,
  height,
  children,
}: ChartTextProps<At> & {
  config: ChartConfig;
  data: ChartRow<At>[];
  toggleable?: boolean;
  height?: number;
  children: (shown: string[]) => ReactNode;
}) {
  const t = useTranslations("report.chart");
  const summaryId = useId();
  const { hidden, toggle } = useHiddenSeries();
  const shown = Object.keys(config).filter((key) => !hidden.has(key));
  return (
    <figure className="grid gap-4">
      {toggleable ? <SeriesToggles config={config} hidden={hidden} onToggle={toggle} /> : null}
      <ChartContainer config={config} label={label} describedBy={summaryId} height={height}>
        {children(shown)}
      </ChartContainer>
      <figcaption id={summaryId} className="text-sm text-muted-foreground">
        {summary}
      </figcaption>
      <ChartDataTable
        caption={table.caption}
        config={config}
        rows={data}
        rowHeader={table.rowHeader}
        rowLabel={(row) => table.rowLabel(row.at)}
        value={(row, key) => {
          const value = row.values[key];
          return value === null || value === undefined
            ? (missing ?? t("missing"))
            : formatValue(value);
        }}
      />
    </figure>
  );
}
