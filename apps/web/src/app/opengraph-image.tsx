import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The share preview of every page without one of its own: the name and what Arco does. */
export default async function Image() {
  const t = await getTranslations("common.meta");
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        gap: 32,
        padding: 80,
        background: "#4f46e5",
        color: "#ffffff",
        fontFamily: "sans-serif",
      }}
    >
      <svg viewBox="0 0 32 32" width="120" height="120">
        <rect width="32" height="32" rx="8" fill="#ffffff" />
        <path
          d="M7 24a9 9 0 0 1 18 0M12 24a4 4 0 0 1 8 0"
          stroke="#4f46e5"
          strokeWidth="2.5"
          strokeLinecap="round"
          fill="none"
        />
      </svg>
      <div style={{ fontSize: 96, fontWeight: 700 }}>Arco</div>
      <div style={{ fontSize: 44, maxWidth: 1000, lineHeight: 1.2 }}>{t("tagline")}</div>
    </div>,
    size,
  );
}
