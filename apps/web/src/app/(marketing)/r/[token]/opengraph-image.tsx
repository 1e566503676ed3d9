import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";

import { LogoMark } from "~/components/logo-mark";

import { displayUrl, parseReport } from "~/lib/analysis";

import { loadShared } from "./load-shared";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const CATEGORIES = [
  ["performance", "performance"],
  ["accessibility", "accessibility"],
  ["best-practices", "bestPractices"],
  ["seo", "seo"],
  ["security", "security"],
] as const;

/** Lighthouse's bands: the same colours as the report's gauges. */
const bandColor = (score: number | null) =>
  score === null ? "#71717a" : score >= 90 ? "#16a34a" : score >= 50 ? "#d97706" : "#dc2626";

/** The share preview of a report: the site, its overall score and each category's. */
export default async function Image({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [shared, t] = await Promise.all([loadShared(token), getTranslations("report")]);
  const report = parseReport(shared.report);
  const overall = shared.score;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#09090b",
        color: "#fafafa",
        fontFamily: "sans-serif",
      }}
    >
      <div
        style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 36, fontWeight: 700 }}
      >
        <LogoMark size={56} square="#fafafa" arcs="#09090b" />
        Arco
      </div>
      <div style={{ display: "flex", alignItems: "center", gap: 48 }}>
        <div
          style={{
            width: 200,
            height: 200,
            borderRadius: 100,
            border: `14px solid ${bandColor(overall)}`,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontSize: 84,
            fontWeight: 700,
          }}
        >
          {overall ?? "–"}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 12, maxWidth: 760 }}>
          <div style={{ display: "flex", fontSize: 30, color: "#a1a1aa" }}>
            {t("summary.overallLabel")}
          </div>
          <div
            style={{
              display: "flex",
              fontSize: 56,
              fontWeight: 700,
              lineHeight: 1.1,
              wordBreak: "break-all",
            }}
          >
            {displayUrl(shared.url).slice(0, 60)}
          </div>
        </div>
      </div>
      <div style={{ display: "flex", gap: 20 }}>
        {CATEGORIES.map(([category, key]) => {
          const score = report?.scores.categories[category].score ?? null;
          return (
            <div
              key={category}
              style={{
                flex: 1,
                display: "flex",
                flexDirection: "column",
                gap: 6,
                padding: "18px 20px",
                borderRadius: 16,
                background: "#18181b",
                borderTop: `6px solid ${bandColor(score)}`,
              }}
            >
              <div style={{ display: "flex", fontSize: 24, color: "#a1a1aa" }}>
                {t(`categories.${key}`)}
              </div>
              <div style={{ display: "flex", fontSize: 44, fontWeight: 700 }}>{score ?? "–"}</div>
            </div>
          );
        })}
      </div>
    </div>,
    size,
  );
}
