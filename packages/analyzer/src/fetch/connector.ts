/**
 * The undici connector behind `safeFetch`: the only place a socket is opened. It resolves the host
 * itself, checks EVERY address the lookup returned (and IP literals, for which Node would skip
 * `lookup`), and then connects to those checked IP addresses only — never to the name — so DNS
 * rebinding cannot slip a different address between the check and the connect.
 */
import dns from "node:dns";
import net from "node:net";
import tls from "node:tls";

import type { buildConnector } from "undici";

import type { AllowList } from "./address.ts";
import { checkHostName, isHostAllowListed, isHostNameListed } from "./address.ts";
import type { SafeFetchStage } from "./errors.ts";
import { SafeFetchError } from "./errors.ts";
import { blockedMessage, checkDestination, effectivePort, portBlocked } from "./policy.ts";

/** One resolved address. `family` is informative: the address text decides. */
export interface LookupAddress {
  address: string;
  family?: number;
}

/**
 * Resolves a host name to its addresses (like `dns.promises.lookup(host, { all: true })`).
 * Injectable so tests never depend on real DNS. Reject or return [] when the name does not exist.
 */
export type LookupFunction = (hostname: string) => Promise<ReadonlyArray<LookupAddress | string>>;

/**
 * The system resolver (getaddrinfo). A name that is not allow-listed is resolved as an absolute
 * name (trailing dot) so the resolver's search domains never complete it into an internal name.
 */
export const systemLookup =
  (allow: AllowList): LookupFunction =>
  (hostname) =>
    dns.promises.lookup(
      isHostNameListed(allow, hostname) || hostname.endsWith(".") ? hostname : `${hostname}.`,
      { all: true, order: "verbatim" },
    );

/** What the connector measured for one new connection. */
export interface ConnectTrace {
  dnsMs?: number;
  connectMs: number;
  connectedAt: number;
  remoteAddress: string;
  /** "h2" when HTTP/2 was negotiated by ALPN, else "http/1.1". */
  protocol: "h2" | "http/1.1";
}

export interface GuardOptions {
  allow: AllowList;
  lookup: LookupFunction;
  /** Budget for DNS + TCP + TLS of one connection. */
  connectTimeoutMs: number;
  /** The request's overall deadline / cancellation. */
  signal: AbortSignal;
  onConnect: (origin: string, trace: ConnectTrace) => void;
}

const hostOf = (hostname: string) => hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();

export const originKey = (protocol: string, hostname: string, port: number) =>
  `${protocol}//${hostOf(hostname)}:${port}`;

const timeoutError = (stage: SafeFetchStage, ms: number, url: string, what: string) =>
  new SafeFetchError("TIMEOUT", stage, `The site did not ${what} within ${formatSeconds(ms)}.`, {
    url,
    detail: `${what} timeout ${ms} ms`,
  });

export const formatSeconds = (ms: number) =>
  ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms)} ms`;

function dnsFailure(stage: SafeFetchStage, url: string, host: string, cause?: unknown) {
  return new SafeFetchError(
    "DNS_FAILURE",
    stage,
    `Could not resolve host ${host}: check the address for typos.`,
    { url, detail: cause ? String(cause) : "no addresses", cause },
  );
}

/** Runs a lookup under a deadline and the request's signal; returns the address texts. */
export async function resolveHost(
  lookup: LookupFunction,
  host: string,
  timeoutMs: number,
  signal: AbortSignal,
  stage: SafeFetchStage,
  url: string,
): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  try {
    const answer = await Promise.race([
      lookup(host),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(timeoutError(stage, timeoutMs, url, "resolve its host name")),
          timeoutMs,
        );
        onAbort = () => reject(signal.reason);
        if (signal.aborted) onAbort();
        else signal.addEventListener("abort", onAbort, { once: true });
      }),
    ]);
    const addresses = answer.map((entry) => (typeof entry === "string" ? entry : entry.address));
    if (addresses.length === 0) throw dnsFailure(stage, url, host);
    return addresses;
  } catch (error) {
    if (error instanceof SafeFetchError || signal.aborted) throw error;
    throw dnsFailure(stage, url, host, error);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal.removeEventListener("abort", onAbort);
  }
}

const CONNECT_FAILURES: Record<string, string> = {
  ECONNREFUSED: "refused the connection",
  ECONNRESET: "reset the connection",
  EHOSTUNREACH: "is unreachable",
  ENETUNREACH: "is unreachable",
  EPIPE: "closed the connection",
};

/** Turns a socket/TLS error into a user-readable CONNECTION_FAILED. */
export function connectionFailed(error: unknown, url: string, stage: SafeFetchStage) {
  const code = String((error as { code?: unknown })?.code ?? "");
  const tlsProblem =
    code.startsWith("ERR_TLS") ||
    code.startsWith("ERR_SSL") ||
    code.includes("CERT") ||
    code === "UNABLE_TO_VERIFY_LEAF_SIGNATURE";
  const message = tlsProblem
    ? `The site's HTTPS certificate could not be verified (${code}).`
    : CONNECT_FAILURES[code]
      ? `Could not connect: the server ${CONNECT_FAILURES[code]}.`
      : "Could not connect to the site.";
  return new SafeFetchError("CONNECTION_FAILED", stage, message, {
    url,
    detail: String(error),
    cause: error,
  });
}

class AttemptTimeout extends Error {}

function openSocket(options: {
  https: boolean;
  address: string;
  port: number;
  servername: string | undefined;
  alpn: string[];
  budgetMs: number;
  signal: AbortSignal;
}): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    let socket: net.Socket;
    try {
      // `host` is the checked IP address itself: Node does no lookup of its own for it.
      socket = options.https
        ? tls.connect({
            host: options.address,
            port: options.port,
            // SNI and certificate verification use the name the user asked for.
            servername: options.servername,
            ALPNProtocols: options.alpn,
          })
        : net.connect({ host: options.address, port: options.port });
    } catch (error) {
      reject(error);
      return;
    }
    const cleanup = () => {
      clearTimeout(timer);
      options.signal.removeEventListener("abort", onAbort);
      socket.off("error", onError);
    };
    const onError = (error: Error) => {
      cleanup();
      socket.destroy();
      reject(error);
    };
    const onAbort = () => onError(options.signal.reason as Error);
    const timer = setTimeout(() => onError(new AttemptTimeout()), options.budgetMs);
    if (options.signal.aborted) {
      onAbort();
      return;
    }
    options.signal.addEventListener("abort", onAbort, { once: true });
    socket.on("error", onError);
    socket.once(options.https ? "secureConnect" : "connect", () => {
      cleanup();
      socket.setNoDelay(true);
      resolve(socket);
    });
  });
}

async function guardedConnect(
  guard: GuardOptions,
  options: buildConnector.Options & { allowH2?: boolean },
): Promise<net.Socket> {
  const started = performance.now();
  const https = options.protocol === "https:";
  const host = hostOf(options.hostname);
  // undici passes the URL's own port text: the same rule as the policy gives the same number.
  const port = effectivePort(options.protocol, options.port);
  const url = `${options.protocol}//${options.host ?? options.hostname}/`;
  const literal = net.isIP(host) !== 0;
  const hostAllowListed = !literal && isHostAllowListed(guard.allow, host, port);

  if (!literal && !hostAllowListed) {
    const verdict = checkHostName(host);
    if (!verdict.ok) {
      throw new SafeFetchError("SSRF_BLOCKED", "connect", blockedMessage, {
        url,
        detail: verdict.reason,
      });
    }
  }

  // The connection's own lookup: its answer is what we check AND what we connect to.
  let dnsMs: number | undefined;
  let addresses: string[];
  if (literal) {
    addresses = [host];
  } else {
    addresses = await resolveHost(
      guard.lookup,
      host,
      guard.connectTimeoutMs,
      guard.signal,
      "connect",
      url,
    );
    dnsMs = performance.now() - started;
  }

  // Every address must pass, not just the first: a mixed answer is refused as a whole.
  for (const address of addresses) {
    const verdict = checkDestination(guard.allow, { host, port, hostAllowListed }, address);
    if (!verdict.ok) {
      if (verdict.port) throw portBlocked(port, "connect", url);
      throw new SafeFetchError("SSRF_BLOCKED", "connect", blockedMessage, {
        url,
        detail: `${host} -> ${address}: ${verdict.reason}`,
      });
    }
  }

  const alpn = https && options.allowH2 !== false ? ["h2", "http/1.1"] : ["http/1.1"];
  const servername = https && !literal ? host.replace(/\.$/, "") : undefined;
  const deadline = started + guard.connectTimeoutMs;
  let lastError: unknown;
  for (const [index, address] of addresses.entries()) {
    const remaining = deadline - performance.now();
    if (remaining <= 0) break;
    // Later addresses keep a share of the budget (a simple, sequential happy-eyeballs).
    const budgetMs = Math.max(1, remaining / (addresses.length - index));
    const attemptStart = performance.now();
    try {
      const socket = await openSocket({
        https,
        address,
        port,
        servername,
        alpn,
        budgetMs,
        signal: guard.signal,
      });
      const connectedAt = performance.now();
      guard.onConnect(originKey(options.protocol, host, port), {
        dnsMs,
        connectMs: connectedAt - attemptStart,
        connectedAt,
        remoteAddress: address,
        protocol: https && (socket as tls.TLSSocket).alpnProtocol === "h2" ? "h2" : "http/1.1",
      });
      return socket;
    } catch (error) {
      if (guard.signal.aborted) throw guard.signal.reason;
      lastError = error;
    }
  }
  if (lastError === undefined || lastError instanceof AttemptTimeout) {
    throw timeoutError("connect", guard.connectTimeoutMs, url, "accept a connection");
  }
  throw connectionFailed(lastError, url, "connect");
}

/** An undici `connect` function enforcing the address policy on every new connection. */
export function createGuardedConnector(guard: GuardOptions): buildConnector.connector {
  return (options, callback) => {
    guardedConnect(guard, options).then(
      (socket) => callback(null, socket),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  };
}
