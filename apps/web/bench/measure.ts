import { randomBytes } from "node:crypto";

/** The p-th percentile (nearest rank) of `values`; NaN for none. */
export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** A visitor of its own for every call (a /64 of its own), so per-IP limits never bind. */
export const visitor = () => ({
  "x-forwarded-for": `2001:db8:${randomBytes(6).toString("hex").match(/.{4}/g)!.join(":")}::1`,
});
