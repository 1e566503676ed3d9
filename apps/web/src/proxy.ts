import { NextResponse } from "next/server";
import type { NextRequest } from "next/server";

/**
 * Layouts don't receive the URL, but the signed-out redirect must come back to the exact page
 * (`/sign-in?callbackUrl=/dashboard/members`). The path travels in a request header; it is only
 * ever used as a callback URL, which the sign-in page validates. (API routes are left alone: a
 * proxy makes Next.js buffer request bodies, and uploads must stream.)
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-arco-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/dashboard/:path*", "/admin/:path*"] };
