import { describe, expect, it } from "vitest";

import { e2e } from "./browser";

describe("GET /api/health", () => {
  it("reports the database the server was started with", async () => {
    const response = await fetch(`${e2e().baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      database: { mode: string; reachable: boolean; migrations: { pending: string[] } };
    };
    expect(body.status).toBe("ok");
    expect(body.database).toMatchObject({ mode: e2e().databaseMode, reachable: true });
    expect(body.database.migrations.pending).toEqual([]);
  });
});
