// @vitest-environment jsdom
import type { ReactNode } from "react";
import { renderToStaticMarkup as render } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { BarChart } from "~/components/charts/bar-chart";
import type { ChartConfig } from "~/components/charts/chart";
import { TimeSeriesChart } from "~/components/charts/time-series-chart";

import { WithIntl } from "./intl";

/** The kit's own words (toggles, axis titles) come from the `report` catalog. */
const renderToStaticMarkup = (chart: ReactNode) => render(<WithIntl>{chart}</WithIntl>);

const config: ChartConfig = {
  uptime: { label: "Uptime", color: "var(--chart-1)" },
  latency: { label: "Latency", color: "var(--chart-2)", dash: "4 3" },
};

const text = {
  label: "Uptime of example.com",
  summary: "Uptime stayed above 99% all week.",
  table: { caption: "Uptime by day", rowHeader: "Day", rowLabel: String },
  missing: "no checks",
};

/** Renders on the server as Next.js does first, and reads the markup as a screen reader would. */
function page(markup: string) {
  const document = new DOMParser().parseFromString(markup, "text/html");
  const image = document.querySelector('[role="img"]');
  const describedBy = image?.getAttribute("aria-describedby");
  return {
    name: image?.getAttribute("aria-label"),
    description: describedBy ? document.getElementById(describedBy)?.textContent : undefined,
    colors: image?.getAttribute("style"),
    table: [...document.querySelectorAll("table tr")].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    ),
  };
}

describe("the chart kit", () => {
  it("names a time series, describes it in a sentence and lists its numbers", () => {
    const chart = page(
      renderToStaticMarkup(
        <TimeSeriesChart
          config={config}
          data={[
            { at: new Date("2026-11-01T00:00:00Z"), values: { uptime: 99.5, latency: 120 } },
            { at: new Date("2026-11-02T00:00:00Z"), values: { uptime: 100, latency: null } },
          ]}
          {...text}
          table={{ ...text.table, rowLabel: (at) => at.toISOString().slice(0, 10) }}
        />,
      ),
    );
    expect(chart.name).toBe("Uptime of example.com");
    expect(chart.description).toBe("Uptime stayed above 99% all week.");
    expect(chart.table).toEqual([
      ["Day", "Uptime", "Latency"],
      ["2026-11-01", "99.5", "120"],
      ["2026-11-02", "100", "no checks"],
    ]);
  });

  it("paints each series from the theme's variables, so dark mode follows", () => {
    const chart = page(
      renderToStaticMarkup(
        <BarChart
          config={config}
          data={[{ at: "Mon", values: { uptime: 1, latency: 2 } }]}
          {...text}
        />,
      ),
    );
    expect(chart.colors).toContain("--color-uptime:var(--chart-1)");
    expect(chart.colors).toContain("--color-latency:var(--chart-2)");
  });

  it("formats the bar chart's numbers as the caller asks", () => {
    const chart = page(
      renderToStaticMarkup(
        <BarChart
          config={{ spend: { label: "Spend", color: "var(--chart-3)" } }}
          data={[
            { at: "October", values: { spend: 1250 } },
            { at: "November", values: { spend: null } },
          ]}
          {...text}
          formatValue={(cents) => `$${(cents / 100).toFixed(2)}`}
        />,
      ),
    );
    expect(chart.table.slice(1)).toEqual([
      ["October", "$12.50"],
      ["November", "no checks"],
    ]);
  });
});
