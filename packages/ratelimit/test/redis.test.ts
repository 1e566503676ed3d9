import { createHash } from "node:crypto";
import { connect, createServer } from "node:net";
import type { Server, Socket } from "node:net";

import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { createScriptClient, createTcpRedis } from "../src/redis-adapter";
import { connectAdminRedis, deleteKeys, REDIS_URL, trackLimiters } from "./helpers";

const HOUR = 3_600_000;
const tight = { "auth.signIn.account": { limit: 3, windowMs: HOUR } } as const;

let admin: Redis;
const limiters = trackLimiters();

beforeAll(async () => {
  admin = await connectAdminRedis();
});

afterEach(async () => {
  vi.useRealTimers();
  await limiters.closeAll();
});

afterAll(async () => {
  if (!admin) return;
  await deleteKeys(admin, "arco:rl:test:*");
  admin.disconnect();
});

describe("Redis store", () => {
  it("reports the store it uses", () => {
    expect(limiters.make({ store: { kind: "redis", url: REDIS_URL } }).store).toBe("redis");
  });

  it("denies the N+1st check in a window and says when to retry", async () => {
    const limiter = limiters.make({ store: { kind: "redis", url: REDIS_URL }, rules: tight });

    const allowed = [];
    for (let i = 0; i < 3; i++) allowed.push(await limiter.check("auth.signIn.account", "u1"));
    expect(allowed.map((d) => [d.allowed, d.reason, d.remaining])).toEqual([
      [true, "ok", 2],
      [true, "ok", 1],
      [true, "ok", 0],
    ]);

    const denied = await limiter.check("auth.signIn.account", "u1");
    expect(denied).toMatchObject({ allowed: false, reason: "exceeded", limit: 3, remaining: 0 });
    expect(denied.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(denied.retryAfterSeconds).toBeLessThanOrEqual(HOUR / 1000);
    expect(denied.retryAfterSeconds).toBe(
      Math.ceil((denied.resetAt.getTime() - Date.now()) / 1000),
    );
  });

  it("holds the limit across the turn of the clock hour, and says when it ends", async () => {
    const limiter = limiters.make({
      store: { kind: "redis", url: REDIS_URL },
      rules: { "analyses.run.anonymous": { limit: 5, windowMs: HOUR } },
    });
    // The limiter passes its own clock to Redis, so a fake Date moves the window.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-01T08:59:58.000Z"));
    for (let i = 0; i < 5; i++) await limiter.check("analyses.run.anonymous", "2001:db8::1");

    vi.setSystemTime(new Date("2026-03-01T09:00:05.000Z"));
    const sixth = await limiter.check("analyses.run.anonymous", "2001:db8::1");
    expect(sixth).toMatchObject({ allowed: false, reason: "exceeded" });
    expect(sixth.resetAt.toISOString()).toBe("2026-03-01T09:59:58.000Z");

    vi.setSystemTime(new Date("2026-03-01T09:59:58.000Z"));
    expect(await limiter.check("analyses.run.anonymous", "2001:db8::1")).toMatchObject({
      allowed: true,
      remaining: 4,
    });
  });

  it("lets exactly the limit through when 50 checks race", async () => {
    const limiter = limiters.make({
      store: { kind: "redis", url: REDIS_URL },
      rules: { "public.ip": { limit: 10, windowMs: HOUR } },
    });

    const decisions = await Promise.all(
      Array.from({ length: 50 }, () => limiter.check("public.ip", "203.0.113.7")),
    );

    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(decisions.filter((d) => d.reason === "exceeded")).toHaveLength(40);
  });

  it("counts identifiers separately", async () => {
    const limiter = limiters.make({ store: { kind: "redis", url: REDIS_URL }, rules: tight });
    for (let i = 0; i < 3; i++) await limiter.check("auth.signIn.account", "alice");

    expect((await limiter.check("auth.signIn.account", "alice")).allowed).toBe(false);
    expect((await limiter.check("auth.signIn.account", "bob")).allowed).toBe(true);
  });

  it("counts rules separately for the same identifier", async () => {
    const limiter = limiters.make({
      store: { kind: "redis", url: REDIS_URL },
      rules: { ...tight, "auth.magicLink.account": { limit: 1, windowMs: HOUR } },
    });
    for (let i = 0; i < 3; i++) await limiter.check("auth.signIn.account", "a@x.test");

    expect((await limiter.check("auth.signIn.account", "a@x.test")).allowed).toBe(false);
    expect((await limiter.check("auth.magicLink.account", "a@x.test")).allowed).toBe(true);
  });

  it("treats an email the same whatever its case and spacing, and never stores it", async () => {
    const prefix = `arco:rl:test:email-${Date.now()}`;
    const limiter = limiters.make({
      store: { kind: "redis", url: REDIS_URL },
      rules: tight,
      prefix,
    });

    await limiter.check("auth.signIn.account", "Ann.Lee@Example.com");
    await limiter.check("auth.signIn.account", "  ann.lee@example.COM ");
    await limiter.check("auth.signIn.account", "ann.lee@example.com");
    const fourth = await limiter.check("auth.signIn.account", "ANN.LEE@EXAMPLE.COM");

    expect(fourth).toMatchObject({ allowed: false, reason: "exceeded" });
    const keys = await admin.keys(`${prefix}:*`);
    const digest = createHash("sha256").update("ann.lee@example.com").digest("hex");
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key.includes(digest) && !key.includes("@"))).toBe(true);

    // The same for an account counted together with an address (as sign-ins are).
    await limiter.check("auth.signIn.account", "Ann.Lee@Example.com from 203.0.113.0");
    await limiter.check("auth.signIn.account", "ann.lee@example.com from 203.0.113.0");
    await limiter.check("auth.signIn.account", "ann.lee@example.com from 203.0.113.0 ");
    expect(
      await limiter.check("auth.signIn.account", "ANN.LEE@example.com from 203.0.113.0"),
    ).toMatchObject({ allowed: false, reason: "exceeded" });
    expect((await admin.keys(`${prefix}:*`)).some((key) => key.includes("@"))).toBe(false);
  });

  it("keeps counting after the server's script cache is flushed", async () => {
    const limiter = limiters.make({ store: { kind: "redis", url: REDIS_URL }, rules: tight });

    expect((await limiter.check("auth.signIn.account", "flush")).allowed).toBe(true);
    await admin.script("FLUSH");
    expect((await limiter.check("auth.signIn.account", "flush")).allowed).toBe(true);
    await admin.script("FLUSH");
    expect((await limiter.check("auth.signIn.account", "flush")).allowed).toBe(true);
    expect(await limiter.check("auth.signIn.account", "flush")).toMatchObject({
      allowed: false,
      reason: "exceeded",
    });
  });

  it("answers at once after a refused connection instead of queueing", async () => {
    // A limiter that queued commands for a reconnect would answer only at its timeout (60 s,
    // longer than the test may run): an answer at all means it did not queue.
    const limiter = limiters.make({
      store: { kind: "redis", url: "redis://127.0.0.1:6390" },
      timeoutMs: 60_000,
    });
    await limiter.check("public.ip", "warm-up");

    const decision = await limiter.check("auth.signIn.ip", "198.51.100.1");

    expect(decision).toMatchObject({ allowed: false, reason: "store-unavailable" });
  });
});

describe("script adapter", () => {
  const script = "#!lua flags=allow-key-locking\nreturn {KEYS[1], ARGV[1] + 1}";
  const libraryHash = createHash("sha1").update(script).digest("hex");
  const strippedHash = createHash("sha1").update("return {KEYS[1], ARGV[1] + 1}").digest("hex");

  it("strips the Upstash-only shebang that stock Redis rejects", async () => {
    await expect(admin.eval(script, 0)).rejects.toThrow(/shebang|flag/i);

    const client = createTcpRedis({ url: REDIS_URL, timeoutMs: 1_000 });
    try {
      const adapter = createScriptClient(client);
      // The library's own hash is unknown at first: NOSCRIPT makes the limiter send the script.
      await expect(adapter.evalsha(libraryHash, ["k"], [1])).rejects.toThrow(/NOSCRIPT/);
      expect(await adapter.eval(script, ["k"], [1])).toEqual(["k", 2]);
      expect(await admin.script("EXISTS", strippedHash)).toEqual([1]);

      // From then on the library's hash maps to the stripped script, even after a flush.
      expect(await adapter.evalsha(libraryHash, ["k"], [41])).toEqual(["k", 42]);
      await admin.script("FLUSH");
      expect(await adapter.evalsha(libraryHash, ["k"], [9])).toEqual(["k", 10]);
      expect(await admin.script("EXISTS", strippedHash)).toEqual([1]);
    } finally {
      client.disconnect();
    }
  });
});

describe("when the store is unreachable", () => {
  it("fails closed for auth and invitations and open for public traffic", async () => {
    const limiter = limiters.make({ store: { kind: "redis", url: "redis://127.0.0.1:6390" } });

    const [signIn, magic, invite, pub] = await Promise.all([
      limiter.check("auth.signIn.account", "someone@example.com"),
      limiter.check("auth.magicLink.ip", "198.51.100.1"),
      limiter.check("invitations.create.user", "user-1"),
      limiter.check("public.ip", "198.51.100.1"),
    ]);

    for (const decision of [signIn, magic, invite]) {
      expect(decision).toMatchObject({ allowed: false, reason: "store-unavailable", remaining: 0 });
      expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    expect(pub).toMatchObject({ allowed: true, reason: "store-unavailable" });
  });

  describe("a store that accepts connections but never answers", () => {
    let server: Server;
    let port: number;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on("close", () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      port = typeof address === "object" && address ? address.port : 0;
    });

    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it("times out and applies the rule's failure mode", async () => {
      const limiter = limiters.make({
        store: { kind: "redis", url: `redis://127.0.0.1:${port}` },
        timeoutMs: 300,
      });

      // The store never answers: only the limiter's own timeout can end these checks.
      const [signUp, pub] = await Promise.all([
        limiter.check("auth.signUp.ip", "198.51.100.2"),
        limiter.check("public.ip", "198.51.100.2"),
      ]);

      expect(signUp).toMatchObject({ allowed: false, reason: "store-unavailable" });
      expect(pub).toMatchObject({ allowed: true, reason: "store-unavailable" });
    });
  });

  it("recovers on its own once Redis is reachable again", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const address = probe.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await new Promise((resolve) => probe.close(resolve));

    const limiter = limiters.make({ store: { kind: "redis", url: `redis://127.0.0.1:${port}` } });
    expect(await limiter.check("auth.signIn.ip", "ip")).toMatchObject({
      reason: "store-unavailable",
    });

    // A forwarder to the real Redis stands in for the server coming back on the same address.
    const target = new URL(REDIS_URL);
    const links = new Set<Socket>();
    const proxy = createServer((client) => {
      const upstream = connect(Number(target.port || 6379), target.hostname);
      for (const socket of [client, upstream]) {
        links.add(socket);
        socket.on("error", () => socket.destroy());
        socket.on("close", () => links.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(port, "127.0.0.1", resolve));
    try {
      await expect
        .poll(async () => (await limiter.check("auth.signIn.ip", "ip")).reason, {
          timeout: 3_000,
          interval: 100,
        })
        .toBe("ok");
    } finally {
      await limiter.close();
      for (const socket of links) socket.destroy();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it("fails closed on an unreachable Upstash endpoint too", async () => {
    const limiter = limiters.make({
      store: { kind: "upstash", url: "http://127.0.0.1:6390", token: "test" },
    });
    expect(limiter.store).toBe("upstash");

    const [signIn, pub] = await Promise.all([
      limiter.check("auth.signIn.ip", "198.51.100.3"),
      limiter.check("public.ip", "198.51.100.3"),
    ]);

    expect(signIn).toMatchObject({ allowed: false, reason: "store-unavailable" });
    expect(pub).toMatchObject({ allowed: true, reason: "store-unavailable" });
  });
});
