import { afterEach, describe, expect, it, vi } from "vitest";

async function freshModule() {
  vi.resetModules();
  return import("../src");
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as { arcoRateLimiter?: unknown }).arcoRateLimiter;
});

function stub(vars: Record<string, string>) {
  for (const name of [
    "UPSTASH_REDIS_REST_URL",
    "UPSTASH_REDIS_REST_TOKEN",
    "REDIS_URL",
    "RATE_LIMIT_RULES",
  ]) {
    vi.stubEnv(name, vars[name] ?? "");
  }
}

describe("store selection from the environment", () => {
  it("prefers Upstash when both of its variables are set", async () => {
    stub({
      UPSTASH_REDIS_REST_URL: "https://eu1.example.upstash.io",
      UPSTASH_REDIS_REST_TOKEN: "t",
      REDIS_URL: "redis://127.0.0.1:6379",
    });
    const { storeFromEnv } = await freshModule();
    expect(storeFromEnv()).toEqual({
      kind: "upstash",
      url: "https://eu1.example.upstash.io",
      token: "t",
    });
  });

  it("uses REDIS_URL next, then the in-process store", async () => {
    stub({ REDIS_URL: "redis://127.0.0.1:6379" });
    expect((await freshModule()).storeFromEnv()).toEqual({
      kind: "redis",
      url: "redis://127.0.0.1:6379",
    });

    stub({});
    expect((await freshModule()).storeFromEnv()).toEqual({ kind: "memory" });
  });

  it("refuses half an Upstash configuration", async () => {
    stub({ UPSTASH_REDIS_REST_URL: "https://eu1.example.upstash.io" });
    const { storeFromEnv } = await freshModule();
    expect(() => storeFromEnv()).toThrow(/UPSTASH_REDIS_REST_TOKEN/);
  });

  it("caches one limiter per process", async () => {
    stub({});
    const { getRateLimiter } = await freshModule();
    expect(getRateLimiter()).toBe(getRateLimiter());
    expect(getRateLimiter().store).toBe("memory");
  });
});

describe("rule overrides from RATE_LIMIT_RULES", () => {
  it("applies them to the process-wide limiter", async () => {
    stub({ RATE_LIMIT_RULES: JSON.stringify({ "public.ip": { limit: 2 } }) });
    const limiter = (await freshModule()).getRateLimiter();
    const first = await limiter.check("public.ip", "203.0.113.7");
    expect(first).toMatchObject({ allowed: true, limit: 2, remaining: 1 });
    await limiter.check("public.ip", "203.0.113.7");
    expect((await limiter.check("public.ip", "203.0.113.7")).allowed).toBe(false);
    // Rules not named keep their defaults.
    expect((await limiter.check("auth.signIn.ip", "203.0.113.7")).limit).toBe(20);
  });

  it("refuses an unknown rule, a bad value and text that is not JSON, naming the variable", async () => {
    const printed = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [value, reason] of [
      [JSON.stringify({ "public.everyone": { limit: 2 } }), /RATE_LIMIT_RULES/],
      [JSON.stringify({ "public.ip": { limit: 0 } }), /RATE_LIMIT_RULES/],
      ["{public.ip: 5}", /RATE_LIMIT_RULES must be JSON/],
    ] as const) {
      printed.mockClear();
      stub({ RATE_LIMIT_RULES: value });
      await expect(freshModule()).rejects.toThrow(/Invalid environment variables/);
      expect(JSON.stringify(printed.mock.calls)).toMatch(reason);
    }
    printed.mockRestore();
  });
});
