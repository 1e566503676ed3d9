import { afterEach, describe, expect, it, vi } from "vitest";

async function serverEnvWith(vars: Record<string, string>) {
  vi.resetModules();
  for (const name of ["REUSE_PORT", "DATABASE_URL"]) vi.stubEnv(name, vars[name] ?? "");
  return (await import("../server/env")).serverEnv;
}

afterEach(() => vi.unstubAllEnvs());

describe("sharing the port with other processes", () => {
  it("is off unless asked for", async () => {
    expect((await serverEnvWith({})).REUSE_PORT).toBe(false);
  });

  it("needs Postgres: the embedded database serves one process only", async () => {
    await expect(serverEnvWith({ REUSE_PORT: "1" })).rejects.toThrow(
      "REUSE_PORT=1 needs DATABASE_URL",
    );
    const env = await serverEnvWith({ REUSE_PORT: "1", DATABASE_URL: "postgres://db/arco" });
    expect(env.REUSE_PORT).toBe(true);
  });
});
