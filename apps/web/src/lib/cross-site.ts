import { env } from "~/env";

/**
 * Whether a request that changes something was sent by a page of another site: such a request
 * rides on the visitor's cookies without the visitor meaning it (CSRF). Browsers say where a
 * request comes from (`Sec-Fetch-Site`, `Origin`); requests without either are not a browser's
 * and carry no one's cookies by accident.
 */
export function isCrossSite(headers: Headers, appOrigin: string): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return true;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = URL.parse(origin)?.host;
  return !host || (host !== headers.get("host") && host !== new URL(appOrigin).host);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const changesState = (method: string) => !SAFE_METHODS.has(method.toUpperCase());

/**
 * The answer to a state-changing request another site's page sent, or null to go on. Route
 * handlers that change something call it first (tRPC, uploads; Auth.js checks its own CSRF
 * token, and /api/inngest takes signed calls from Inngest only).
 */
export function refuseCrossSite(request: Request): Response | null {
  if (!changesState(request.method) || !isCrossSite(request.headers, env.APP_URL)) {
    return null;
  }
  return Response.json(
    { error: { code: "FORBIDDEN", message: "Requests from other sites are not accepted." } },
    { status: 403, headers: { "Cache-Control": "no-store" } },
  );
}
