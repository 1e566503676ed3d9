import { randomUUID } from "node:crypto";

import { emailOutbox, users } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { createRateLimiter } from "@arco/ratelimit";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { createCaller } from "../src";
import { waitFor } from "../src/caller";
import { createTRPCContext } from "../src/trpc";
import { PASSWORD, recordingEmit } from "./harness";

const testDb = useTestDb();
const redisUrl = "redis://127.0.0.1:6379";
const limiters: { close(): Promise<void> }[] = [];
afterAll(async () => Promise.all(limiters.map((l) => l.close())));

async function anonymous(store: Parameters<typeof createRateLimiter>[0]["store"], ip: string) {
  const limiter = createRateLimiter({
    store,
    prefix: `arco:test:${randomUUID()}`,
    timeoutMs: 500,
    rules: { "auth.signUp.ip": { limit: 2, windowMs: 60_000 } },
  });
  limiters.push(limiter);
  const recorder = recordingEmit();
  const ctx = await createTRPCContext({
    database: testDb(),
    headers: new Headers({ "x-arco-client-ip": ip }),
    session: null,
    rateLimiter: limiter,
    emit: recorder.emit,
  });
  return { caller: createCaller(ctx), events: recorder.events };
}

const newAccount = () => ({
  name: "Nina",
  email: `nina-${randomUUID()}@example.test`,
  password: PASSWORD,
});

describe("auth.signUp", () => {
  it("starts the welcome job and emails a verification link", async () => {
    const { caller, events } = await anonymous({ kind: "memory" }, "192.0.2.10");
    const account = newAccount();
    expect(await caller.auth.signUp(account)).toEqual({ verificationSentTo: account.email });
    const [user] = await testDb().db.select().from(users).where(eq(users.email, account.email));
    expect(events).toEqual([{ name: "user/signed-up", data: { userId: user!.id } }]);
    const mails = await testDb()
      .db.select()
      .from(emailOutbox)
      .where(eq(emailOutbox.to, account.email));
    expect(mails.map((m) => m.template)).toEqual(["verify-email"]);
  });

  it("answers a taken address exactly like a free one, and emails its owner instead", async () => {
    const { caller, events } = await anonymous({ kind: "memory" }, "192.0.2.11");
    const account = newAccount();
    const first = await caller.auth.signUp(account);
    const again = await caller.auth.signUp({
      ...account,
      name: "Not Nina",
      email: account.email.toUpperCase(),
    });

    expect(again).toEqual(first);
    expect(events).toHaveLength(1);
    const mails = await testDb()
      .db.select()
      .from(emailOutbox)
      .where(eq(emailOutbox.to, account.email));
    expect(mails.map((m) => m.template).sort()).toEqual(["sign-up-attempt", "verify-email"]);
    expect(await testDb().db.$count(users, eq(users.email, account.email))).toBe(1);
  });

  it("refuses the 3rd sign-up from one address in the window, on the real Redis, with a retry time", async () => {
    const { caller } = await anonymous(
      { kind: "redis", url: redisUrl },
      `192.0.2.${Math.floor(Math.random() * 200)}`,
    );
    await caller.auth.signUp(newAccount());
    await caller.auth.signUp(newAccount());
    const error = await caller.auth.signUp(newAccount()).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many attempts\. Try again in (\d+ seconds|1 minute)\.$/),
    });
    expect(
      (error as { cause: { retryAfterSeconds: number } }).cause.retryAfterSeconds,
    ).toBeGreaterThan(0);
  });

  it("fails closed, with a clear message, when the limiter's store is down", async () => {
    const { caller } = await anonymous(
      { kind: "redis", url: "redis://127.0.0.1:6390" },
      "192.0.2.99",
    );
    await expect(caller.auth.signUp(newAccount())).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: expect.stringContaining("temporarily unavailable"),
    });
  });
});

describe("how long to wait", () => {
  it("reads naturally", () => {
    expect([0.2, 1, 59, 60, 61, 3599, 3600, 7200].map(waitFor)).toEqual([
      "1 second",
      "1 second",
      "59 seconds",
      "1 minute",
      "2 minutes",
      "1 hour",
      "1 hour",
      "2 hours",
    ]);
  });
});
