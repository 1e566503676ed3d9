import { Resolver } from "node:dns/promises";

import { readCertificate } from "@arco/analyzer";
import type { CertificateOutcome, ReadCertificateOptions, parseAllowList } from "@arco/analyzer";
import type { DbOrTx } from "@arco/db";
import { domains } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import type { OrgScope } from "../context";
import { recordAudit } from "../audit";
import { domainOf, isoDate } from "./access";
import type { Domain } from "./access";

/** The DNS questions a check asks; `node:dns` in production, a fake in tests. */
export interface DnsResolver {
  resolve4(hostname: string): Promise<string[]>;
  resolve6(hostname: string): Promise<string[]>;
  resolveNs(hostname: string): Promise<string[]>;
  resolveMx(hostname: string): Promise<{ exchange: string; priority: number }[]>;
}

/** How a check looks names up and reads certificates: the system's, or a test's. */
export interface DomainLookups {
  resolver?: DnsResolver;
  readCertificate?: (options: ReadCertificateOptions) => Promise<CertificateOutcome>;
  /** Addresses that may be reached although not public; defaults to ANALYZER_FETCH_ALLOW. */
  allow?: ReturnType<typeof parseAllowList>;
  port?: number;
  timeoutMs?: number;
  /** Extra trusted certificate authorities (tests, private CAs). */
  ca?: string | string[];
}

/** Names reserved for testing and private networks (RFC 2606, 6761, 6762, 8375). */
const RESERVED_SUFFIXES = [
  "test",
  "example",
  "invalid",
  "localhost",
  "local",
  "internal",
  "home.arpa",
  "localdomain",
];

export const isReservedName = (name: string) =>
  RESERVED_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));

function systemResolver(timeoutMs: number): DnsResolver {
  const resolver = new Resolver({ timeout: Math.min(timeoutMs, 5000), tries: 2 });
  return {
    resolve4: (host) => resolver.resolve4(host),
    resolve6: (host) => resolver.resolve6(host),
    resolveNs: (host) => resolver.resolveNs(host),
    resolveMx: (host) => resolver.resolveMx(host),
  };
}

const NO_ANSWER = new Set(["ENODATA", "ENOTFOUND", "NXDOMAIN"]);

/** An answer, [] for "no such record", and a rejection only for real failures (timeouts…). */
async function ask<T>(question: Promise<T[]>, timeoutMs: number): Promise<T[] | "missing-domain"> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      question,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error("timeout"), { code: "ETIMEOUT" })),
          timeoutMs,
        );
      }),
    ]);
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? "");
    if (code === "ENOTFOUND" || code === "NXDOMAIN") return "missing-domain";
    if (NO_ANSWER.has(code)) return [];
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export interface CheckResult {
  status: Domain["status"];
  nameservers: string[];
  addresses: string[];
  mailServers: string[];
  sslStatus: Domain["sslStatus"];
  sslIssuer: string | null;
  sslExpiresAt: Date | null;
  error: string | null;
}

/**
 * Looks the domain up and reads its certificate. Never throws: problems become `error`. What
 * the check could not establish keeps its last known value — a DNS timeout or an unreachable
 * server says nothing about the registration or the certificate, so neither is wiped.
 */
export async function inspectDomain(
  domain: Pick<
    Domain,
    "name" | "status" | "renewsOn" | "nameservers" | "sslStatus" | "sslIssuer" | "sslExpiresAt"
  >,
  deps: DomainLookups,
  now: Date,
): Promise<CheckResult> {
  const timeoutMs = deps.timeoutMs ?? 5000;
  const expired = domain.renewsOn !== null && domain.renewsOn < isoDate(now);
  // Facts no lookup can change: suspension by the agency, and a registration past its date.
  const settled = domain.status === "suspended" ? "suspended" : expired ? "expired" : null;
  const result: CheckResult = {
    status: settled ?? domain.status,
    nameservers: domain.nameservers,
    addresses: [],
    mailServers: [],
    sslStatus: domain.sslStatus,
    sslIssuer: domain.sslIssuer,
    sslExpiresAt: domain.sslExpiresAt,
    error: null,
  };
  if (isReservedName(domain.name)) {
    result.error = `${domain.name} is a reserved name that does not exist on the public internet, so it cannot be checked.`;
    return result;
  }
  const resolver = deps.resolver ?? systemResolver(timeoutMs);
  let answers;
  try {
    answers = await Promise.all([
      ask(resolver.resolve4(domain.name), timeoutMs),
      ask(resolver.resolve6(domain.name), timeoutMs),
      ask(resolver.resolveNs(domain.name), timeoutMs),
      ask(resolver.resolveMx(domain.name), timeoutMs),
    ]);
  } catch {
    result.error = `The DNS lookup of ${domain.name} failed or took too long. Try again in a few minutes.`;
    return result;
  }
  const [v4, v6, ns, mx] = answers;
  if (v4 === "missing-domain" || v6 === "missing-domain" || ns === "missing-domain") {
    result.error = `${domain.name} does not exist in DNS yet. Check the spelling, or wait until the registration is complete.`;
    return result;
  }
  result.addresses = [...v4, ...v6];
  if (ns.length > 0)
    result.nameservers = [...new Set(ns.map((n) => n.toLowerCase().replace(/\.$/, "")))].sort();
  result.mailServers =
    mx === "missing-domain"
      ? []
      : mx.sort((a, b) => a.priority - b.priority).map((m) => m.exchange);
  result.status = settled ?? "active";
  if (result.addresses.length === 0) {
    result.error = `${domain.name} has no A or AAAA record, so there is no site whose certificate could be checked.`;
    return result;
  }

  const outcome = await (deps.readCertificate ?? readCertificate)({
    servername: domain.name,
    addresses: result.addresses,
    allow: deps.allow,
    port: deps.port,
    timeoutMs,
    ca: deps.ca,
  });
  if (outcome.kind === "refused") {
    result.error = `${domain.name} points to a private or reserved address (${outcome.reason}), so its certificate was not checked.`;
    return result;
  }
  if (outcome.kind === "unreachable") {
    result.error = `No HTTPS answer from ${domain.name} (${outcome.reason}).`;
    return result;
  }
  const cert = outcome.certificate;
  result.sslIssuer = cert.issuer;
  result.sslExpiresAt = cert.validTo;
  if (cert.validTo.getTime() < now.getTime()) {
    result.sslStatus = "expired";
    result.error = `The certificate of ${domain.name} expired on ${isoDate(cert.validTo)}.`;
  } else if (!cert.trusted) {
    result.sslStatus = "invalid";
    result.error = `The certificate of ${domain.name} is not trusted by browsers (${cert.trustError}).`;
  } else {
    result.sslStatus = "active";
  }
  return result;
}

/** Stores a check's result on the domain (the scheduled run stores its own the same way). */
export async function store(db: DbOrTx, domain: Domain, result: CheckResult, now: Date) {
  const [updated] = await db
    .update(domains)
    .set({
      status: result.status,
      nameservers: result.nameservers,
      sslStatus: result.sslStatus,
      sslIssuer: result.sslIssuer,
      sslExpiresAt: result.sslExpiresAt,
      lastCheckedAt: now,
      lastCheckError: result.error,
    })
    .where(and(eq(domains.id, domain.id), eq(domains.orgId, domain.orgId)))
    .returning();
  return updated!;
}

/** "Check now": looks the domain up, reads its certificate and records the result. */
export async function checkDomain(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
  const domain = await domainOf(db, orgId, id);
  const now = scope.now();
  // The network part runs outside any transaction: no lock is held while waiting on DNS or TLS.
  const result = await inspectDomain(domain, scope.deps.domainLookups, now);
  return db.transaction(async (tx) => {
    const current = await domainOf(tx, orgId, id, true);
    const updated = await store(tx, current, result, now);
    await recordAudit(tx, actor, {
      orgId,
      action: "domains.check",
      resourceType: "domain",
      resourceId: id,
      before: { status: current.status, sslStatus: current.sslStatus },
      after: { status: updated.status, sslStatus: updated.sslStatus, error: result.error },
    });
    return { domain: updated, addresses: result.addresses, mailServers: result.mailServers };
  });
}
