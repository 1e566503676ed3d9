import { auditLogs, organizations } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { organizationSettings, updateOrganization } from "../src/orgs";
import { orgScope } from "../src/testing";
import { actorFor } from "./helpers";

const testDb = useTestDb();

const PNG_1PX =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function setUp() {
  const { db } = testDb();
  const owner = await createUser(db);
  const org = await createOrg(db, { tier: "pro", owner });
  const row = async () =>
    (await db.select().from(organizations).where(eq(organizations.id, org.id)))[0]!;
  return { scope: orgScope(db, actorFor(owner), org.id), db, org, row };
}

describe("organization settings", () => {
  it("start in Portuguese on São Paulo's clock, inviting by owners and admins", async () => {
    const { row } = await setUp();
    expect(organizationSettings(await row())).toMatchObject({
      locale: "pt-BR",
      timeZone: "America/Sao_Paulo",
      invitePolicy: "managers",
      logoUrl: null,
    });
  });

  it("change only what is given, keep the other settings, and are audited", async () => {
    const { scope, db, org, row } = await setUp();
    await db
      .update(organizations)
      .set({ settings: { brandColor: "#123456" } })
      .where(eq(organizations.id, org.id));

    await updateOrganization(scope, { timeZone: "Europe/Lisbon", locale: "en" });
    await updateOrganization(scope, { logoUrl: PNG_1PX });

    const after = await row();
    expect(after.settings).toEqual({
      brandColor: "#123456",
      timezone: "Europe/Lisbon",
      locale: "en",
    });
    expect(after.logoUrl).toBe(PNG_1PX);
    expect(after.name).toBe(org.name);
    const audit = await db.select().from(auditLogs).where(eq(auditLogs.orgId, org.id));
    const logoChange = audit.find((entry) =>
      JSON.stringify(entry.after).includes('"hasLogo":true'),
    );
    // The log says the logo changed, without the image.
    expect(logoChange).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain("iVBORw0KGgo");

    await updateOrganization(scope, { logoUrl: null });
    expect((await row()).logoUrl).toBeNull();
  });

  it("refuse a logo whose bytes are not the image type it claims", async () => {
    const { scope, row } = await setUp();
    const html = Buffer.from("<svg onload=alert(1)>").toString("base64");
    await expect(
      updateOrganization(scope, { logoUrl: `data:image/png;base64,${html}` }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The logo must be a PNG, JPEG or WebP image.",
    });
    expect((await row()).logoUrl).toBeNull();
  });
});
