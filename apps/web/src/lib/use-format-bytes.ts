import { useFormatter, useTranslations } from "next-intl";
import type { createFormatter, createTranslator } from "next-intl";

import type { Messages } from "~/i18n/messages";

const multiples = ["kilobyte", "megabyte", "gigabyte", "terabyte"] as const;

type BytesTranslator = ReturnType<typeof createTranslator<Messages, "common.bytes">>;

/**
 * "980 bytes", "1.5 KB" ("1,5 KB" in pt-BR), "1.2 GB": a size in the binary multiples plans are
 * measured in (5 GB = 5 × 1024³), with at most one decimal.
 */
export function formatBytes(
  bytes: number,
  t: BytesTranslator,
  format: ReturnType<typeof createFormatter>,
) {
  if (bytes < 1024) return t("byte", { count: bytes });
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < multiples.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = format.number(value, { maximumFractionDigits: value >= 100 ? 0 : 1 });
  return t(multiples[unit]!, { value: number });
}

/** `formatBytes` in the page's language. */
export function useFormatBytes() {
  const t = useTranslations("common.bytes");
  const format = useFormatter();
  return (bytes: number) => formatBytes(bytes, t, format);
}
