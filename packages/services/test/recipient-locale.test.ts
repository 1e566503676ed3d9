import { emailOutbox } from "@arco/db/schema";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { recipientLocale } from "../src/accounts/recipient-locale";
import { sendWelcomeEmail } from "../src/notifications";
import { systemScope } from "../src/testing";

const testDb = useTestDb();

describe("the language emails go out in", () => {
  it("is the recipient's own choice, found by id or by address", async () => {
    const { db } = testDb();
    const user = await createUser(db, { locale: "pt-BR" });
    const org = await createOrg(db, { settings: { locale: "en" } });

    expect(await recipientLocale(db, { userId: user.id, orgId: org.id })).toBe("pt-BR");
    expect(await recipientLocale(db, { email: user.email.toUpperCase() })).toBe("pt-BR");
  });

  it("falls back to the organization's language, then English", async () => {
    const { db } = testDb();
    const user = await createUser(db);
    const org = await createOrg(db, { settings: { locale: "pt-BR" } });
    const plain = await createOrg(db);

    expect(await recipientLocale(db, { userId: user.id, orgId: org.id })).toBe("pt-BR");
    expect(await recipientLocale(db, { email: "nobody@example.test", orgId: org.id })).toBe(
      "pt-BR",
    );
    expect(await recipientLocale(db, { userId: user.id, orgId: plain.id })).toBe("en");
    expect(await recipientLocale(db, {})).toBe("en");
  });

  it("writes a Portuguese speaker's welcome in Portuguese", async () => {
    const { db } = testDb();
    const user = await createUser(db, { name: "Rita", locale: "pt-BR" });

    const result = await sendWelcomeEmail(systemScope(db, { appUrl: "https://app.arco.test" }), {
      userId: user.id,
    });

    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, result.id));
    expect(mail!.subject).toBe("Boas-vindas ao Arco");
    expect(mail!.text).toContain("Boas-vindas ao Arco, Rita");
  });
});
