"use server";

import { TRPCError } from "@trpc/server";
import { cookies } from "next/headers";

import { getCaller } from "~/trpc/server";

import { isLocale, LOCALE_COOKIE } from "./locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language switch: remembered in a cookie for this browser and, for a signed-in person, on
 * the account (so emails and other browsers follow).
 */
export async function changeLocale(locale: string) {
  if (!isLocale(locale)) return { ok: false as const };
  (await cookies()).set(LOCALE_COOKIE, locale, {
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    path: "/",
  });
  try {
    await (await getCaller()).me.setLocale({ locale });
  } catch (error) {
    // Signed out, or agency staff acting for a client: the cookie alone carries the choice.
    if (!(error instanceof TRPCError && ["UNAUTHORIZED", "FORBIDDEN"].includes(error.code))) {
      throw error;
    }
  }
  return { ok: true as const };
}
