import { auditLogs, dnsRecords, domains } from "@arco/db/schema";
import {
  createDomain as insertDomain,
  createOrg,
  createProject,
  createUser,
  useTestDb,
} from "@arco/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  createDnsRecord,
  createDomain,
  deleteDnsRecord,
  deleteDomain,
  domainsOverview,
  getDomain,
  listDomains,
  updateDnsRecord,
  updateDomain,
} from "../src/domains";
import { orgScope } from "../src/testing";
import { actorFor } from "./helpers";

const testDb = useTestDb();

async function org(tier: "free" | "basic" | "pro" | "enterprise" = "pro") {
  const { db } = testDb();
  const owner = await createUser(db);
  const created = await createOrg(db, { tier, owner });
  return { db, org: created, actor: actorFor(owner) };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: { code?: string }) => error.code,
  );

describe("domains", () => {
  it("adds a domain lower-cased and audited, and refuses the same name twice with CONFLICT", async () => {
    const { db, org: o, actor } = await org();
    const domain = await createDomain(orgScope(db, actor, o.id), { name: "Loja.Example.COM." });
    expect(domain).toMatchObject({
      name: "loja.example.com",
      status: "pending",
      sslStatus: "none",
    });
    const [audit] = await db.select().from(auditLogs).where(eq(auditLogs.resourceId, domain.id));
    expect(audit).toMatchObject({ action: "domains.create", orgId: o.id });

    await expect(
      createDomain(orgScope(db, actor, o.id), { name: "LOJA.example.com" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: "loja.example.com is already in your domains.",
    });

    // Another organization may hold the same name.
    const other = await org();
    await expect(
      createDomain(orgScope(db, other.actor, other.org.id), {
        name: "loja.example.com",
      }),
    ).resolves.toMatchObject({ orgId: other.org.id });
  });

  it("holds the plan limit under 10 parallel creations", async () => {
    const { db, org: o, actor } = await org("basic");
    await insertDomain(db, { orgId: o.id });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        codeOf(createDomain(orgScope(db, actor, o.id), { name: `site-${i}.com` })),
      ),
    );
    expect(outcomes.filter((c) => c === "ok")).toHaveLength(2);
    expect(outcomes.filter((c) => c === "QUOTA_EXCEEDED")).toHaveLength(8);
    expect(await db.$count(domains, eq(domains.orgId, o.id))).toBe(3);
    await expect(
      createDomain(orgScope(db, actor, o.id), { name: "one-more.com" }),
    ).rejects.toMatchObject({ message: expect.stringContaining("Upgrade your plan") });
  });

  it("has no limit when the plan says null", async () => {
    const { db, org: o, actor } = await org("enterprise");
    for (let i = 0; i < 12; i++) {
      await createDomain(orgScope(db, actor, o.id), { name: `s${i}.com` });
    }
    expect(await db.$count(domains, eq(domains.orgId, o.id))).toBe(12);
  });

  it("updates registration details, and only links projects of the same organization", async () => {
    const { db, org: o, actor } = await org();
    const domain = await createDomain(orgScope(db, actor, o.id), { name: "shop.com" });
    const project = await createProject(db, { orgId: o.id });
    const updated = await updateDomain(orgScope(db, actor, o.id), {
      id: domain.id,
      registrar: "Registro.br",
      registeredOn: "2024-01-10",
      renewsOn: "2027-01-10",
      autoRenew: true,
      nameservers: ["NS1.Host.net.", "ns2.host.net"],
      projectId: project.id,
    });
    expect(updated).toMatchObject({
      registrar: "Registro.br",
      renewsOn: "2027-01-10",
      autoRenew: true,
      nameservers: ["ns1.host.net", "ns2.host.net"],
      projectId: project.id,
    });

    const elsewhere = await org();
    const foreignProject = await createProject(db, { orgId: elsewhere.org.id });
    await expect(
      updateDomain(orgScope(db, actor, o.id), { id: domain.id, projectId: foreignProject.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: "Project was not found." });
    await expect(
      updateDomain(orgScope(db, actor, o.id), { id: domain.id, renewsOn: "2020-01-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Another organization's id is not found, whatever the caller tries.
    await expect(
      updateDomain(orgScope(db, elsewhere.actor, elsewhere.org.id), {
        id: domain.id,
        registrar: "x",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      deleteDomain(orgScope(db, elsewhere.actor, elsewhere.org.id), { id: domain.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await deleteDomain(orgScope(db, actor, o.id), { id: domain.id });
    expect(await db.$count(domains, eq(domains.id, domain.id))).toBe(0);
  });

  it("lists with filters, search, every sort and cursor pages", async () => {
    const { db, org: o } = await org();
    const now = new Date("2026-11-21T12:00:00Z");
    await insertDomain(db, {
      orgId: o.id,
      name: "bravo.com",
      renewsOn: "2026-12-01",
      status: "active",
    });
    await insertDomain(db, { orgId: o.id, name: "alpha.com", renewsOn: "2027-06-01" });
    await insertDomain(db, {
      orgId: o.id,
      name: "charlie.com",
      sslStatus: "active",
      sslExpiresAt: new Date("2026-11-25T00:00:00Z"),
    });
    await insertDomain(db, { orgId: o.id, name: "delta.net", status: "active" });
    await insertDomain(db, { orgId: (await org()).org.id, name: "alpha.com" });

    const names = async (input: Partial<Parameters<typeof listDomains>[1]>) =>
      (
        await listDomains(orgScope(db, null, o.id, { now: () => now }), { limit: 25, ...input })
      ).items.map((d) => d.name);

    expect(await names({})).toEqual(["alpha.com", "bravo.com", "charlie.com", "delta.net"]);
    expect(await names({ sort: "renewal" })).toEqual([
      "bravo.com",
      "alpha.com",
      "charlie.com",
      "delta.net",
    ]);
    expect((await names({ sort: "certificate" }))[0]).toBe("charlie.com");
    expect(await names({ status: "active" })).toEqual(["bravo.com", "delta.net"]);
    expect(await names({ sslStatus: "active" })).toEqual(["charlie.com"]);
    expect(await names({ expiringSoon: true })).toEqual(["bravo.com", "charlie.com"]);
    expect(await names({ search: "ALP" })).toEqual(["alpha.com"]);
    expect(await names({ search: "%" })).toEqual([]);

    for (const sort of ["name", "renewal", "certificate"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const pageOf = await listDomains(orgScope(db, null, o.id), { limit: 1, sort, cursor });
        seen.push(...pageOf.items.map((d) => d.name));
        cursor = pageOf.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(await names({ sort }));
    }
    await expect(
      listDomains(orgScope(db, null, o.id), { limit: 1, cursor: "garbage" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("summarizes the soonest expiries for the overview", async () => {
    const { db, org: o } = await org();
    const now = new Date("2026-11-21T12:00:00Z");
    const a = await insertDomain(db, {
      orgId: o.id,
      name: "a.com",
      renewsOn: "2026-12-11",
      sslExpiresAt: new Date("2026-11-24T08:00:00Z"),
    });
    await insertDomain(db, { orgId: o.id, name: "far.com", renewsOn: "2027-12-11" });
    await insertDomain(db, { orgId: o.id, name: "gone.com", renewsOn: "2026-11-01" });
    for (let i = 0; i < 5; i++) {
      await insertDomain(db, { orgId: o.id, name: `n${i}.com`, renewsOn: "2026-12-20" });
    }
    const overview = await domainsOverview(orgScope(db, null, o.id, { now: () => now }));
    expect(overview.total).toBe(8);
    expect(overview.expiringSoon).toHaveLength(5);
    expect(overview.expiringSoon.slice(0, 2)).toEqual([
      { id: a.id, name: "a.com", kind: "certificate", expiresOn: "2026-11-24", daysLeft: 3 },
      { id: a.id, name: "a.com", kind: "renewal", expiresOn: "2026-12-11", daysLeft: 20 },
    ]);
    expect(overview.expiringSoon[2]).toMatchObject({ daysLeft: 29, kind: "renewal" });
  });
});

describe("DNS records", () => {
  it("adds, edits and deletes records, audited, with names relative to the domain", async () => {
    const { db, org: o, actor } = await org();
    const domain = await createDomain(orgScope(db, actor, o.id), { name: "shop.com" });
    const mx = await createDnsRecord(orgScope(db, actor, o.id), {
      domainId: domain.id,
      type: "MX",
      name: "@",
      value: "MX.Mail.net.",
      ttl: 3600,
      priority: 10,
    });
    expect(mx).toMatchObject({ value: "mx.mail.net", priority: 10 });
    const txt = await createDnsRecord(orgScope(db, actor, o.id), {
      domainId: domain.id,
      type: "TXT",
      name: "_dmarc",
      value: "v=DMARC1; p=none",
      ttl: 300,
      priority: 5,
    });
    expect(txt.priority).toBeNull();

    const edited = await updateDnsRecord(orgScope(db, actor, o.id), {
      id: txt.id,
      type: "TXT",
      name: "_dmarc",
      value: "v=DMARC1; p=reject",
      ttl: 600,
    });
    expect(edited).toMatchObject({ value: "v=DMARC1; p=reject", ttl: 600 });
    expect((await getDomain(orgScope(db, null, o.id), { id: domain.id })).records).toHaveLength(2);

    await deleteDnsRecord(orgScope(db, actor, o.id), { id: mx.id });
    const actions = (
      await db.select({ action: auditLogs.action }).from(auditLogs).where(eq(auditLogs.orgId, o.id))
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "domains.records.create",
        "domains.records.update",
        "domains.records.delete",
      ]),
    );

    await expect(
      createDnsRecord(orgScope(db, actor, o.id), {
        domainId: domain.id,
        type: "A",
        name: "www.shop.com",
        value: "198.51.100.1",
        ttl: 300,
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("relative to shop.com"),
    });
  });

  it("keeps CNAMEs alone at their name and off the apex", async () => {
    const { db, org: o, actor } = await org();
    const domain = await createDomain(orgScope(db, actor, o.id), { name: "shop.com" });
    const base = { domainId: domain.id, ttl: 300 };
    const scope = orgScope(db, actor, o.id);
    await createDnsRecord(scope, { ...base, type: "CNAME", name: "www", value: "host.net" });
    await expect(
      createDnsRecord(scope, { ...base, type: "A", name: "www", value: "198.51.100.1" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      createDnsRecord(scope, { ...base, type: "CNAME", name: "@", value: "host.net" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("never touches another organization's records", async () => {
    const { db, org: o, actor } = await org();
    const domain = await createDomain(orgScope(db, actor, o.id), { name: "shop.com" });
    const record = await createDnsRecord(orgScope(db, actor, o.id), {
      domainId: domain.id,
      type: "A",
      name: "@",
      value: "198.51.100.1",
      ttl: 300,
    });
    const other = await org();
    const fields = { type: "A" as const, name: "@", value: "198.51.100.9", ttl: 300 };
    await expect(
      createDnsRecord(orgScope(db, other.actor, other.org.id), { domainId: domain.id, ...fields }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateDnsRecord(orgScope(db, other.actor, other.org.id), { id: record.id, ...fields }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      deleteDnsRecord(orgScope(db, other.actor, other.org.id), { id: record.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [still] = await db
      .select()
      .from(dnsRecords)
      .where(and(eq(dnsRecords.id, record.id), eq(dnsRecords.value, "198.51.100.1")));
    expect(still).toBeDefined();
  });
});
