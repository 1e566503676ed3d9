/**
 * The audit log's CSV export as `/api/admin/audit/export` answers it: agency admins only, the
 * viewer's filters from the address, every matching row streamed, formulas defused, and the
 * export itself audited.
 */
import { auditLogs } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { accounts } from "@arco/services";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { answer, exportAuditCsv } from "../src";
import { relaxedLimiter } from "./harness";

const testDb = useTestDb();

let people: Record<"admin" | "support" | "client", { id: string }>;
let vela: { id: string };
let lumen: { id: string };
const HOSTILE = '=HYPERLINK("https://evil.example","Click")';

beforeAll(async () => {
  const { db } = testDb();
  const client = await createUser(db, { name: "Ana Client" });
  people = {
    admin: await createUser(db, { staffRole: "admin" }),
    support: await createUser(db, { staffRole: "support" }),
    client,
  };
  vela = await createOrg(db, { name: "Vela Outdoor", owner: client });
  lumen = await createOrg(db, { name: "Lumen Dental" });
  const by = { actorUserId: client.id, effectiveUserId: client.id };
  await db.insert(auditLogs).values([
    {
      ...by,
      orgId: vela.id,
      action: "tickets.create",
      resourceType: "support_ticket",
      resourceId: HOSTILE,
    },
    {
      ...by,
      orgId: vela.id,
      action: "projects.update",
      resourceType: "project",
      after: { name: "-1+1" },
    },
    { ...by, orgId: lumen.id, action: "tickets.create", resourceType: "support_ticket" },
  ]);
  // More of Vela's tickets than the export reads in one page.
  await db.execute(sql`
    insert into audit_logs (org_id, actor_user_id, effective_user_id, action, resource_type, resource_id, created_at)
    select ${vela.id}, ${client.id}, ${client.id}, 'tickets.reply', 'support_ticket', 't-' || n,
      now() - n * interval '1 minute'
    from generate_series(1, 1200) n`);
});

/** The route's answer to `who` asking for `query`. */
async function exportAs(who: keyof typeof people | null, query: Record<string, string>) {
  const userId = who ? people[who].id : null;
  const sessionId = userId ? await accounts.startSession(testDb().db, userId) : null;
  const headers = new Headers({ "x-arco-client-ip": "203.0.113.9" });
  return answer(
    () =>
      exportAuditCsv(
        {
          database: testDb(),
          headers,
          session: userId ? { user: { id: userId }, sessionId } : null,
          rateLimiter: relaxedLimiter(),
        },
        new URLSearchParams(query),
      ),
    { headers },
  );
}

const exportsRecorded = () =>
  testDb().db.select().from(auditLogs).where(eq(auditLogs.action, "admin.audit.export"));

/** RFC 4180 lines into cells (quoted cells may hold commas and doubled quotes). */
const rowsOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) =>
      [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, cell]) =>
        cell!.startsWith('"') ? cell!.slice(1, -1).replaceAll('""', '"') : cell!,
      ),
    );

describe("the audit export", () => {
  it.each([
    ["support staff", "support", 403],
    ["a client", "client", 403],
    ["a signed-out visitor", null, 401],
  ] as const)("is refused to %s, and nothing is recorded", async (_who, who, status) => {
    const response = await exportAs(who, {});
    expect(response.status).toBe(status);
    expect(await exportsRecorded()).toEqual([]);
  });

  it("gives an admin the filtered view as a CSV attachment, every row of it, and audits it", async () => {
    const response = await exportAs("admin", { clientOrgId: vela.id, action: "tickets." });

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = rowsOf(await response.text());
    expect(header).toContain("action");
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    // Vela's 1,201 ticket entries, across pages of the export; not its project nor Lumen's.
    expect(rows).toHaveLength(1201);
    expect(new Set(column("organization"))).toEqual(new Set(["Vela Outdoor"]));
    expect(new Set(column("action"))).toEqual(new Set(["tickets.create", "tickets.reply"]));
    expect(new Set(column("resource_id")).size).toBe(1201);

    const [recorded] = await exportsRecorded();
    expect(recorded).toMatchObject({
      actorUserId: people.admin.id,
      effectiveUserId: people.admin.id,
      resourceType: "audit_log",
      after: { filters: { clientOrgId: vela.id, action: "tickets." } },
    });
  });

  it("keeps a cell a spreadsheet would run as a formula as text", async () => {
    const response = await exportAs("admin", { clientOrgId: vela.id, action: "tickets.create" });
    const [header, row] = rowsOf(await response.text());
    expect(row![header!.indexOf("resource_id")]).toBe(`'${HOSTILE}`);
    expect(row![header!.indexOf("action")]).toBe("tickets.create");
  });

  it("answers a bad filter with a 400 that names it, and exports nothing", async () => {
    const before = (await exportsRecorded()).length;
    const cases = [
      [{ clientOrgId: "not-an-id" }, /organization/],
      [{ actorUserId: "42" }, /actor/],
      [{ from: "2026-02-30" }, /start date/],
      [{ from: "2026-03-10", to: "2026-03-01" }, /end date/],
      [{ action: "DROP TABLE" }, /action/],
    ] as const;
    for (const [query, message] of cases) {
      const response = await exportAs("admin", query);
      expect(response.status, JSON.stringify(query)).toBe(400);
      const { error } = (await response.json()) as { error: { message: string } };
      expect(error.message).toMatch(message);
    }
    expect(await exportsRecorded()).toHaveLength(before);
  });
});
