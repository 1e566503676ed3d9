import { afterEach, describe, expect, it, vi } from "vitest";

import { addressBucket, clientIp, createRateLimiter } from "../src";
import { createMemoryWindow } from "../src/memory-store";
import { trackLimiters } from "./helpers";

const limiters = trackLimiters();
const memory = { kind: "memory" } as const;

afterEach(async () => {
  vi.useRealTimers();
  await limiters.closeAll();
});

describe("in-process store", () => {
  it("denies the N+1st check in a window and says when to retry", async () => {
    const limiter = limiters.make({
      store: memory,
      rules: { "auth.signIn.account": { limit: 3, windowMs: 10_000 } },
    });
    expect(limiter.store).toBe("memory");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T10:00:01.200Z"));

    for (let i = 0; i < 3; i++) {
      expect(await limiter.check("auth.signIn.account", "u1")).toMatchObject({
        allowed: true,
        reason: "ok",
        remaining: 2 - i,
        retryAfterSeconds: 0,
      });
    }
    const denied = await limiter.check("auth.signIn.account", "u1");

    expect(denied).toMatchObject({ allowed: false, reason: "exceeded", limit: 3, remaining: 0 });
    // The window opened with the first check and lasts ten seconds.
    expect(denied.resetAt.toISOString()).toBe("2026-03-01T10:00:11.200Z");
    expect(denied.retryAfterSeconds).toBe(10);
  });

  it("holds the limit across the turn of the clock hour", async () => {
    const limiter = limiters.make({
      store: memory,
      rules: { "analyses.run.anonymous": { limit: 5, windowMs: 3_600_000 } },
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T08:59:58.000Z"));
    for (let i = 0; i < 5; i++) await limiter.check("analyses.run.anonymous", "2001:db8::1");

    vi.setSystemTime(new Date("2026-03-01T09:00:05.000Z"));
    const sixth = await limiter.check("analyses.run.anonymous", "2001:db8::1");

    expect(sixth).toMatchObject({ allowed: false, reason: "exceeded" });
    expect(sixth.resetAt.toISOString()).toBe("2026-03-01T09:59:58.000Z");
  });

  it("lets exactly the limit through when 50 checks race", async () => {
    const limiter = limiters.make({
      store: memory,
      rules: { "public.ip": { limit: 10, windowMs: 3_600_000 } },
    });

    const decisions = await Promise.all(
      Array.from({ length: 50 }, () => limiter.check("public.ip", "203.0.113.7")),
    );

    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
  });

  it("counts identifiers separately and emails case-insensitively", async () => {
    const limiter = limiters.make({
      store: memory,
      rules: { "auth.magicLink.account": { limit: 1, windowMs: 3_600_000 } },
    });

    expect((await limiter.check("auth.magicLink.account", "Ann@Example.com")).allowed).toBe(true);
    expect((await limiter.check("auth.magicLink.account", " ann@example.com")).allowed).toBe(false);
    expect((await limiter.check("auth.magicLink.account", "bob@example.com")).allowed).toBe(true);
  });

  it("gives the whole allowance back when the window ends, and not before", async () => {
    const limiter = limiters.make({
      store: memory,
      rules: { "auth.signUp.ip": { limit: 2, windowMs: 1_000 } },
    });
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T10:00:00.000Z"));
    await limiter.check("auth.signUp.ip", "ip");
    await limiter.check("auth.signUp.ip", "ip");
    vi.setSystemTime(new Date("2026-03-01T10:00:00.999Z"));
    expect((await limiter.check("auth.signUp.ip", "ip")).allowed).toBe(false);

    vi.setSystemTime(new Date("2026-03-01T10:00:01.000Z"));
    expect(await limiter.check("auth.signUp.ip", "ip")).toMatchObject({
      allowed: true,
      remaining: 1,
    });
    expect((await limiter.check("auth.signUp.ip", "ip")).allowed).toBe(true);
    const denied = await limiter.check("auth.signUp.ip", "ip");
    expect(denied.allowed).toBe(false);
    // The next window follows on from the first.
    expect(denied.resetAt.toISOString()).toBe("2026-03-01T10:00:02.000Z");
  });

  it("uses the contract's defaults when no rules are given", async () => {
    const limiter = limiters.make({ store: memory });
    const decisions = [];
    for (let i = 0; i < 4; i++)
      decisions.push(await limiter.check("auth.magicLink.account", "a@b.c"));

    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3]?.limit).toBe(3);
    expect(decisions[3]?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("forgets counters whose windows are over", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T10:00:00.000Z"));
    const window = createMemoryWindow();
    for (let i = 0; i < 100; i++) window.limit(`ip-${i}`, 5, 1_000);
    expect(window.size()).toBe(100);

    vi.setSystemTime(new Date("2026-03-01T10:05:00.000Z"));
    window.limit("late", 5, 1_000);

    expect(window.size()).toBe(1);
  });
});

describe("clientIp", () => {
  it("reads only the address Arco's server recorded, never a forwarding header", () => {
    expect(clientIp(new Headers({ "x-arco-client-ip": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-arco-client-ip": "2001:db8::1" }))).toBe("2001:db8::1");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("unknown");
    expect(clientIp(new Headers({ "x-arco-client-ip": "not an address" }))).toBe("unknown");
  });
});

describe("addressBucket", () => {
  it("counts IPv4 addresses one by one and IPv6 addresses by their /64", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002::9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("unknown")).toBe("unknown");
  });

  it("makes a whole /64 share one allowance", async () => {
    const limiter = createRateLimiter({
      store: { kind: "memory" },
      rules: { "public.ip": { limit: 2 } },
    });
    const results = await Promise.all(
      ["2001:db8:7:7::1", "2001:db8:7:7::2", "2001:db8:7:7:ffff::3"].map((ip) =>
        limiter.check("public.ip", ip),
      ),
    );
    expect(results.map((r) => r.allowed)).toEqual([true, true, false]);
    expect((await limiter.check("public.ip", "2001:db8:7:8::1")).allowed).toBe(true);
  });
});
