/** Rows of the domains procedures: org A's domain with one DNS record. */
import { dnsRecords, domains } from "@arco/db/schema";
import { createDomain } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { expect } from "vitest";

import { definePart, readersOfA, writersOfA } from "./kit";

type Fixtures = { domainId: string; recordId: string };

const neverShowsDomainA = (result: unknown) => {
  expect(JSON.stringify(result)).not.toContain("shop-of-a.test");
};

export const domainsPart = definePart<Fixtures>({
  fixtures: async (db, w) => {
    // A reserved .test name: "Check now" refuses it without any DNS query.
    const domain = await createDomain(db, {
      orgId: w.orgA.id,
      name: "shop-of-a.test",
      registrar: "Registro.br",
      renewsOn: "2027-03-01",
    });
    const [record] = await db
      .insert(dnsRecords)
      .values({ orgId: w.orgA.id, domainId: domain.id, type: "A", name: "@", value: "203.0.113.7" })
      .returning();
    return { domainId: domain.id, recordId: record!.id };
  },
  rows: {
    "domains.list": {
      call: (c) => c.domains.list({}),
      expect: readersOfA<Fixtures>(
        { ok: neverShowsDomainA },
        {
          ok: (r, _db, _c, _w, f) =>
            expect((r as { items: { id: string }[] }).items.map((d) => d.id)).toContain(f.domainId),
        },
      ),
    },
    "domains.byId": {
      call: (c, _w, f) => c.domains.byId({ id: f.domainId }),
      expect: readersOfA<Fixtures>("NOT_FOUND", {
        ok: (r, _db, _c, _w, f) =>
          expect((r as { records: { id: string }[] }).records.map((x) => x.id)).toEqual([
            f.recordId,
          ]),
      }),
    },
    "domains.overview": {
      call: (c) => c.domains.overview(),
      expect: readersOfA<Fixtures>(
        { ok: (r) => expect(r).toEqual({ total: 0, expiringSoon: [] }) },
        { ok: (r) => expect((r as { total: number }).total).toBe(1) },
      ),
    },
    "domains.create": {
      call: (c) => c.domains.create({ name: "New-Site.COM.br" }),
      // Org B and the free org have room for one domain: they add theirs, never to org A.
      expect: writersOfA<Fixtures>(
        ["ownerA", "adminA"],
        {
          ok: async (r, db, _c, w) => {
            const [row] = await db
              .select()
              .from(domains)
              .where(eq(domains.id, (r as { id: string }).id));
            expect(row!.orgId).not.toBe(w.orgA.id);
          },
        },
        {
          ok: (r) => expect(r).toMatchObject({ name: "new-site.com.br" }),
        },
      ),
    },
    "domains.update": {
      call: (c, _w, f) =>
        c.domains.update({ id: f.domainId, registrar: "Hijacked", autoRenew: true }),
      expect: writersOfA<Fixtures>(["ownerA", "adminA"], "NOT_FOUND"),
    },
    "domains.delete": {
      call: (c, _w, f) => c.domains.delete({ id: f.domainId }),
      expect: writersOfA<Fixtures>(["ownerA", "adminA"], "NOT_FOUND"),
    },
    "domains.check": {
      call: (c, _w, f) => c.domains.check({ id: f.domainId }),
      expect: writersOfA<Fixtures>(["ownerA", "adminA"], "NOT_FOUND", {
        ok: (r) =>
          expect((r as { domain: { lastCheckError: string } }).domain.lastCheckError).toContain(
            "reserved name",
          ),
      }),
    },
    "domains.records.create": {
      call: (c, _w, f) =>
        c.domains.records.create({
          domainId: f.domainId,
          type: "MX",
          name: "@",
          value: "mx.mail.example.net",
          ttl: 3600,
          priority: 10,
        }),
      expect: writersOfA<Fixtures>(["ownerA", "adminA"], "NOT_FOUND"),
    },
    "domains.records.update": {
      call: (c, _w, f) =>
        c.domains.records.update({
          id: f.recordId,
          type: "A",
          name: "@",
          value: "198.51.100.4",
          ttl: 300,
        }),
      expect: writersOfA<Fixtures>(["ownerA", "adminA"], "NOT_FOUND"),
    },
    "domains.records.delete": {
      call: (c, _w, f) => c.domains.records.delete({ id: f.recordId }),
      expect: writersOfA<Fixtures>(["ownerA", "adminA"], "NOT_FOUND"),
    },
  },
});
