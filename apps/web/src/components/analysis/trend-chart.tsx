"use client";

import { useEffect, useId, useRef, useState } from "react";

import {
  linePath,
  scaleLinear,
  spacedTicks,
  tickIndexes,
  trendSeries,
  trendSummary,
} from "~/lib/trend";
import type { TrendPoint, TrendSeriesKey } from "~/lib/trend";
import { cn } from "~/lib/utils";

const HEIGHT = 260;
const MARGIN = { top: 12, right: 20, bottom: 40, left: 48 };

/** Colour and dash per line, so the lines differ by more than colour. */
const seriesStyle: Record<
  TrendSeriesKey,
  { line: string; swatch: string; width: number; dash?: string }
> = {
  score: { line: "stroke-primary", swatch: "bg-primary", width: 3 },
  performance: { line: "stroke-chart-2", swatch: "bg-chart-2", width: 1.75 },
  accessibility: { line: "stroke-chart-3", swatch: "bg-chart-3", width: 1.75, dash: "6 4" },
  bestPractices: { line: "stroke-chart-4", swatch: "bg-chart-4", width: 1.75, dash: "2 4" },
  seo: { line: "stroke-chart-5", swatch: "bg-chart-5", width: 1.75, dash: "10 4 2 4" },
  security: {
    line: "stroke-muted-foreground",
    swatch: "bg-muted-foreground",
    width: 1.75,
    dash: "4 3",
  },
};

const shortDate = new Intl.DateTimeFormat("en", { month: "short", day: "numeric" });
const shortTime = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit" });
const preciseTime = new Intl.DateTimeFormat("en", {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const fullDate = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Width of the element, once it has been laid out in the browser. */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * Scores of one page over its runs: the overall score and each category as lines on a 0–100
 * scale over time, with Lighthouse's bands behind them. Screen readers get a one-sentence
 * summary and the numbers as a table.
 */
export function TrendChart({ points, pageLabel }: { points: TrendPoint[]; pageLabel: string }) {
  const [container, width] = useWidth<HTMLDivElement>();
  const [hidden, setHidden] = useState<Set<TrendSeriesKey>>(new Set());
  const titleId = useId();
  const descId = useId();
  const summary = trendSummary(points, (date) => shortDate.format(date));

  const toggle = (key: TrendSeriesKey) =>
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <figure className="grid gap-4">
      <div role="group" aria-label="Lines shown" className="flex flex-wrap gap-2">
        {trendSeries.map(({ key, label }) => (
          <button
            key={key}
            type="button"
            aria-pressed={!hidden.has(key)}
            onClick={() => toggle(key)}
            className={cn(
              "inline-flex h-7 items-center gap-2 rounded-full border px-2.5 text-xs font-medium transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              hidden.has(key)
                ? "text-muted-foreground line-through"
                : "bg-background dark:bg-input/30",
            )}
          >
            <span
              aria-hidden
              className={cn(
                "h-1 w-4 rounded-full",
                seriesStyle[key].swatch,
                hidden.has(key) && "opacity-30",
              )}
            />
            {label}
          </button>
        ))}
      </div>
      <div ref={container} className="w-full" style={{ height: HEIGHT }}>
        {width ? (
          <Plot
            points={points}
            width={width}
            hidden={hidden}
            titleId={titleId}
            descId={descId}
            title={`Score trend of ${pageLabel}`}
            summary={summary}
          />
        ) : null}
      </div>
      <figcaption className="text-sm text-muted-foreground">{summary}</figcaption>
      {/* A table can't shrink to sr-only's 1px: the wrapper clips it instead. */}
      <div className="sr-only">
        <table>
          <caption>Scores of {pageLabel} by run, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              {trendSeries.map(({ key, label }) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.id}>
                <th scope="row">{fullDate.format(point.createdAt)}</th>
                {trendSeries.map(({ key }) => (
                  <td key={key}>{point[key] ?? "not scored"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function Plot({
  points,
  width,
  hidden,
  titleId,
  descId,
  title,
  summary,
}: {
  points: TrendPoint[];
  width: number;
  hidden: Set<TrendSeriesKey>;
  titleId: string;
  descId: string;
  title: string;
  summary: string;
}) {
  const times = points.map((p) => p.createdAt.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const x = scaleLinear([first, last], [MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear([0, 100], [HEIGHT - MARGIN.bottom, MARGIN.top]);
  const sameDay = last - first < 36 * 3_600_000;
  // Runs minutes apart would otherwise all read the same time.
  const timeFormat = last - first < 3_600_000 ? preciseTime : shortTime;
  // Labels are about this wide; the first is drawn from its run rightwards, the last leftwards.
  const labelWidth = !sameDay ? 48 : timeFormat === preciseTime ? 76 : 60;
  const candidates = tickIndexes(points.length, width < 480 ? 3 : 6);
  const centers = candidates.map((index) => {
    const at = x(points[index]!.createdAt.getTime());
    if (points.length === 1) return at;
    if (index === 0) return at + labelWidth / 2;
    if (index === points.length - 1) return at - labelWidth / 2;
    return at;
  });
  const ticks = spacedTicks(centers, labelWidth + 12).map((position) => candidates[position]!);
  const bands = [
    { from: 0, to: 50, className: "fill-destructive/5" },
    { from: 50, to: 90, className: "fill-warning/5" },
    { from: 90, to: 100, className: "fill-success/10" },
  ];
  const drawn = trendSeries.filter(({ key }) => !hidden.has(key));

  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      width={width}
      height={HEIGHT}
      viewBox={`0 0 ${width} ${HEIGHT}`}
      className="overflow-visible text-xs"
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary} The table after the chart lists every run.</desc>
      {bands.map((band) => (
        <rect
          key={band.from}
          x={MARGIN.left}
          width={width - MARGIN.left - MARGIN.right}
          y={y(band.to)}
          height={y(band.from) - y(band.to)}
          className={band.className}
        />
      ))}
      {[0, 50, 90, 100].map((value) => (
        <g key={value}>
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(value)}
            y2={y(value)}
            className="stroke-border"
            strokeDasharray={value === 0 ? undefined : "3 3"}
          />
          <text
            x={MARGIN.left - 8}
            y={y(value)}
            dy="0.32em"
            textAnchor="end"
            className="fill-muted-foreground tabular-nums"
          >
            {value}
          </text>
        </g>
      ))}
      <text
        transform={`translate(12 ${(HEIGHT - MARGIN.bottom + MARGIN.top) / 2}) rotate(-90)`}
        textAnchor="middle"
        className="fill-muted-foreground"
      >
        Score
      </text>
      {ticks.map((index) => {
        const point = points[index]!;
        const tx = x(point.createdAt.getTime());
        const anchor =
          points.length === 1
            ? "middle"
            : index === 0
              ? "start"
              : index === points.length - 1
                ? "end"
                : "middle";
        return (
          <g key={point.id}>
            <line
              x1={tx}
              x2={tx}
              y1={HEIGHT - MARGIN.bottom}
              y2={HEIGHT - MARGIN.bottom + 4}
              className="stroke-border"
            />
            <text
              x={tx}
              y={HEIGHT - MARGIN.bottom + 18}
              textAnchor={anchor}
              className="fill-muted-foreground tabular-nums"
            >
              {sameDay ? timeFormat.format(point.createdAt) : shortDate.format(point.createdAt)}
            </text>
          </g>
        );
      })}
      <text
        x={(MARGIN.left + width - MARGIN.right) / 2}
        y={HEIGHT - 4}
        textAnchor="middle"
        className="fill-muted-foreground"
      >
        {sameDay ? `Run time, ${shortDate.format(points.at(-1)!.createdAt)}` : "Date of run"}
      </text>
      {drawn
        .slice()
        .reverse()
        .map(({ key, label }) => {
          const style = seriesStyle[key];
          const coords = points.map((point) => {
            const value = point[key];
            return value === null ? null : { x: x(point.createdAt.getTime()), y: y(value) };
          });
          return (
            <g key={key}>
              <path
                d={linePath(coords)}
                className={cn("fill-none", style.line)}
                strokeWidth={style.width}
                strokeDasharray={style.dash}
                strokeLinejoin="round"
                strokeLinecap="round"
              />
              {coords.map((coord, index) =>
                coord && (key === "score" || points.length === 1) ? (
                  <circle
                    key={points[index]!.id}
                    cx={coord.x}
                    cy={coord.y}
                    r={key === "score" ? 4 : 3}
                    className={cn("fill-background", style.line)}
                    strokeWidth={2}
                  >
                    <title>
                      {`${label} ${points[index]![key]}, ${fullDate.format(points[index]!.createdAt)}`}
                    </title>
                  </circle>
                ) : null,
              )}
            </g>
          );
        })}
    </svg>
  );
}
