import { createUser, useTestDb } from "@arco/db/testing";
import { InngestTestEngine, mockCtx } from "@inngest/test";
import { afterEach, describe, expect, it, vi } from "vitest";

import { sendWelcomeEmail } from "./send-welcome-email";

const testDb = useTestDb();

/** One run of the real handler for a `user/signed-up` event, on this file's database. */
function signUp(userId: string) {
  return new InngestTestEngine({
    function: sendWelcomeEmail.inngest,
    events: [{ name: "user/signed-up", data: { userId } }],
    transformCtx: (ctx) => ({ ...mockCtx(ctx), db: testDb().db }),
  }).execute();
}

const welcomeRows = (userId: string) =>
  testDb().db.query.emailOutbox.findMany({
    where: (mail, { eq }) => eq(mail.idempotencyKey, `welcome:${userId}`),
  });

describe("send-welcome-email", () => {
  afterEach(() => vi.restoreAllMocks());

  it("welcomes the new user with a link to their dashboard", async () => {
    const user = await createUser(testDb().db, { name: "Rita Alves" });

    const { result, error, ctx } = await signUp(user.id);

    expect(error).toBeUndefined();
    expect(result).toMatchObject({ status: "stored", provider: "outbox", duplicate: false });
    expect(ctx.step.run).toHaveBeenCalledWith("send-welcome-email", expect.any(Function));
    const rows = await welcomeRows(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ to: user.email, template: "welcome" });
    expect(rows[0]!.text).toContain("Welcome to Arco, Rita Alves");
    expect(rows[0]!.text).toContain("https://app.arco.test/dashboard");
  });

  it("sends one email when the event is delivered twice", async () => {
    const user = await createUser(testDb().db);

    const first = await signUp(user.id);
    const second = await signUp(user.id);

    expect(first.result).toMatchObject({ duplicate: false });
    expect(second.result).toMatchObject({ duplicate: true });
    expect(await welcomeRows(user.id)).toHaveLength(1);
  });

  it("finishes without an email or a retry when the account is gone", async () => {
    const userId = "00000000-0000-4000-8000-000000000000";

    const { result, error } = await signUp(userId);

    expect(error).toBeUndefined();
    expect(result).toEqual({ skipped: "The account no longer exists." });
    expect(await welcomeRows(userId)).toHaveLength(0);
  });

  it("rejects an event whose user id is not a uuid", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { error } = await signUp("not-a-uuid");
    expect(error).toMatchObject({ message: expect.stringContaining("userId: Invalid UUID") });
    expect(await welcomeRows("not-a-uuid")).toHaveLength(0);
  });
});
