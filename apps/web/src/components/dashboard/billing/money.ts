"use client";

import { useFormatter } from "next-intl";

/** Amounts travel in cents (Stripe's and the plans'); shown in the reader's language. */
export function useMoney() {
  const format = useFormatter();
  return (cents: number, currency: string) => {
    // "R$ 297", but "R$ 897,50".
    const digits = cents % 100 === 0 ? 0 : 2;
    return format.number(cents / 100, {
      style: "currency",
      currency: currency.toUpperCase(),
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  };
}
