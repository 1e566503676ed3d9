import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/** Where Arco's server hands the client's address to the app; never taken from the client. */
export const CLIENT_ADDRESS_HEADER = "x-arco-client-ip";

/** Headers a proxy sets about the original request. From anyone else they are lies. */
const FORWARDING_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-forwarded-proto",
  "x-real-ip",
];

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) is `203.0.113.7`. */
const normalize = (address: string) => {
  const trimmed = address.trim();
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
};

/**
 * The client's address. `peer` is the socket's remote address; `forwardedFor` the
 * `X-Forwarded-For` chain. With `trustedHops` proxies in front of Arco, each appended the
 * address it saw, so the client is the entry that many places left of the peer — whatever the
 * client wrote further left is ignored. With no proxy (0) the peer is the client.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trustedHops: number) {
  const chain = [...(trustedHops > 0 && forwardedFor ? forwardedFor.split(",") : []), peer].map(
    normalize,
  );
  // An entry a trusted proxy could not have written (not an address) falls back to the next one
  // to its right, which a trusted hop did write.
  for (let i = Math.max(0, chain.length - 1 - trustedHops); i < chain.length; i += 1) {
    if (isIP(chain[i]!)) return chain[i]!;
  }
  return normalize(peer);
}

/**
 * Rewrites the request's headers before the app sees them: `x-arco-client-ip` and
 * `x-forwarded-for` carry the address worked out here, and with no trusted proxy in front every
 * forwarding header the client sent is dropped (Next.js would otherwise keep them).
 */
export function assignClientAddress(request: IncomingMessage, trustedHops: number) {
  const forwardedFor = request.headers["x-forwarded-for"];
  const address = clientAddress(
    request.socket.remoteAddress ?? "",
    Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
    trustedHops,
  );
  if (trustedHops === 0) for (const header of FORWARDING_HEADERS) delete request.headers[header];
  request.headers["x-forwarded-for"] = address;
  request.headers[CLIENT_ADDRESS_HEADER] = address;
}
