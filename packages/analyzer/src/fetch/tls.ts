/**
 * Reads a site's TLS certificate without trusting the DNS answer blindly: every address is
 * judged by the same rule as `safeFetch` (public unicast on port 443, or an allow-list entry that
 * opens the port), and only an accepted address is ever connected to.
 */
import tls from "node:tls";

import type { AllowList } from "./address.ts";
import { checkPublicAddress, isAddressAllowListed, parseAllowList } from "./address.ts";
import { fetchEnv } from "./env.ts";

export interface PeerCertificate {
  /** The address the certificate was read from. */
  address: string;
  /** Issuer organization (or common name), e.g. "Let's Encrypt". */
  issuer: string | null;
  validFrom: Date;
  validTo: Date;
  /** True when the chain is trusted and the certificate names `servername`. */
  trusted: boolean;
  /** Why it is not trusted, e.g. "CERT_HAS_EXPIRED", "ERR_TLS_CERT_ALTNAME_INVALID". */
  trustError: string | null;
}

export type CertificateOutcome =
  | { kind: "certificate"; certificate: PeerCertificate }
  /** Every address was refused by the guard: nothing was connected to. */
  | { kind: "refused"; reason: string }
  /** No address answered TLS (refused, reset, timed out). */
  | { kind: "unreachable"; reason: string };

export interface ReadCertificateOptions {
  /** The host name to ask for (SNI) and to verify the certificate against. */
  servername: string;
  /** The addresses the name resolved to. */
  addresses: readonly string[];
  port?: number;
  /**
   * Addresses that may be reached although not public, each on the ports its entry opens (80 and
   * 443 unless it names one); defaults to ANALYZER_FETCH_ALLOW.
   */
  allow?: AllowList;
  timeoutMs?: number;
  /** Extra trusted roots (a private CA; tests). */
  ca?: string | string[];
}

/** May this address be connected to on `port`? The rule of `safeFetch`'s connector. */
export function checkTlsAddress(allow: AllowList, address: string, port: number) {
  if (isAddressAllowListed(allow, address, port)) return { ok: true as const };
  if (port !== 443) return { ok: false as const, reason: `port ${port}` };
  return checkPublicAddress(address);
}

function handshake(
  address: string,
  options: ReadCertificateOptions,
  port: number,
  timeoutMs: number,
): Promise<PeerCertificate> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: address,
      port,
      servername: options.servername,
      ca: options.ca ? [...tls.rootCertificates, ...[options.ca].flat()] : undefined,
      // The certificate is read, not relied on: an untrusted one is reported, not refused.
      rejectUnauthorized: false,
      ALPNProtocols: ["http/1.1"],
    });
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`no TLS answer within ${timeoutMs} ms`)),
    );
    socket.once("error", reject);
    socket.once("secureConnect", () => {
      const cert = socket.getPeerCertificate();
      socket.end();
      if (!cert || !cert.valid_to) {
        reject(new Error("the server sent no certificate"));
        return;
      }
      const issuer = cert.issuer as Partial<Record<string, string>> | undefined;
      const error = socket.authorizationError as unknown;
      resolve({
        address,
        issuer: issuer?.O ?? issuer?.CN ?? null,
        validFrom: new Date(cert.valid_from),
        validTo: new Date(cert.valid_to),
        trusted: socket.authorized,
        trustError: socket.authorized
          ? null
          : String((error as { code?: string } | null)?.code ?? error ?? "untrusted"),
      });
    });
  });
}

/**
 * Connects to the first accepted address that answers TLS and returns its certificate. Refused
 * addresses are never contacted.
 */
export async function readCertificate(
  options: ReadCertificateOptions,
): Promise<CertificateOutcome> {
  const port = options.port ?? 443;
  const allow = options.allow ?? parseAllowList(fetchEnv.ANALYZER_FETCH_ALLOW);
  const timeoutMs = options.timeoutMs ?? 5000;
  const accepted: string[] = [];
  let refusal = "no addresses";
  for (const address of options.addresses) {
    const verdict = checkTlsAddress(allow, address, port);
    if (verdict.ok) accepted.push(address);
    else refusal = `${address}: ${verdict.reason}`;
  }
  if (accepted.length === 0) return { kind: "refused", reason: refusal };
  let failure = "no answer";
  for (const address of accepted) {
    try {
      return {
        kind: "certificate",
        certificate: await handshake(address, options, port, timeoutMs),
      };
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
  }
  return { kind: "unreachable", reason: failure };
}
