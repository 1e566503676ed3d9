import { createDb } from "@arco/db";
import { describe, expect, it } from "vitest";

import { getHealth } from "../src/system";

describe("getHealth", () => {
  it("is degraded and names the pending migrations when the database is behind", async () => {
    const behind = await createDb({ dataDir: "memory://", migrate: false });
    try {
      const health = await getHealth(behind);
      expect(health.status).toBe("degraded");
      expect(health.database).toMatchObject({ mode: "embedded", reachable: true });
      expect(health.database.migrations?.applied).toBe(0);
      expect(health.database.migrations?.pending).toContain("0000_init");
    } finally {
      await behind.close();
    }
  });
});
