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
  for (const name of ["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN", "REDIS_URL"]) {
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
