import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";

import { LogoMark } from "~/components/logo-mark";

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
      <LogoMark size={120} square="#ffffff" arcs="#4f46e5" />
      <div style={{ display: "flex", fontSize: 96, fontWeight: 700 }}>Arco</div>
      <div style={{ display: "flex", fontSize: 44, maxWidth: 1000, lineHeight: 1.2 }}>
        {t("tagline")}
      </div>
    </div>,
    size,
  );
}
