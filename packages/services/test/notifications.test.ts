import { emailOutbox, notifications } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { ServiceError } from "../src/errors";
import { listNotifications, markNotificationsRead, sendWelcomeEmail } from "../src/notifications";
import { systemScope, userScope } from "../src/testing";

const testDb = useTestDb();
const appUrl = "https://app.arco.test";
const dashboardUrl = `${appUrl}/dashboard`;

describe("sendWelcomeEmail", () => {
  it("welcomes the user by name at their address, linking to the dashboard", async () => {
    const { db } = testDb();
    const user = await createUser(db, { name: "Rita Alves" });

    const result = await sendWelcomeEmail(systemScope(db, { appUrl }), { userId: user.id });

    expect(result).toMatchObject({ duplicate: false, provider: "outbox", status: "stored" });
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, result.id));
    expect(mail).toMatchObject({
      to: user.email,
      template: "welcome",
      subject: "Welcome to Arco",
      idempotencyKey: `welcome:${user.id}`,
    });
    expect(mail!.text).toContain("Welcome to Arco, Rita Alves");
    expect(mail!.text).toContain(dashboardUrl);
  });

  it("sends one welcome email however often it is asked", async () => {
    const { db } = testDb();
    const user = await createUser(db);

    const first = await sendWelcomeEmail(systemScope(db, { appUrl }), { userId: user.id });
    const again = await sendWelcomeEmail(systemScope(db, { appUrl }), { userId: user.id });

    expect(again).toEqual({ ...first, duplicate: true });
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email));
    expect(mails).toHaveLength(1);
  });

  it("fails with NOT_FOUND for an account that no longer exists", async () => {
    const { db } = testDb();
    const missing = sendWelcomeEmail(systemScope(db), {
      userId: "00000000-0000-4000-8000-000000000000",
    });
    await expect(missing).rejects.toBeInstanceOf(ServiceError);
    await expect(missing).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the notification inbox", () => {
  it("lists a person's own notifications newest first and marks them read, never others'", async () => {
    const { db } = testDb();
    const [ana, bruno] = [await createUser(db), await createUser(db)];
    const org = await createOrg(db, { tier: "pro", owner: ana });
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    await db.insert(notifications).values([
      { orgId: org.id, userId: ana.id, kind: "k", title: "Older", createdAt: at(10) },
      { orgId: org.id, userId: ana.id, kind: "k", title: "Newer", createdAt: at(1) },
      { orgId: org.id, userId: bruno.id, kind: "k", title: "Bruno's", createdAt: at(5) },
    ]);
    const asAna = userScope(db, ana);

    const first = await listNotifications(asAna, { limit: 1 });
    const second = await listNotifications(asAna, { limit: 1, cursor: first.nextCursor! });
    expect([...first.items, ...second.items].map((n) => n.title)).toEqual(["Newer", "Older"]);
    expect(first.unread).toBe(2);

    expect(await markNotificationsRead(asAna, { all: true })).toEqual({ marked: 2 });
    expect((await listNotifications(asAna, { limit: 10 })).unread).toBe(0);
    expect((await listNotifications(userScope(db, bruno), { limit: 10 })).unread).toBe(1);
  });
});
