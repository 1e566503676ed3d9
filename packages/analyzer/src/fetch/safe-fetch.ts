/**
 * `safeFetch`: the only way Arco fetches a URL a user gave it. See README.md ("safeFetch").
 *
 * Layers, in order: raw-input and URL rules (policy.ts) → pre-flight DNS check (early, clear
 * errors) → a per-call undici Agent whose connector resolves again and checks every address it
 * will connect to (connector.ts: the authoritative check, immune to DNS rebinding) → manual
 * redirects, each hop re-checked from the top → deadlines → content-type → a decoded-size cap
 * while streaming (body.ts).
 */
import type { IncomingHttpHeaders } from "node:http";

import { Agent, request } from "undici";

import type { AllowList } from "./address.ts";
import { parseAllowList } from "./address.ts";
import {
  ACCEPT_ENCODING,
  decodeText,
  parseContentEncoding,
  parseContentType,
  readBody,
  tooLarge,
} from "./body.ts";
import type { ConnectTrace, LookupFunction } from "./connector.ts";
import {
  connectionFailed,
  createGuardedConnector,
  formatSeconds,
  originKey,
  resolveHost,
  systemLookup,
} from "./connector.ts";
import { fetchEnv } from "./env.ts";
import type { SafeFetchStage } from "./errors.ts";
import { SafeFetchError } from "./errors.ts";
import type { CheckedUrl } from "./policy.ts";
import { blockedMessage, checkDestination, checkUrl, portBlocked } from "./policy.ts";

export const SAFE_FETCH_DEFAULTS = {
  userAgent: "ArcoBot/1.0 (+https://arco.test/bot)",
  accept: ["text/html", "application/xhtml+xml"] as readonly string[],
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 10_000,
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
} as const;

export interface SafeFetchOptions {
  /** Default GET. HEAD returns an empty body. */
  method?: "GET" | "HEAD";
  /**
   * MIME types accepted for a 2xx response body (`text/html`, `text/*`, `*\/*`); anything else
   * fails with NOT_HTML before the body is read. A response without Content-Type is accepted.
   * Non-2xx responses are returned whatever their type. Default: text/html, application/xhtml+xml.
   */
  accept?: readonly string[];
  /**
   * Which final statuses are returned; others fail with HTTP_ERROR. Default: every status (the
   * analyzer reports 404 pages too). For "reject >= 400": `(status) => status < 400`.
   */
  acceptStatus?: (status: number) => boolean;
  /** Cap on DECODED (decompressed) body bytes; TOO_LARGE past it. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed (each re-checked), at most 5. Default 5. */
  maxRedirects?: number;
  /** DNS + TCP + TLS budget of one connection. Default 5 s. */
  connectTimeoutMs?: number;
  /** Request sent → response headers received (time to first byte). Default 10 s. */
  headersTimeoutMs?: number;
  /** Overall deadline for everything, redirects and body included. Default 15 s. */
  timeoutMs?: number;
  /** Default "ArcoBot/1.0 (+https://arco.test/bot)". */
  userAgent?: string;
  /**
   * Hosts / IPs / CIDRs reachable although not public, on ports 80 and 443 unless the entry names
   * one (`127.0.0.1:3000`, `[::1]:3000`; syntax in env.ts). Default: the operator's
   * ANALYZER_FETCH_ALLOW (empty unless configured). Never pass anything derived from user input.
   */
  allow?: readonly string[];
  /** DNS resolver; default the system resolver. Tests inject one (never real DNS). */
  lookup?: LookupFunction;
  /** Cancels the fetch; its reason is rethrown as is (not a SafeFetchError). */
  signal?: AbortSignal;
}

export interface SafeFetchTiming {
  /** DNS lookup of the connection that served the final response (absent for an IP literal). */
  dnsMs?: number;
  /** TCP (+ TLS) handshake of that connection (it may have been opened by an earlier hop). */
  connectMs?: number;
  /** Request sent → response headers (server response time, like Lighthouse's TTFB). */
  ttfbMs: number;
  /** The whole call: every redirect, DNS, connect and the body. */
  totalMs: number;
}

export interface SafeFetchResult {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  /**
   * Response headers, lower-case names; repeated fields joined with ", " (like `Headers.get`).
   * `set-cookie` values are also in `setCookie`, one entry per cookie.
   */
  headers: Record<string, string>;
  setCookie: string[];
  /** The MIME type from Content-Type (`text/html`), lower case; undefined when absent. */
  contentType?: string;
  /**
   * The body decoded to text: BOM, then the Content-Type charset, then `<meta charset>` (HTML),
   * else UTF-8. Empty for HEAD.
   */
  body: string;
  /** The encoding used to decode `body` (WHATWG name, e.g. "utf-8", "windows-1252"). */
  charset: string;
  /** URLs that answered with a redirect, in order (the first is the requested URL). */
  redirects: string[];
  timing: SafeFetchTiming;
  /** Body bytes as received (compressed size; chunked framing and headers excluded). */
  transferBytes: number;
  /** Body bytes after content decoding (gzip/br/deflate/zstd). */
  decodedBytes: number;
  /** "2" when negotiated by ALPN, else "1.1" (undici speaks HTTP/1.1 over cleartext). */
  httpVersion: "1.1" | "2";
  /** The IP address the final response came from. */
  remoteAddress?: string;
}

/** Drops a body we will not read (its "aborted" error is expected, not a failure). */
function discard(body: NodeJS.ReadableStream & { destroy(): void }) {
  body.on("error", () => {});
  body.destroy();
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

let envAllowList: AllowList | undefined;
const configuredAllowList = () => (envAllowList ??= parseAllowList(fetchEnv.ANALYZER_FETCH_ALLOW));

function acceptHeader(types: readonly string[]) {
  return [...types, "*/*;q=0.8"].join(",");
}

function isAccepted(type: string | undefined, accepted: readonly string[]) {
  if (type === undefined) return true;
  return accepted.some((entry) => {
    const want = entry.trim().toLowerCase();
    if (want === "*/*" || want === type) return true;
    return want.endsWith("/*") && type.startsWith(want.slice(0, -1));
  });
}

function normalizeHeaders(raw: IncomingHttpHeaders) {
  const headers: Record<string, string> = {};
  let setCookie: string[] = [];
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const values = Array.isArray(value) ? value : [value];
    if (key === "set-cookie") setCookie = values;
    headers[key] = values.join(", ");
  }
  return { headers, setCookie };
}

/** A Location header arrives as latin1 text; servers that send raw UTF-8 mean UTF-8. */
function decodeLocation(value: string) {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(value)) return value;
  const utf8 = Buffer.from(value, "latin1").toString("utf8");
  return utf8.includes("\ufffd") ? value : utf8;
}

/**
 * Fetches a user-supplied URL safely. Resolves with the final response (any status unless
 * `acceptStatus` says otherwise); rejects with a `SafeFetchError` (or the caller's abort reason).
 */
export async function safeFetch(
  input: string,
  options: SafeFetchOptions = {},
): Promise<SafeFetchResult> {
  const started = performance.now();
  const settings = {
    method: options.method ?? "GET",
    accept: options.accept ?? SAFE_FETCH_DEFAULTS.accept,
    acceptStatus: options.acceptStatus ?? (() => true),
    maxBytes: options.maxBytes ?? SAFE_FETCH_DEFAULTS.maxBytes,
    connectTimeoutMs: options.connectTimeoutMs ?? SAFE_FETCH_DEFAULTS.connectTimeoutMs,
    headersTimeoutMs: options.headersTimeoutMs ?? SAFE_FETCH_DEFAULTS.headersTimeoutMs,
    timeoutMs: options.timeoutMs ?? SAFE_FETCH_DEFAULTS.timeoutMs,
    userAgent: options.userAgent ?? SAFE_FETCH_DEFAULTS.userAgent,
  };
  const maxRedirects = Math.min(
    Math.max(0, options.maxRedirects ?? SAFE_FETCH_DEFAULTS.maxRedirects),
    SAFE_FETCH_DEFAULTS.maxRedirects,
  );
  const allow = options.allow ? parseAllowList(options.allow) : configuredAllowList();
  const lookup = options.lookup ?? systemLookup(allow);

  const deadline = AbortSignal.timeout(settings.timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;

  const connections = new Map<string, ConnectTrace>();
  /** The connection opened for the current hop, if it needed a new one. */
  const hop: { connection?: ConnectTrace } = {};
  const agent = new Agent({
    connect: createGuardedConnector({
      allow,
      lookup,
      connectTimeoutMs: settings.connectTimeoutMs,
      signal,
      onConnect: (origin, trace) => {
        connections.set(origin, trace);
        hop.connection = trace;
      },
    }),
    headersTimeout: settings.headersTimeoutMs,
    // Node's default, fixed here so a process flag cannot raise it.
    maxHeaderSize: 16 * 1024,
    // Per-chunk idle limit only: the overall deadline is what stops a drip feed.
    bodyTimeout: settings.headersTimeoutMs,
    keepAliveTimeout: 5_000,
    connections: 1,
  });

  let stage: SafeFetchStage = "parse";
  let currentUrl = typeof input === "string" ? input.slice(0, 200) : "";
  let status: number | undefined;

  /** Maps anything thrown into a SafeFetchError (the caller's own abort passes through). */
  const toError = (error: unknown): unknown => {
    if (error instanceof SafeFetchError) return error;
    if (options.signal?.aborted) return options.signal.reason;
    if (deadline.aborted) {
      return new SafeFetchError(
        "TIMEOUT",
        stage,
        `The site took longer than ${formatSeconds(settings.timeoutMs)} to load.`,
        { url: currentUrl, status, detail: "overall deadline", cause: error },
      );
    }
    const code = String((error as { code?: unknown })?.code ?? "");
    const name = String((error as { name?: unknown })?.name ?? "");
    if (code === "UND_ERR_HEADERS_TIMEOUT") {
      return new SafeFetchError(
        "TIMEOUT",
        "response",
        `The server did not start answering within ${formatSeconds(settings.headersTimeoutMs)}.`,
        { url: currentUrl, detail: code, cause: error },
      );
    }
    if (code === "UND_ERR_BODY_TIMEOUT") {
      return new SafeFetchError(
        "TIMEOUT",
        "response",
        `The server stopped sending the page for more than ${formatSeconds(settings.headersTimeoutMs)}.`,
        { url: currentUrl, status, detail: code, cause: error },
      );
    }
    if (code === "UND_ERR_CONNECT_TIMEOUT") {
      return new SafeFetchError(
        "TIMEOUT",
        "connect",
        `The site did not accept a connection within ${formatSeconds(settings.connectTimeoutMs)}.`,
        { url: currentUrl, detail: code, cause: error },
      );
    }
    if (code === "UND_ERR_RES_EXCEEDED_MAX_SIZE") return tooLarge(settings.maxBytes, currentUrl);
    if (code === "UND_ERR_HEADERS_OVERFLOW") {
      return new SafeFetchError(
        "INVALID_RESPONSE",
        "response",
        "The server sent an invalid response (its headers are larger than 16 KB).",
        { url: currentUrl, status, detail: code, cause: error },
      );
    }
    if (
      code.startsWith("HPE_") ||
      name === "HTTPParserError" ||
      code === "UND_ERR_RES_CONTENT_LENGTH_MISMATCH" ||
      code === "UND_ERR_INVALID_ARG" ||
      code === "ERR_HTTP2_PROTOCOL_ERROR" ||
      code === "ERR_HTTP2_STREAM_ERROR"
    ) {
      return new SafeFetchError(
        "INVALID_RESPONSE",
        "response",
        "The server sent an invalid HTTP response.",
        { url: currentUrl, status, detail: `${code || name}: ${String(error)}`, cause: error },
      );
    }
    return connectionFailed(error, currentUrl, "response");
  };

  /** Pre-flight DNS: early, specific errors. The connector checks again at connect time. */
  const preflight = async (target: CheckedUrl, isHop: boolean) => {
    if (target.ipLiteral) return;
    stage = isHop ? "redirect" : "dns";
    const addresses = await resolveHost(
      lookup,
      target.host,
      settings.connectTimeoutMs,
      signal,
      stage,
      target.url.href,
    );
    for (const address of addresses) {
      const verdict = checkDestination(allow, target, address);
      if (!verdict.ok) {
        if (verdict.port)
          throw portBlocked(target.port, isHop ? "redirect" : "policy", target.url.href);
        throw new SafeFetchError("SSRF_BLOCKED", stage, blockedMessage, {
          url: target.url.href,
          detail: `${target.host} -> ${address}: ${verdict.reason}`,
        });
      }
    }
  };

  try {
    let target = checkUrl(input, allow);
    const redirects: string[] = [];

    for (;;) {
      currentUrl = target.url.href;
      await preflight(target, redirects.length > 0);

      stage = "connect";
      hop.connection = undefined;
      const hopStart = performance.now();
      const response = await request(target.url, {
        dispatcher: agent,
        method: settings.method,
        headers: {
          "user-agent": settings.userAgent,
          accept: acceptHeader(settings.accept),
          "accept-encoding": ACCEPT_ENCODING,
          "accept-language": "en-US,en;q=0.9",
        },
        signal,
      });
      const headersAt = performance.now();
      // Set by the connector when this hop opened a new connection (TS cannot see the callback).
      const fresh = hop.connection as ConnectTrace | undefined;
      stage = "response";
      status = response.statusCode;

      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && typeof location === "string" && location !== "") {
        discard(response.body);
        stage = "redirect";
        if (redirects.length >= maxRedirects) {
          throw new SafeFetchError(
            "TOO_MANY_REDIRECTS",
            "redirect",
            `The page redirected more than ${maxRedirects} times.`,
            { url: currentUrl, status },
          );
        }
        redirects.push(currentUrl);
        target = checkUrl(decodeLocation(location), allow, { base: target.url });
        status = undefined;
        continue;
      }

      const { headers, setCookie } = normalizeHeaders(response.headers);
      const contentType = parseContentType(headers["content-type"]);
      if (!settings.acceptStatus(status)) {
        discard(response.body);
        throw new SafeFetchError("HTTP_ERROR", "response", `The server answered ${status}.`, {
          url: currentUrl,
          status,
        });
      }
      if (status >= 200 && status < 300 && !isAccepted(contentType.type, settings.accept)) {
        discard(response.body);
        throw new SafeFetchError(
          "NOT_HTML",
          "response",
          `The address returned ${contentType.type} instead of ${settings.accept.join(" or ")}.`,
          { url: currentUrl, status },
        );
      }
      const declaredLength = Number(headers["content-length"]);
      if (
        settings.method !== "HEAD" &&
        Number.isFinite(declaredLength) &&
        declaredLength > settings.maxBytes
      ) {
        discard(response.body);
        throw tooLarge(settings.maxBytes, currentUrl, status);
      }

      const body =
        settings.method === "HEAD"
          ? (discard(response.body), { bytes: new Uint8Array(), transferBytes: 0, decodedBytes: 0 })
          : await readBody(
              response.body,
              parseContentEncoding(headers["content-encoding"]),
              settings.maxBytes,
              signal,
              { url: currentUrl, status },
            );
      const text = decodeText(
        body.bytes,
        contentType.charset,
        contentType.type === undefined || contentType.type.includes("html"),
      );

      const connection =
        fresh ?? connections.get(originKey(target.url.protocol, target.host, target.port));
      const requestSentAt = Math.max(hopStart, fresh?.connectedAt ?? hopStart);
      return {
        url: currentUrl,
        status,
        headers,
        setCookie,
        contentType: contentType.type,
        body: text.text,
        charset: text.charset,
        redirects,
        timing: {
          dnsMs: connection?.dnsMs,
          connectMs: connection?.connectMs,
          ttfbMs: headersAt - requestSentAt,
          totalMs: performance.now() - started,
        },
        transferBytes: body.transferBytes,
        decodedBytes: body.decodedBytes,
        httpVersion: connection?.protocol === "h2" ? "2" : "1.1",
        remoteAddress: connection?.remoteAddress,
      };
    }
  } catch (error) {
    throw toError(error);
  } finally {
    agent.destroy().catch(() => {});
  }
}
