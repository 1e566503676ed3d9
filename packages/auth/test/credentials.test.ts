import { randomUUID } from "node:crypto";

import { createUser, useTestDb } from "@arco/db/testing";
import { createRateLimiter } from "@arco/ratelimit";
import type { ClosableRateLimiter, RateLimitStoreOptions } from "@arco/ratelimit";
import { accounts } from "@arco/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authorizeCredentials } from "../src/credentials";
import { redisUrl } from "./env";

const testDb = useTestDb();
const PASSWORD = "the right password";
const limiters: ClosableRateLimiter[] = [];
afterAll(async () => {
  await Promise.all(limiters.map((l) => l.close()));
});

let email: string;
beforeAll(async () => {
  email = `signin-${randomUUID()}@example.test`;
  await createUser(testDb().db, { email, passwordHash: await accounts.hashPassword(PASSWORD) });
});

/** Five attempts per account per window, counted in `store` under a prefix of this run. */
function limiter(store: RateLimitStoreOptions) {
  const created = createRateLimiter({
    store,
    prefix: `arco:test:${randomUUID()}`,
    timeoutMs: 500,
    rules: { "auth.signIn.account": { limit: 5, windowMs: 60_000 } },
  });
  limiters.push(created);
  return created;
}

const attempt = (l: ClosableRateLimiter, password: string, ip = "198.51.100.1") =>
  authorizeCredentials(testDb().db, l, { email, password }, ip).then(
    (user) => ({ ok: true as const, user }),
    (error: { code?: string }) => ({ ok: false as const, code: error.code }),
  );

describe.each([
  ["the real Redis", { kind: "redis", url: redisUrl } as const],
  ["the in-process limiter (no Redis configured)", { kind: "memory" } as const],
])("password sign-in rate limits on %s", (_name, store) => {
  it("refuses the 6th attempt on an account from one address, even with the right password", async () => {
    const l = limiter(store);
    for (let i = 0; i < 4; i++)
      expect(await attempt(l, "wrong password")).toEqual({
        ok: false,
        code: "invalid_credentials",
      });
    expect((await attempt(l, PASSWORD)).ok).toBe(true);
    expect(await attempt(l, PASSWORD)).toEqual({ ok: false, code: "rate_limited" });
  });

  it("never lets a stranger's wrong guesses lock the owner out", async () => {
    const l = limiter(store);
    for (let i = 0; i < 8; i++) await attempt(l, "a stranger's guess", "203.0.113.66");
    expect(await attempt(l, PASSWORD, "203.0.113.66")).toEqual({ ok: false, code: "rate_limited" });
    // The owner, from their own address, signs in as usual.
    expect((await attempt(l, PASSWORD, "198.51.100.20")).ok).toBe(true);
  });

  it("counts a whole IPv6 /64 as one address", async () => {
    const l = limiter(store);
    for (let i = 1; i <= 5; i++) await attempt(l, "wrong password", `2001:db8:5:5::${i}`);
    expect(await attempt(l, PASSWORD, "2001:db8:5:5::99")).toEqual({
      ok: false,
      code: "rate_limited",
    });
  });
});

describe("password sign-in with the limiter's store down", () => {
  it("fails closed with its own code, whatever the password", async () => {
    const l = limiter({ kind: "redis", url: "redis://127.0.0.1:6390" });
    expect(await attempt(l, PASSWORD)).toEqual({ ok: false, code: "unavailable" });
  });
});

describe("an unverified address", () => {
  it("cannot sign in with a password, and says why only to whoever knows the password", async () => {
    const unverified = `unverified-${randomUUID()}@example.test`;
    await createUser(testDb().db, {
      email: unverified,
      emailVerified: null,
      passwordHash: await accounts.hashPassword(PASSWORD),
    });
    const l = limiter({ kind: "memory" });
    const signIn = (password: string) =>
      authorizeCredentials(testDb().db, l, { email: unverified, password }, "198.51.100.7").catch(
        (e: { code: string }) => e.code,
      );
    expect(await signIn(PASSWORD)).toBe("email_not_verified");
    expect(await signIn("a wrong password")).toBe("invalid_credentials");
  });
});

describe("credentials input", () => {
  it("treats a malformed payload as invalid credentials without touching the limiter", async () => {
    const l = limiter({ kind: "memory" });
    const result = await authorizeCredentials(
      testDb().db,
      l,
      { email: "not an email", password: 3 },
      "ip",
    ).catch((e: { code: string }) => e.code);
    expect(result).toBe("invalid_credentials");
  });
});
