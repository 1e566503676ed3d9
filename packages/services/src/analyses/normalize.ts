/**
 * The key analyses of "the same page" share, for history and trend charts: host lower-cased,
 * default port, fragment and tracking parameters dropped, query otherwise kept.
 */
export function normalizeAnalyzedUrl(input: string): string {
  const url = new URL(input);
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) {
    if (/^(utm_|fbclid$|gclid$|mc_eid$|ref$)/i.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  return url.toString();
}
