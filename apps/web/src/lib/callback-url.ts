const BASE = "http://arco.invalid";

/**
 * Where to go after signing in. Only a path on this site is accepted: an absolute URL, a
 * protocol-relative `//host` or a backslash trick (`/\host`, which browsers treat as `//host`)
 * would turn the sign-in page into an open redirect.
 */
export function safeCallbackUrl(value: unknown): string;
export function safeCallbackUrl<F extends string | null>(value: unknown, fallback: F): string | F;
export function safeCallbackUrl(value: unknown, fallback: string | null = "/dashboard") {
  if (typeof value !== "string" || !value.startsWith("/") || /^\/[/\\]/.test(value)) {
    return fallback;
  }
  // Control characters and backslashes anywhere are never part of a link we produce.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  const url = URL.parse(value, BASE);
  // Dot segments can normalise `/..//host` into `//host`: check the result, not just the input.
  if (!url || url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Where a signed-in person goes when no page asked to be returned to: agency staff without an
 * organization of their own work in the admin area, everyone else in their dashboard.
 */
export function homeFor(me: { staffRole: string | null; activeOrg: object | null }) {
  return me.staffRole && !me.activeOrg ? "/admin" : "/dashboard";
}

/** `/sign-in?callbackUrl=…` (or sign-up) for a page that should be returned to afterwards. */
export function withCallbackUrl(path: "/sign-in" | "/sign-up", callbackUrl: string) {
  return `${path}?${new URLSearchParams({ callbackUrl })}` as const;
}

/** Sign-up with the email already filled in, coming back to `callbackUrl` afterwards. */
export function signUpHref(callbackUrl: string, { email }: { email: string }) {
  return `/sign-up?${new URLSearchParams({ email, callbackUrl })}` as const;
}
