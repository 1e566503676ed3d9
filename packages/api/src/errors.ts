/**
 * The one error map: every service error code with the tRPC code and the HTTP status it is
 * answered with, side by side. tRPC procedures and route handlers (file transfers, webhooks,
 * the public API) answer a failure the same way; a test checks the two columns agree.
 */
import { defaultLocale } from "@arco/i18n/locales";
import type { Locale } from "@arco/i18n/locales";
import { translateMessage } from "@arco/i18n/translate";
import { ServiceError } from "@arco/services";
import type { ServiceErrorCode } from "@arco/services";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

export const errorMap = {
  BAD_REQUEST: { trpc: "BAD_REQUEST", http: 400 },
  UNAUTHORIZED: { trpc: "UNAUTHORIZED", http: 401 },
  FORBIDDEN: { trpc: "FORBIDDEN", http: 403 },
  NOT_FOUND: { trpc: "NOT_FOUND", http: 404 },
  CONFLICT: { trpc: "CONFLICT", http: 409 },
  PRECONDITION_FAILED: { trpc: "PRECONDITION_FAILED", http: 412 },
  QUOTA_EXCEEDED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  INSUFFICIENT_CREDITS: { trpc: "PAYMENT_REQUIRED", http: 402 },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", http: 429 },
  UNAVAILABLE: { trpc: "SERVICE_UNAVAILABLE", http: 503 },
} as const satisfies Record<ServiceErrorCode, { trpc: TRPC_ERROR_CODE_KEY; http: number }>;

/** What a client is told when something unexpected failed: no internals, ever. */
export const INTERNAL_MESSAGE = "Something went wrong on our side. Please try again.";

const noStore = { "Cache-Control": "private, no-store" };

/**
 * A route handler's answer to a failure: `{ error: { code, message, retryAfterSeconds? } }`
 * with the status from the map, the message in `locale`. Anything that is not a service error is
 * the caller's to log; it is answered 500 without detail.
 */
export function errorResponse(error: unknown, locale: Locale = defaultLocale) {
  if (!(error instanceof ServiceError)) {
    return Response.json(
      { error: { code: "INTERNAL", message: translateMessage(INTERNAL_MESSAGE, locale) } },
      { status: 500, headers: noStore },
    );
  }
  const retry = error.retryAfterSeconds;
  return Response.json(
    {
      error: {
        code: error.code,
        message: translateMessage(error.message, locale),
        ...(retry === undefined ? {} : { retryAfterSeconds: retry }),
      },
    },
    {
      status: errorMap[error.code].http,
      headers: { ...noStore, ...(retry === undefined ? {} : { "Retry-After": String(retry) }) },
    },
  );
}
