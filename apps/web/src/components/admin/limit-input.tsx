"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import type { LimitName } from "@arco/api/schemas/plans";

import type { FieldControlProps } from "~/components/form-field";
import { Input } from "~/components/ui/input";
import { nativeSelect } from "~/lib/native-select";
import { useFormatBytes } from "~/lib/use-format-bytes";
import { cn } from "~/lib/utils";

/** A limit as forms hold it: a number, null (unlimited), or undefined (the plan's, for a client). */
export type LimitValue = number | null | undefined;

/** Storage is typed in the binary gigabytes plans are measured in (5 GB = 5 × 1024³ bytes). */
const GB = 1024 ** 3;
const shown = (name: LimitName, value: number) =>
  name === "storageBytes" ? Math.round((value / GB) * 1000) / 1000 : value;
const stored = (name: LimitName, typed: number) =>
  name === "storageBytes" ? Math.round(typed * GB) : typed;

/** Credits are spent from a balance: there is no unlimited amount of them. */
const mayBeUnlimited = (name: LimitName) => name !== "monthlyCredits";

type Mode = "plan" | "unlimited" | "value";
const modeOf = (value: LimitValue): Mode =>
  value === undefined ? "plan" : value === null ? "unlimited" : "value";

/** A limit's value in words: "5 GB", "24 hours", "Unlimited". */
export function useFormatLimit() {
  const t = useTranslations("adminPlans.limitInput");
  const format = useFormatter();
  const formatBytes = useFormatBytes();
  return (name: LimitName, value: number | null) => {
    if (value === null) return name === "responseSlaHours" ? t("noResponseTime") : t("unlimited");
    if (name === "storageBytes") return formatBytes(value);
    if (name === "responseSlaHours") return t("hoursValue", { count: value });
    return format.number(value);
  };
}

/**
 * One limit's control: how it is set (a number, unlimited, or — for a client — the plan's) and
 * the number, in gigabytes for storage. The value it reports is the API's (bytes, null,
 * undefined); a number that is not one reaches the schema as NaN, which says so.
 */
export function LimitInput({
  name,
  label,
  value,
  onChange,
  inherited,
  control,
}: {
  name: LimitName;
  label: string;
  value: LimitValue;
  onChange: (value: LimitValue) => void;
  /** The plan's value, when the limit may be left to the plan (a client's own limits). */
  inherited?: number | null;
  control: FieldControlProps;
}) {
  const t = useTranslations("adminPlans.limitInput");
  const formatLimit = useFormatLimit();
  const [text, setText] = useState(() =>
    typeof value === "number" ? String(shown(name, value)) : "",
  );
  const mode = modeOf(value);
  const modes: Mode[] = [
    ...(inherited !== undefined ? (["plan"] as const) : []),
    ...(mayBeUnlimited(name) ? (["unlimited"] as const) : []),
    "value",
  ];
  const typed = (next: string) => {
    setText(next);
    onChange(next.trim() === "" ? Number.NaN : stored(name, Number(next)));
  };
  const choose = (next: Mode) => {
    if (next === "plan") return onChange(undefined);
    if (next === "unlimited") return onChange(null);
    const start = typeof inherited === "number" ? shown(name, inherited) : 0;
    typed(text || String(start));
  };
  const unit = name === "storageBytes" ? t("gb") : name === "responseSlaHours" ? t("hours") : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {modes.length > 1 ? (
        <select
          {...(mode === "value" ? { "aria-label": t("mode", { limit: label }) } : control)}
          className={cn(nativeSelect, "w-auto min-w-40")}
          value={mode}
          onChange={(event) => choose(event.target.value as Mode)}
        >
          {modes.map((option) => (
            <option key={option} value={option}>
              {option === "plan"
                ? t("plan", { value: formatLimit(name, inherited ?? null) })
                : option === "unlimited"
                  ? formatLimit(name, null)
                  : t("value")}
            </option>
          ))}
        </select>
      ) : null}
      {mode === "value" ? (
        <span className="flex items-center gap-2">
          <Input
            {...control}
            type="number"
            inputMode={name === "storageBytes" ? "decimal" : "numeric"}
            min={0}
            step={name === "storageBytes" ? "any" : 1}
            className="w-32"
            value={text}
            onChange={(event) => typed(event.target.value)}
          />
          {unit ? <span className="text-sm text-muted-foreground">{unit}</span> : null}
        </span>
      ) : null}
    </div>
  );
}
