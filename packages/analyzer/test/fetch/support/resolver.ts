import type { LookupFunction } from "../../../src/fetch";

/**
 * A resolver from a case's `dns` map: `{ name: [addresses] }`, or for rebinding
 * `{ name: [[first answer], [second answer], …] }` (the last answer repeats). Unknown names fail
 * like NXDOMAIN. Records every query so tests can see how often a name was resolved.
 */
export function mapResolver(map: Record<string, ReadonlyArray<string | readonly string[]>>) {
  const queries: string[] = [];
  const counts = new Map<string, number>();
  const lookup: LookupFunction = async (hostname) => {
    const name = hostname.toLowerCase().replace(/\.$/, "");
    queries.push(name);
    const entry = map[name];
    if (entry === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: "ENOTFOUND" });
    }
    const n = counts.get(name) ?? 0;
    counts.set(name, n + 1);
    const successive = entry.length > 0 && Array.isArray(entry[0]);
    const answer = successive
      ? (entry[Math.min(n, entry.length - 1)] as readonly string[])
      : (entry as readonly string[]);
    return answer.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  return { lookup, queries };
}
