import { getDomain } from "tldts";

export function tryParseUrl(input: string, base?: string | URL): URL | null {
  try {
    return base === undefined ? new URL(input) : new URL(input, base);
  } catch {
    return null;
  }
}

/**
 * What a URL-reflecting IDL attribute (`a.href`, `link.href`) returns: '' when the attribute
 * is absent, the resolved URL when it parses, else the raw attribute value.
 */
export function reflectUrl(raw: string | undefined, base: string): string {
  if (raw === undefined) return "";
  const parsed = tryParseUrl(raw.trim(), base);
  return parsed ? parsed.href : raw;
}

export function equalIgnoringFragment(a: string, b: string): boolean {
  const ua = tryParseUrl(a);
  const ub = tryParseUrl(b);
  if (!ua || !ub) return false;
  ua.hash = "";
  ub.hash = "";
  return ua.href === ub.href;
}

/** Hosts Chrome and Lighthouse treat as secure without TLS. */
export function isLocalhostLike(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, "");
  return (
    h === "localhost" || h.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(h) || h === "[::1]"
  );
}

const SECURE_SCHEMES = new Set([
  "https:",
  "wss:",
  "data:",
  "blob:",
  "about:",
  "file:",
  "chrome:",
  "chrome-extension:",
  "javascript:",
]);

/** Would a request to this URL count as secure for Lighthouse's `is-on-https`? */
export function isSecureRequestUrl(url: URL): boolean {
  return SECURE_SCHEMES.has(url.protocol) || isLocalhostLike(url.hostname);
}

/**
 * The registrable domain ("site") of a host, by the Public Suffix List with its private section:
 * `shop.clinica.odo.br` → `clinica.odo.br`, `ana.github.io` → `ana.github.io` (each GitHub Pages
 * user is a site of their own). An IP address or a bare suffix is its own site.
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
