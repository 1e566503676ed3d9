import "server-only";

import { headers } from "next/headers";

import { safeCallbackUrl } from "./callback-url";

/** The path of the page being rendered (set by proxy.ts), for redirects that come back to it. */
export async function requestPath(fallback: string) {
  return safeCallbackUrl((await headers()).get("x-arco-path"), fallback);
}
