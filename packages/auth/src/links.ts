import { env } from "./env";

/**
 * Links in emails are built on APP_URL, never on the request's Host header, which the client
 * writes: a forged Host would otherwise send someone's sign-in token to a stranger's site.
 */
export function onAppUrl(url: string, appUrl = env.APP_URL) {
  const { pathname, search } = new URL(url);
  return new URL(`${pathname}${search}`, appUrl).toString();
}

/**
 * Where Auth.js sends the browser after signing in or out: always a page of APP_URL. Auth.js
 * builds these from the request's URL, which Next.js rewrites (127.0.0.1 becomes localhost) and
 * a client can influence; a redirect anywhere else than this site is refused for the home page.
 */
export function redirectOnApp(url: string, baseUrl: string, appUrl = env.APP_URL) {
  const target = URL.parse(url, baseUrl);
  const ours =
    target &&
    (target.origin === new URL(baseUrl).origin || target.origin === new URL(appUrl).origin);
  return ours ? onAppUrl(target.toString(), appUrl) : new URL("/", appUrl).toString();
}
