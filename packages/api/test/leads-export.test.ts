/**
 * The leads' CSV export as its route answers it: agency admins get the filtered leads and the
 * export is audited; support staff and everyone else are refused before anything is read; a
 * bad filter is a 400 that names it.
 */
import { auditLogs, leads } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { accounts } from "@arco/services";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { answer, exportLeadsCsv } from "../src";
import { relaxedLimiter } from "./harness";

const testDb = useTestDb();
let admin: { id: string };
let support: { id: string };
beforeAll(async () => {
  const { db } = testDb();
  admin = await createUser(db, { staffRole: "admin" });
  support = await createUser(db, { staffRole: "support" });
  await db.insert(leads).values([
    {
      email: "consented@example.test",
      consent: true,
      consentAt: new Date(),
      source: "report-email",
    },
    { email: "silent@example.test", source: "sign-up-prompt" },
  ]);
});

/** What `/api/admin/leads/export?<query>` answers this person. */
async function exportAs(user: { id: string } | null, query: string) {
  const sessionId = user ? await accounts.startSession(testDb().db, user.id) : null;
  return answer(() =>
    exportLeadsCsv(
      {
        database: testDb(),
        headers: new Headers({ "x-arco-client-ip": "203.0.113.9" }),
        session: user ? { user: { id: user.id }, sessionId } : null,
        rateLimiter: relaxedLimiter(),
      },
      new URLSearchParams(query),
    ),
  );
}

const exportsAudited = () =>
  testDb().db.$count(auditLogs, eq(auditLogs.action, "admin.leads.export"));

describe("the leads export", () => {
  it("gives agency admins the filtered leads as CSV, and audits it", async () => {
    const response = await exportAs(admin, "consent=yes");

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="leads-/);
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^consented@example\.test,/);
    const [audited] = await testDb()
      .db.select()
      .from(auditLogs)
      .where(eq(auditLogs.action, "admin.leads.export"));
    expect(audited).toMatchObject({ actorUserId: admin.id, after: { filters: { consent: true } } });
  });

  it("refuses support staff and anyone else, and audits nothing", async () => {
    const before = await exportsAudited();

    const bySupport = await exportAs(support, "");
    const byClient = await exportAs(await createUser(testDb().db), "");
    const byNobody = await exportAs(null, "");

    expect(bySupport.status).toBe(403);
    expect(await bySupport.json()).toEqual({
      error: { code: "FORBIDDEN", message: "This is for the agency's admins only." },
    });
    expect(byClient.status).toBe(403);
    expect(byNobody.status).toBe(401);
    expect(await exportsAudited()).toBe(before);
  });

  it("answers a bad filter with a 400 that names it", async () => {
    const response = await exportAs(admin, "consent=maybe");

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "BAD_REQUEST", message: "Choose yes or no for consent." },
    });
    const backwards = await exportAs(admin, "from=2026-03-10&to=2026-03-01");
    expect(await backwards.json()).toMatchObject({
      error: { message: "The last day comes on or after the first." },
    });
  });
});
