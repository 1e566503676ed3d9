import { describe, expect, it } from "vitest";

import { e2e } from "./browser";

describe("GET /api/health", () => {
  it("reports every part the server was started with, and no secret", async () => {
    const response = await fetch(`${e2e().baseUrl}/api/health`, {
      headers: { "x-request-id": "e2e-health-0123456789" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toBe("e2e-health-0123456789");
    const text = await response.text();
    const body = JSON.parse(text) as {
      status: string;
      database: { status: string; mode: string; reachable: boolean; migrations: { pending: [] } };
    };
    expect(body.status).toBe("ok");
    expect(body.database).toMatchObject({
      status: "ok",
      mode: e2e().databaseMode,
      reachable: true,
    });
    expect(body.database.migrations.pending).toEqual([]);
    // The e2e server runs as a fresh install does: no Redis, no Inngest, a folder, no provider.
    expect(body).toMatchObject({
      redis: { status: "off", store: "memory", reachable: null },
      jobs: { status: "ok", mode: "local", connected: true },
      storage: { status: "ok", kind: "local", reachable: true },
      email: { status: "ok", provider: "outbox" },
    });
    expect(text).not.toContain(e2e().storageDir);
    expect(text).not.toContain("postgres://");
  });

  it("gives every response a request id of its own when none is sent", async () => {
    const [page, api] = await Promise.all([
      fetch(`${e2e().baseUrl}/`),
      fetch(`${e2e().baseUrl}/api/health`, { headers: { "x-request-id": "bad id" } }),
    ]);
    const ids = [page, api].map((response) => response.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});
