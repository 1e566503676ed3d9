import { emailOutbox } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { ServiceError } from "../src/errors";
import { sendWelcomeEmail } from "../src/notifications";

const testDb = useTestDb();
const dashboardUrl = "https://app.arco.test/dashboard";

describe("sendWelcomeEmail", () => {
  it("welcomes the user by name at their address, linking to the dashboard", async () => {
    const { db } = testDb();
    const user = await createUser(db, { name: "Rita Alves" });

    const result = await sendWelcomeEmail(db, { userId: user.id, dashboardUrl });

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

    const first = await sendWelcomeEmail(db, { userId: user.id, dashboardUrl });
    const again = await sendWelcomeEmail(db, { userId: user.id, dashboardUrl });

    expect(again).toEqual({ ...first, duplicate: true });
    const mails = await db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email));
    expect(mails).toHaveLength(1);
  });

  it("fails with NOT_FOUND for an account that no longer exists", async () => {
    const { db } = testDb();
    const missing = sendWelcomeEmail(db, {
      userId: "00000000-0000-4000-8000-000000000000",
      dashboardUrl,
    });
    await expect(missing).rejects.toBeInstanceOf(ServiceError);
    await expect(missing).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
