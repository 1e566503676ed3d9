/**
 * The typed errors of `safeFetch`. `message` is written for the person who pasted the URL and never
 * contains internal detail (no resolved addresses, no stack): show it as is. `detail` is for logs
 * only — it may name the internal address a host resolved to, which must not reach the user.
 */
export const SAFE_FETCH_ERROR_CODES = [
  /** The input is not an acceptable http(s) URL (scheme, syntax, whitespace, userinfo). */
  "INVALID_URL",
  /** The destination is not a public web server (private/reserved address, port, local name). */
  "SSRF_BLOCKED",
  /** The host name does not resolve. */
  "DNS_FAILURE",
  /** A deadline passed: DNS + connect, time to first byte, or the overall deadline. */
  "TIMEOUT",
  /** The decoded (decompressed) body is larger than the cap. */
  "TOO_LARGE",
  /** More redirects than allowed. */
  "TOO_MANY_REDIRECTS",
  /** A 2xx response whose Content-Type is not one the caller accepts. */
  "NOT_HTML",
  /** Status >= 400 and the caller asked to reject it (`acceptStatus`). */
  "HTTP_ERROR",
  /** The connection could not be made or broke (refused, reset, TLS failure). */
  "CONNECTION_FAILED",
  /** The server answered with something that is not valid HTTP (oversized headers, bad encoding). */
  "INVALID_RESPONSE",
] as const;

export type SafeFetchErrorCode = (typeof SAFE_FETCH_ERROR_CODES)[number];

/**
 * Where the request was stopped: `parse` (the raw input), `policy` (URL rules, before any DNS or
 * connection), `dns` (the pre-flight resolution), `connect` (inside the connection's own lookup and
 * socket), `redirect` (checking a Location before following it), `response` (headers or body).
 */
export type SafeFetchStage = "parse" | "policy" | "dns" | "connect" | "redirect" | "response";

export class SafeFetchError extends Error {
  override readonly name = "SafeFetchError";
  readonly code: SafeFetchErrorCode;
  readonly stage: SafeFetchStage;
  /** The URL being fetched when it failed (the redirect target for a redirect hop). */
  readonly url?: string;
  /** The HTTP status, for `HTTP_ERROR`, `NOT_HTML` and errors while reading a body. */
  readonly status?: number;
  /** Internal detail for logs (may contain a resolved private address): never show to users. */
  readonly detail?: string;

  constructor(
    code: SafeFetchErrorCode,
    stage: SafeFetchStage,
    message: string,
    options: { url?: string; status?: number; detail?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.stage = stage;
    this.url = options.url;
    this.status = options.status;
    this.detail = options.detail;
  }
}

export const isSafeFetchError = (error: unknown): error is SafeFetchError =>
  error instanceof SafeFetchError;
