import { isIP } from "node:net";

/**
 * The client's address, as Arco's HTTP server worked it out from the socket and the trusted
 * proxy hops (`apps/web/server`). The server overwrites this header on every request, so a
 * client cannot choose it; without that server in front nothing vouches for an address and the
 * answer is "unknown".
 */
export const CLIENT_ADDRESS_HEADER = "x-arco-client-ip";

export function clientIp(headers: Headers): string {
  const address = headers.get(CLIENT_ADDRESS_HEADER)?.trim() ?? "";
  return isIP(address) ? address : "unknown";
}

/**
 * What per-address limits count by: an IPv4 address, or an IPv6 address's /64 — one subscriber
 * usually holds a whole /64, so counting single IPv6 addresses would hand them billions of
 * allowances.
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
