import { TRPCClientError } from "@trpc/client";

import type { AppRouter } from "@arco/api";

type ApiError = TRPCClientError<AppRouter>;

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

const FALLBACK: Record<string, string> = {
  TOO_MANY_REQUESTS: "Too many attempts. Wait a moment and try again.",
  SERVICE_UNAVAILABLE: "This is temporarily unavailable. Try again in a minute.",
  UNAUTHORIZED: "Your session has ended. Sign in again.",
  FORBIDDEN: "You don’t have permission to do that.",
  NOT_FOUND: "That no longer exists.",
  INTERNAL_SERVER_ERROR: "Something went wrong on our side. Try again.",
};

/**
 * A sentence to show the person. Service errors are written for users and arrive as they are;
 * crashes and network failures get a plain fallback instead of a stack-trace fragment.
 */
export function errorMessage(
  error: unknown,
  fallback = "Something went wrong. Try again.",
): string {
  const apiError = asApiError(error);
  if (!apiError) return fallback;
  const code = apiError.data?.code;
  if (!code) return "We couldn’t reach Arco. Check your connection and try again.";
  if (code === "INTERNAL_SERVER_ERROR") return FALLBACK[code]!;
  if (code === "BAD_REQUEST" && apiError.data?.zodError) return "Check the highlighted fields.";
  return apiError.message || FALLBACK[code] || fallback;
}
