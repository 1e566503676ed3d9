import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";

import type { AppRouter } from "@arco/api";

import type { Messages } from "~/i18n/messages";

type ApiError = TRPCClientError<AppRouter>;

/** `useTranslations("common.errors")` / `getTranslations("common.errors")`. */
export type ErrorTranslator = (key: keyof Messages["common"]["errors"]) => string;

function asApiError(error: unknown): ApiError | null {
  return error instanceof TRPCClientError ? (error as ApiError) : null;
}

/** The tRPC code of a failed call (`CONFLICT`, `TOO_MANY_REQUESTS`, …), or null. */
export function errorCode(error: unknown): string | null {
  return asApiError(error)?.data?.code ?? null;
}

/** Seconds until a rate limit lets the caller try again, when the server said. */
export function retryAfterSeconds(error: unknown): number | null {
  const seconds = (asApiError(error)?.data as { retryAfterSeconds?: unknown } | undefined)
    ?.retryAfterSeconds;
  return typeof seconds === "number" && seconds > 0 ? seconds : null;
}

/** Field-by-field validation messages the router sent back, keyed by input name. */
export function fieldErrors(error: unknown): Record<string, string[] | undefined> {
  const zodError = asApiError(error)?.data?.zodError as
    { fieldErrors?: Record<string, string[] | undefined> } | null | undefined;
  return zodError?.fieldErrors ?? {};
}

const FALLBACK: Partial<Record<string, Parameters<ErrorTranslator>[0]>> = {
  TOO_MANY_REQUESTS: "tooManyRequests",
  SERVICE_UNAVAILABLE: "serviceUnavailable",
  UNAUTHORIZED: "unauthorized",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  INTERNAL_SERVER_ERROR: "internal",
};

/**
 * A sentence to show the person. Service errors are written for users and arrive as they are;
 * crashes and network failures get a plain fallback (in the person's language, from `t`)
 * instead of a stack-trace fragment.
 */
export function errorMessage(error: unknown, t: ErrorTranslator): string {
  const apiError = asApiError(error);
  if (!apiError) return t("generic");
  const code = apiError.data?.code;
  if (!code) return t("network");
  if (code === "INTERNAL_SERVER_ERROR") return t("internal");
  if (code === "BAD_REQUEST" && apiError.data?.zodError) return t("checkFields");
  const fallback = FALLBACK[code];
  return apiError.message || (fallback ? t(fallback) : t("generic"));
}

/** `errorMessage` with the person's language already applied, for client components. */
export function useErrorMessage() {
  const t = useTranslations("common.errors");
  return useCallback((error: unknown) => errorMessage(error, t), [t]);
}
