/**
 * The per-IP limit counts requests, not procedure calls: a page that prefetches several
 * procedures in one render, or a batch of calls in one HTTP request, is one request against it.
 */
import { useTestDb } from "@arco/db/testing";
import { createRateLimiter } from "@arco/ratelimit";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";

import { callerFor } from "./harness";

const testDb = useTestDb();

describe("the per-IP limit", () => {
  it("counts one request however many procedures it calls", async () => {
    const rateLimiter = createRateLimiter({
      store: { kind: "memory" },
      rules: { "public.ip": { limit: 3 } },
    });
    const request = () => callerFor({ database: testDb(), rateLimiter });

    // One request (one context, as a page render or an HTTP batch has) calling five times.
    const page = await request();
    for (let i = 0; i < 5; i++) await expect(page.system.health()).resolves.toBeDefined();

    await (await request()).system.health();
    await (await request()).system.health();
    const fourth = await request();
    const refused = await fourth.system.health().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    // Refused once, refused for the rest of that request.
    await expect(fourth.system.health()).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });
});
