/**
 * The URL rules of `safeFetch`, applied to the user's input and again to every redirect target.
 * Everything here runs before any DNS query or connection.
 */
import { isIP } from "node:net";

import type { AddressVerdict, AllowList } from "./address.ts";
import {
  WEB_PORTS,
  checkHostName,
  checkPublicAddress,
  isAddressAllowListed,
  isHostAllowListed,
  isHostNameTooLong,
} from "./address.ts";
import type { SafeFetchStage } from "./errors.ts";
import { SafeFetchError } from "./errors.ts";

export const MAX_URL_LENGTH = 4096;

/**
 * The port a URL connects to: its explicit port, else its scheme's default. The policy and the
 * connector both take the port from here, so the port checked is the port dialled (`:0` stays 0,
 * where `Number(port) || 80` would check 0 and dial 80).
 */
export const effectivePort = (protocol: string, port: string) =>
  port === "" ? (protocol === "https:" ? 443 : 80) : Number(port);

// C0 controls, space, DEL, C1 controls, backslash, and Unicode whitespace/format characters that
// WHATWG URL parsing strips or rewrites silently (so a validator and a fetcher could disagree).
const FORBIDDEN_RAW =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0020\u007f-\u009f\\\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]/;

export interface CheckedUrl {
  url: URL;
  /** Host without IPv6 brackets, lower case. */
  host: string;
  /** The host is an IP literal (Node will not call `lookup` for it: it is judged here). */
  ipLiteral: boolean;
  port: number;
  /** Host name listed in the allow-list with this port: the address rules are waived. */
  hostAllowListed: boolean;
}

/** A rule violation; the caller turns it into a `SafeFetchError` with its own stage. */
const fail = (
  code: "INVALID_URL" | "SSRF_BLOCKED",
  stage: SafeFetchStage,
  message: string,
  url: string,
  detail?: string,
) => new SafeFetchError(code, stage, message, { url, detail });

export const blockedMessage =
  "This address points to a private, local or reserved network, which Arco does not fetch.";

/**
 * Parses and checks a URL. `base` resolves a relative redirect Location. Stages: `parse` for the
 * raw text and syntax, `policy` for the rules (both reported as `redirect` for a redirect hop).
 */
export function checkUrl(raw: unknown, allow: AllowList, hop?: { base: URL }): CheckedUrl {
  const parseStage: SafeFetchStage = hop ? "redirect" : "parse";
  const policyStage: SafeFetchStage = hop ? "redirect" : "policy";
  const shown = typeof raw === "string" ? raw.slice(0, 200) : String(raw);

  if (typeof raw !== "string" || raw.length === 0) {
    throw fail(
      "INVALID_URL",
      parseStage,
      "Enter a web address starting with http:// or https://.",
      shown,
    );
  }
  if (raw.length > MAX_URL_LENGTH) {
    throw fail("INVALID_URL", parseStage, "This web address is too long.", shown);
  }
  if (FORBIDDEN_RAW.test(raw)) {
    throw fail(
      "INVALID_URL",
      parseStage,
      "The web address contains spaces, control characters or a backslash. Remove them and try again.",
      shown,
    );
  }

  let url: URL;
  try {
    url = hop ? new URL(raw, hop.base) : new URL(raw);
  } catch {
    throw fail("INVALID_URL", parseStage, "This is not a valid web address.", shown);
  }
  const href = url.href;

  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw fail(
      "INVALID_URL",
      parseStage,
      `Only http:// and https:// addresses can be analyzed (unsupported scheme ${url.protocol}).`,
      href,
    );
  }

  // The authority exactly as written. An absolute URL must be spelled scheme://authority: no
  // "http:/x" or "http:x" shorthand, which WHATWG repairs but other parsers read differently.
  // A relative redirect Location has no authority of its own and takes the base's.
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(raw);
  let rawAuthority: string | undefined;
  if (absolute || raw.startsWith("//")) {
    const rest = raw.slice(absolute ? raw.indexOf(":") + 1 : 0);
    if (!/^\/\/[^/]/.test(rest)) {
      throw fail("INVALID_URL", parseStage, "This is not a valid web address.", href);
    }
    rawAuthority = rest.slice(2).split(/[/?#]/, 1)[0] ?? "";
  }

  if (url.username !== "" || url.password !== "" || rawAuthority?.includes("@")) {
    throw fail(
      "INVALID_URL",
      policyStage,
      "Addresses with a user name or password (user@host) are not supported.",
      href,
    );
  }

  const host = url.hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (host === "") throw fail("INVALID_URL", parseStage, "This web address has no host.", href);

  const ipLiteral = isIP(host) !== 0;
  // No such name can exist in DNS: refuse it here rather than hand it to a resolver.
  if (!ipLiteral && isHostNameTooLong(host)) {
    throw fail(
      "INVALID_URL",
      parseStage,
      "The host name of this web address is too long (at most 253 characters, 63 between dots).",
      href,
    );
  }

  const port = effectivePort(url.protocol, url.port);
  // Port 0 is no server's port, and socket layers read it as "any" or "default": never allowed.
  if (port === 0) throw portBlocked(port, policyStage, href);
  const hostAllowListed = !ipLiteral && isHostAllowListed(allow, host, port);

  if (ipLiteral) {
    const allowListed = isAddressAllowListed(allow, host, port);
    if (!allowListed) {
      const verdict = checkPublicAddress(host);
      if (!verdict.ok)
        throw fail("SSRF_BLOCKED", policyStage, blockedMessage, href, verdict.reason);
      // 2130706433, 0x7f.1, 127.1, 1.2.3.4. … are rewritten by WHATWG; refuse anything but the
      // plain dotted quad so what we log and what a user sees is what we connect to.
      if (isIP(host) === 4 && rawAuthority !== undefined) {
        const rawHost = rawAuthority.replace(/:\d*$/, "").toLowerCase();
        if (rawHost !== host) {
          throw fail(
            "SSRF_BLOCKED",
            policyStage,
            "IP addresses must be written in the usual dotted form (like 93.184.216.34).",
            href,
            `non-canonical IPv4 host ${rawHost}`,
          );
        }
      }
    }
    if (!allowListed && !WEB_PORTS.has(port)) throw portBlocked(port, policyStage, href);
  } else if (!hostAllowListed) {
    const verdict = checkHostName(host);
    if (!verdict.ok) throw fail("SSRF_BLOCKED", policyStage, blockedMessage, href, verdict.reason);
    // A non-web port is only reachable when every address the name resolves to is allow-listed
    // with that port: when no entry opens it, that can never be, so refuse now.
    if (!WEB_PORTS.has(port) && !allow.ranges.some(({ ports }) => ports.has(port))) {
      throw portBlocked(port, policyStage, href);
    }
  }

  return { url, host, ipLiteral, port, hostAllowListed };
}

export const portBlocked = (port: number, stage: SafeFetchStage, url: string) =>
  new SafeFetchError(
    "SSRF_BLOCKED",
    stage,
    `Port ${port} is not allowed: Arco only fetches web pages on the standard ports 80 and 443.`,
    { url, detail: `port ${port}` },
  );

/**
 * The rule for one resolved (or literal) address of a destination. Used by the pre-flight DNS
 * check and, authoritatively, inside the connection's own lookup.
 */
export function checkDestination(
  allow: AllowList,
  target: { host: string; port: number; hostAllowListed: boolean },
  address: string,
): AddressVerdict & { port?: boolean } {
  if (target.hostAllowListed || isAddressAllowListed(allow, address, target.port)) {
    return { ok: true };
  }
  if (!WEB_PORTS.has(target.port)) return { ok: false, reason: `port ${target.port}`, port: true };
  return checkPublicAddress(address);
}
