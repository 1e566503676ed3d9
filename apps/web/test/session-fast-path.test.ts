/**
 * The request path reads Auth.js's own session cookie itself (`sessionOf`), and the `sessions`
 * row it names decides: a cookie Auth.js wrote works until its session is revoked, and not one
 * request after.
 */
import { createCaller, createTRPCContext } from "@arco/api";
import { sessionOf } from "@arco/auth";
import { env } from "@arco/auth/env";
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { createRateLimiter } from "@arco/ratelimit";
import { accounts } from "@arco/services";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

const testDb = useTestDb();
const COOKIE = "authjs.session-token";

async function request(cookie: string) {
  const headers = new Headers({ cookie, "x-arco-client-ip": "203.0.113.8" });
  const ctx = await createTRPCContext({
    database: testDb(),
    headers,
    session: await sessionOf(headers),
    rateLimiter: createRateLimiter({ store: { kind: "memory" } }),
    emit: async () => ({ sent: false }),
  });
  return createCaller(ctx);
}

describe("the session cookie on the request path", () => {
  it("signs in with the cookie Auth.js wrote, and refuses it once its session is revoked", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { owner, name: "Cookie Org" });
    const sessionId = await accounts.startSession(db, owner.id);
    const token = await encode({
      token: { sub: owner.id, sid: sessionId, email: owner.email },
      secret: env.AUTH_SECRET,
      salt: COOKIE,
    });
    const cookie = `${COOKIE}=${token}`;

    expect((await (await request(cookie)).orgs.current()).id).toBe(org.id);

    await accounts.endSession(db, sessionId);
    await expect((await request(cookie)).orgs.current()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("is no one with a forged cookie", async () => {
    await expect((await request(`${COOKIE}=e30.e30.e30.e30.e30`)).me.get()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});
