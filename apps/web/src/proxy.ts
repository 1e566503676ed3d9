import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";

import { env } from "~/env";
import { contentSecurityPolicy, newNonce } from "~/lib/content-security-policy";

/**
 * Runs before every page (not API routes: a proxy makes Next.js buffer request bodies, and
 * uploads must stream):
 * - the Content-Security-Policy with a nonce of this response's own. Next.js reads it from the
 *   request to put the nonce on its scripts; `x-nonce` hands it to the layout for ours.
 * - the page's path in `x-arco-path`: layouts don't receive the URL, but the signed-out
 *   redirect must come back to the exact page. It is only ever used as a callback URL, which
 *   the sign-in page validates.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  headers.set("x-arco-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon|apple-icon).*)",
      // Prefetches render nothing new; they keep the policy of the page that made them.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
