/**
 * Which IP addresses Arco may connect to on behalf of a user: public unicast only.
 *
 * Two independent checks must both pass, so a gap in one (ipaddr.js classes some special ranges as
 * "unicast") is covered by the other:
 * 1. ipaddr.js: after `process()` (which unmaps IPv4-mapped IPv6), `range()` must be "unicast";
 * 2. our own deny-lists of the IANA special-purpose registries, and for IPv6 a positive rule: only
 *    global unicast 2000::/3 is reachable (this excludes ::/96 IPv4-compatible, ::ffff:0:0:0/96,
 *    fc00::/7, fe80::/10, fec0::/10, ff00::/8, 100::/64, 5f00::/16 …).
 * NAT64 (64:ff9b::/96) is judged by the IPv4 address it embeds; 6to4 and Teredo are always denied.
 */
import { isIP } from "node:net";
import { domainToASCII } from "node:url";

import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Cidr = [Address, number];

const cidrs = (list: ReadonlyArray<readonly [string, string]>) =>
  list.map(([cidr, reason]) => ({ range: ipaddr.parseCIDR(cidr), reason }));

/** IANA IPv4 special-purpose registry plus cloud endpoints that sit in public space. */
const IPV4_DENY = cidrs([
  ["0.0.0.0/8", "'this network' (0.0.0.0/8 reaches local listeners)"],
  ["10.0.0.0/8", "private network (RFC 1918)"],
  ["100.64.0.0/10", "carrier-grade NAT / shared address space (RFC 6598)"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local (cloud metadata lives here)"],
  ["172.16.0.0/12", "private network (RFC 1918)"],
  ["192.0.0.0/24", "IETF protocol assignments (RFC 6890)"],
  ["192.0.2.0/24", "documentation (TEST-NET-1)"],
  ["192.31.196.0/24", "AS112 (RFC 7535)"],
  ["192.52.193.0/24", "AMT (RFC 7450)"],
  ["192.88.99.0/24", "6to4 relay anycast (deprecated)"],
  ["192.168.0.0/16", "private network (RFC 1918)"],
  ["192.175.48.0/24", "AS112 (RFC 7534)"],
  ["198.18.0.0/15", "benchmarking (RFC 2544)"],
  ["198.51.100.0/24", "documentation (TEST-NET-2)"],
  ["203.0.113.0/24", "documentation (TEST-NET-3)"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved (class E)"],
  ["255.255.255.255/32", "limited broadcast"],
  // Public addresses that are really platform endpoints inside the cloud network.
  ["168.63.129.16/32", "Azure platform endpoint (WireServer / IMDS proxy)"],
]);

const IPV6_GLOBAL_UNICAST = ipaddr.parseCIDR("2000::/3");
const IPV6_NAT64_WKP = ipaddr.parseCIDR("64:ff9b::/96");

/** Special ranges inside 2000::/3 (IANA IPv6 special-purpose registry). */
const IPV6_DENY = cidrs([
  ["2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID, AMT …)"],
  ["2001:db8::/32", "documentation"],
  ["2002::/16", "6to4 (embeds an IPv4 address)"],
  ["2620:4f:8000::/48", "AS112"],
  ["3fff::/20", "documentation (RFC 9637)"],
]);

export type AddressVerdict = { ok: true } | { ok: false; reason: string };

const deny = (reason: string): AddressVerdict => ({ ok: false, reason });
const OK: AddressVerdict = { ok: true };

function checkIPv4(address: ipaddr.IPv4): AddressVerdict {
  for (const { range, reason } of IPV4_DENY) {
    if (range[0].kind() === "ipv4" && address.match(range as [ipaddr.IPv4, number])) {
      return deny(reason);
    }
  }
  const range = address.range();
  if (range !== "unicast") return deny(`IPv4 ${range} range`);
  return OK;
}

function checkIPv6(address: ipaddr.IPv6): AddressVerdict {
  if (address.match(IPV6_NAT64_WKP as [ipaddr.IPv6, number])) {
    // NAT64 well-known prefix: on a NAT64 network this reaches the embedded IPv4 address.
    const bytes = address.toByteArray().slice(12);
    const embedded = checkIPv4(new ipaddr.IPv4(bytes));
    return embedded.ok ? OK : deny(`NAT64 address embedding an IPv4 ${embedded.reason}`);
  }
  if (!address.match(IPV6_GLOBAL_UNICAST as [ipaddr.IPv6, number])) {
    const range = address.range();
    return deny(
      range === "unicast"
        ? "IPv6 outside global unicast 2000::/3 (e.g. IPv4-compatible ::/96)"
        : `IPv6 ${range} range`,
    );
  }
  for (const { range, reason } of IPV6_DENY) {
    if (range[0].kind() === "ipv6" && address.match(range as [ipaddr.IPv6, number])) {
      return deny(reason);
    }
  }
  const range = address.range();
  if (range !== "unicast") return deny(`IPv6 ${range} range`);
  return OK;
}

/** Parses a strict IP literal (dotted quad or IPv6, no zone id); undefined when it is not one. */
export function parseIp(text: string): Address | undefined {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  if (bare.includes("%") || isIP(bare) === 0) return undefined;
  // process() turns ::ffff:a.b.c.d into the IPv4 address it maps, so both forms are judged alike.
  return ipaddr.process(bare);
}

/**
 * Is this address a public unicast address Arco may connect to? Anything that is not a strict IP
 * literal (zone ids, shorthand, names) is refused.
 */
export function checkPublicAddress(text: string): AddressVerdict {
  const address = parseIp(text);
  if (!address) return deny("not a plain IP address");
  return address.kind() === "ipv4"
    ? checkIPv4(address as ipaddr.IPv4)
    : checkIPv6(address as ipaddr.IPv6);
}

/** Host names that only mean something inside a network; refused without a DNS query. */
export function checkHostName(hostname: string): AddressVerdict {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (!name.includes(".")) {
    // Single-label names are completed with the resolver's search domains: internal by nature.
    return deny("single-label host name");
  }
  for (const suffix of ["localhost", "local", "internal", "home.arpa", "localdomain"]) {
    if (name === suffix || name.endsWith(`.${suffix}`)) return deny(`.${suffix} host name`);
  }
  return OK;
}

/** DNS limits (RFC 1035): at most 253 characters in a name, 63 in each label. */
export function isHostNameTooLong(hostname: string): boolean {
  const name = hostname.replace(/\.$/, "");
  return name.length > 253 || name.split(".").some((label) => label.length > 63);
}

/** Ports a public page may be fetched on, and those an allow-list entry opens when it names none. */
export const WEB_PORTS: ReadonlySet<number> = new Set([80, 443]);

/**
 * The operator's allow-list: host names (exact) and IP addresses / CIDR ranges that may be reached
 * even though they are not public, each only on the ports its entry opens (80 and 443 unless it
 * names one), so allow-listing a private range does not expose its Redis or SSH. Empty by
 * default; set only by configuration.
 */
export interface AllowList {
  readonly hosts: ReadonlyArray<{ readonly host: string; readonly ports: ReadonlySet<number> }>;
  readonly ranges: ReadonlyArray<{ readonly range: Cidr; readonly ports: ReadonlySet<number> }>;
  readonly size: number;
}

export const EMPTY_ALLOW_LIST: AllowList = { hosts: [], ranges: [], size: 0 };

const normalizeHost = (host: string) => host.toLowerCase().replace(/\.$/, "");

const invalidEntry = (entry: string, why: string) =>
  new Error(`Invalid fetch allow-list entry "${entry}": ${why}.`);

/**
 * Splits an entry into what it names and the ports it opens. IPv6 takes a port only in brackets
 * (`[::1]:3000`): unbracketed, `::1:3000` is itself an address, so an entry that reads both ways
 * is refused rather than guessed.
 */
function splitPort(entry: string): { target: string; ports: ReadonlySet<number> } {
  let target = entry;
  let port: string | undefined;
  if (entry.startsWith("[")) {
    const match = /^\[([^\]]*)\](?::(.*))?$/.exec(entry);
    if (!match) throw invalidEntry(entry, "write a bracketed IPv6 entry as [::1] or [::1]:3000");
    [, target = "", port] = match;
    if (!target.includes(":")) {
      throw invalidEntry(entry, "brackets are only for IPv6 addresses and ranges");
    }
  } else if (entry.indexOf(":") !== entry.lastIndexOf(":")) {
    const at = entry.lastIndexOf(":");
    const [head, tail] = [entry.slice(0, at), entry.slice(at + 1)];
    if (/^\d+$/.test(tail) && (isIP(head) === 6 || ipaddr.isValidCIDR(head))) {
      throw invalidEntry(
        entry,
        `IPv6 takes a port only in brackets: write [${head}]:${tail} for port ${tail}, or [${entry}] for the address`,
      );
    }
  } else if (entry.includes(":")) {
    [target = "", port] = entry.split(":");
  }
  if (port === undefined) return { target, ports: WEB_PORTS };
  if (!/^[1-9]\d{0,4}$/.test(port) || Number(port) > 65535) {
    throw invalidEntry(
      entry,
      "the port must be a number from 1 to 65535 (repeat the entry for more ports)",
    );
  }
  return { target, ports: new Set([Number(port)]) };
}

/**
 * Builds an allow-list from entries such as `127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`,
 * `intranet.example` (ports 80 and 443), or with one port: `127.0.0.1:8080`, `10.0.0.0/8:8080`,
 * `[::1]:3000`, `[fd00::/8]:3000`, `intranet.example:8443` (repeat an entry for more ports).
 * Throws on anything else, naming the entry, so a typo fails at start-up.
 */
export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts: Array<AllowList["hosts"][number]> = [];
  const ranges: Array<AllowList["ranges"][number]> = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === "") continue;
    const { target, ports } = splitPort(entry);
    if (target.includes("/")) {
      if (!ipaddr.isValidCIDR(target)) throw invalidEntry(entry, "not a valid CIDR range");
      const [address, bits] = ipaddr.parseCIDR(target);
      const range: Cidr =
        address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()
          ? [(address as ipaddr.IPv6).toIPv4Address(), Math.max(0, bits - 96)]
          : [address, bits];
      ranges.push({ range, ports });
      continue;
    }
    const ip = parseIp(target);
    if (ip) {
      ranges.push({ range: [ip, ip.kind() === "ipv4" ? 32 : 128], ports });
      continue;
    }
    const host = normalizeHost(domainToASCII(target));
    if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(host) || isHostNameTooLong(host)) {
      throw invalidEntry(entry, "not a host name, IP address or CIDR range");
    }
    hosts.push({ host, ports });
  }
  return { hosts, ranges, size: hosts.length + ranges.length };
}

/** Is this host name listed with `port`? Its addresses are then not judged. */
export function isHostAllowListed(allow: AllowList, hostname: string, port: number): boolean {
  const host = normalizeHost(hostname);
  return allow.hosts.some((entry) => entry.host === host && entry.ports.has(port));
}

/** Is this host name listed at all, whatever the port? Only decides how the name is resolved. */
export function isHostNameListed(allow: AllowList, hostname: string): boolean {
  const host = normalizeHost(hostname);
  return allow.hosts.some((entry) => entry.host === host);
}

/** Is this address inside a listed address or range whose entry opens `port`? */
export function isAddressAllowListed(allow: AllowList, text: string, port: number): boolean {
  const address = parseIp(text);
  if (!address) return false;
  return allow.ranges.some(
    ({ range: [range, bits], ports }) =>
      ports.has(port) && range.kind() === address.kind() && address.match(range, bits),
  );
}
