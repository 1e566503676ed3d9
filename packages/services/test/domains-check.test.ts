/**
 * "Check now" against a real TLS server on 127.0.0.1 with certificates made here, and a fake
 * resolver: nothing leaves the machine.
 */
import type { AddressInfo } from "node:net";
import tls from "node:tls";

import { parseAllowList } from "@arco/analyzer";
import { auditLogs, domains } from "@arco/db/schema";
import { createDomain, createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { generate } from "selfsigned";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { orgScope } from "../src/testing";
import { checkDomain } from "../src/domains";
import type { DomainLookups, DnsResolver } from "../src/domains";
import { actorFor } from "./helpers";

const testDb = useTestDb();
const NAME = "shop.example.com";
const DAY = 86_400_000;

let ca: { cert: string; key: string };
const servers: tls.Server[] = [];

beforeAll(async () => {
  const root = await generate(
    [
      { name: "commonName", value: "Arco Test Root" },
      { name: "organizationName", value: "Arco Test CA" },
    ],
    {
      keyType: "ec",
      algorithm: "sha256",
      notAfterDate: new Date(Date.now() + 365 * DAY),
      extensions: [
        { name: "basicConstraints", cA: true, critical: true },
        { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true },
      ],
    },
  );
  ca = { cert: root.cert, key: root.private };
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

afterEach(() => vi.restoreAllMocks());

/** A leaf certificate for `NAME`, signed by the test CA unless `selfSigned`. */
async function leaf({ notAfter, selfSigned = false }: { notAfter: Date; selfSigned?: boolean }) {
  const pems = await generate([{ name: "commonName", value: NAME }], {
    keyType: "ec",
    algorithm: "sha256",
    notBeforeDate: new Date(notAfter.getTime() - 90 * DAY),
    notAfterDate: notAfter,
    ca: selfSigned ? undefined : ca,
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: NAME }] }],
  });
  return { cert: pems.cert, key: pems.private };
}

/**
 * Serves `cert` on 127.0.0.1 and counts the connections it accepts. Counted on accept, which
 * comes before the server's certificate can reach the client: the handshake's completion on
 * this side may be reported after the check has already read the certificate and returned.
 */
async function serve(cert: { cert: string; key: string }) {
  const server = tls.createServer(cert, (socket) => socket.end());
  servers.push(server);
  let connections = 0;
  server.on("connection", () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, connections: () => connections };
}

function fakeResolver(
  answers: Partial<Record<keyof DnsResolver, unknown[] | string>>,
): DnsResolver {
  const answer = (kind: keyof DnsResolver) => async () => {
    const value = answers[kind] ?? "ENODATA";
    if (typeof value === "string") throw Object.assign(new Error(value), { code: value });
    return value as never;
  };
  return {
    resolve4: vi.fn(answer("resolve4")),
    resolve6: vi.fn(answer("resolve6")),
    resolveNs: vi.fn(answer("resolveNs")),
    resolveMx: vi.fn(answer("resolveMx")),
  };
}

/** A resolver that never answers. */
function silentResolver(): DnsResolver {
  const never = () => new Promise<never>(() => {});
  return { resolve4: never, resolve6: never, resolveNs: never, resolveMx: never };
}

const LOCAL_DNS = {
  resolve4: ["127.0.0.1"],
  resolveNs: ["NS2.Host.net.", "ns1.host.net"],
  resolveMx: [{ exchange: "mx.host.net", priority: 10 }],
};

async function domainToCheck(name = NAME) {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier: "pro", owner });
  const domain = await createDomain(db, { orgId: org.id, name });
  const check = (lookups: DomainLookups) =>
    checkDomain(
      orgScope(db, actorFor(owner), org.id, {
        deps: { domainLookups: { timeoutMs: 2000, ...lookups } },
      }),
      { id: domain.id },
    );
  return { db, org, domain, check };
}

const loopbackOnly = (port: number): DomainLookups => ({
  allow: parseAllowList([`127.0.0.1:${port}`]),
  port,
  ca: ca.cert,
});

describe("checking a domain", () => {
  it("records a trusted certificate, its issuer and expiry, the name servers, and audits", async () => {
    const notAfter = new Date(Date.now() + 60 * DAY);
    const server = await serve(await leaf({ notAfter }));
    const { db, domain, check } = await domainToCheck();

    const {
      domain: checked,
      addresses,
      mailServers,
    } = await check({
      resolver: fakeResolver(LOCAL_DNS),
      ...loopbackOnly(server.port),
    });

    expect(server.connections()).toBe(1);
    expect(addresses).toEqual(["127.0.0.1"]);
    expect(mailServers).toEqual(["mx.host.net"]);
    expect(checked).toMatchObject({
      status: "active",
      sslStatus: "active",
      sslIssuer: "Arco Test CA",
      nameservers: ["ns1.host.net", "ns2.host.net"],
      lastCheckError: null,
    });
    expect(Math.abs(checked.sslExpiresAt!.getTime() - notAfter.getTime())).toBeLessThan(1000);
    expect(checked.lastCheckedAt).toBeInstanceOf(Date);
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.resourceId, domain.id));
    expect(audit).toMatchObject({ action: "domains.check" });
  });

  it("marks an expired certificate expired", async () => {
    const server = await serve(await leaf({ notAfter: new Date(Date.now() - 2 * DAY) }));
    const { check } = await domainToCheck();
    const { domain } = await check({
      resolver: fakeResolver(LOCAL_DNS),
      ...loopbackOnly(server.port),
    });
    expect(domain.sslStatus).toBe("expired");
    expect(domain.lastCheckError).toMatch(/certificate of shop\.example\.com expired on/);
  });

  it("marks an untrusted (self-signed) certificate invalid", async () => {
    const server = await serve(
      await leaf({ notAfter: new Date(Date.now() + 30 * DAY), selfSigned: true }),
    );
    const { check } = await domainToCheck();
    const { domain } = await check({
      resolver: fakeResolver(LOCAL_DNS),
      ...loopbackOnly(server.port),
    });
    expect(domain.sslStatus).toBe("invalid");
    expect(domain.lastCheckError).toContain("not trusted by browsers");
  });

  it("refuses a private address from DNS without connecting to it", async () => {
    const connect = vi.spyOn(tls, "connect");
    const { check } = await domainToCheck();
    const { domain } = await check({
      resolver: fakeResolver({ resolve4: ["10.0.0.1"], resolveNs: ["ns1.host.net"] }),
      allow: parseAllowList(["127.0.0.1"]),
    });
    expect(connect).not.toHaveBeenCalled();
    expect(domain).toMatchObject({ status: "active", sslStatus: "none" });
    expect(domain.lastCheckError).toContain("private or reserved address");
  });

  it("refuses loopback unless the allow-list names it", async () => {
    const server = await serve(await leaf({ notAfter: new Date(Date.now() + 30 * DAY) }));
    const { check } = await domainToCheck();
    const { domain } = await check({
      resolver: fakeResolver(LOCAL_DNS),
      port: server.port,
      ca: ca.cert,
    });
    expect(server.connections()).toBe(0);
    expect(domain.lastCheckError).toContain("private or reserved address");
  });

  it("says when the name does not exist, has no address, or DNS does not answer", async () => {
    const { check } = await domainToCheck();
    const missing = await check({
      resolver: fakeResolver({
        resolve4: "ENOTFOUND",
        resolve6: "ENOTFOUND",
        resolveNs: "ENOTFOUND",
      }),
    });
    expect(missing.domain).toMatchObject({ status: "pending", sslStatus: "none" });
    expect(missing.domain.lastCheckError).toContain("does not exist in DNS yet");

    const noAddress = await check({ resolver: fakeResolver({ resolveNs: ["ns1.host.net"] }) });
    expect(noAddress.domain.status).toBe("active");
    expect(noAddress.domain.lastCheckError).toContain("no A or AAAA record");

    const slow = await check({ timeoutMs: 50, resolver: silentResolver() });
    expect(slow.domain.lastCheckError).toContain("failed or took too long");
  });

  it("keeps the known status and certificate when a check cannot complete, and records the failure beside them", async () => {
    const notAfter = new Date(Date.now() + 60 * DAY);
    const server = await serve(await leaf({ notAfter }));
    const { check } = await domainToCheck();
    const good = await check({ resolver: fakeResolver(LOCAL_DNS), ...loopbackOnly(server.port) });
    expect(good.domain).toMatchObject({
      status: "active",
      sslStatus: "active",
      lastCheckError: null,
    });

    const dnsDown = await check({ timeoutMs: 50, resolver: silentResolver() });
    expect(dnsDown.domain).toMatchObject({
      status: "active",
      sslStatus: "active",
      sslIssuer: "Arco Test CA",
      sslExpiresAt: good.domain.sslExpiresAt,
      nameservers: ["ns1.host.net", "ns2.host.net"],
    });
    expect(dnsDown.domain.lastCheckError).toContain("failed or took too long");
    expect(dnsDown.domain.lastCheckedAt!.getTime()).toBeGreaterThanOrEqual(
      good.domain.lastCheckedAt!.getTime(),
    );

    // The server goes away: the certificate last seen is still the one on record.
    const unreachable = await check({
      resolver: fakeResolver(LOCAL_DNS),
      ...loopbackOnly(server.port),
      readCertificate: async () => ({ kind: "unreachable", reason: "connection refused" }),
    });
    expect(unreachable.domain).toMatchObject({ status: "active", sslStatus: "active" });
    expect(unreachable.domain.lastCheckError).toContain("No HTTPS answer");
  });

  it("refuses reserved names without any DNS query", async () => {
    const resolver = fakeResolver(LOCAL_DNS);
    const { check } = await domainToCheck("staging.shop.test");
    const { domain } = await check({ resolver });
    expect(resolver.resolve4).not.toHaveBeenCalled();
    expect(resolver.resolveNs).not.toHaveBeenCalled();
    expect(domain.lastCheckError).toContain("reserved name");
  });

  it("marks a domain whose renewal date has passed expired", async () => {
    const { db, domain, check } = await domainToCheck();
    await db.update(domains).set({ renewsOn: "2020-01-01" }).where(eq(domains.id, domain.id));
    const { domain: checked } = await check({
      resolver: fakeResolver({ resolveNs: ["ns1.host.net"] }),
    });
    expect(checked.status).toBe("expired");
  });

  it("finds no domain of another organization", async () => {
    const { domain } = await domainToCheck();
    const { db } = testDb();
    const stranger = await createUser(db);
    const other = await createOrg(db, { owner: stranger });
    const resolver = fakeResolver(LOCAL_DNS);
    await expect(
      checkDomain(
        orgScope(db, actorFor(stranger), other.id, { deps: { domainLookups: { resolver } } }),
        { id: domain.id },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(resolver.resolve4).not.toHaveBeenCalled();
  });
});
