import { describe, expect, it, vi } from "vitest";

// If the schema module pulled in a driver, these factories would run and fail the import.
vi.mock("postgres", () => {
  throw new Error("@arco/db/schema must not load the postgres driver");
});
vi.mock("@electric-sql/pglite", () => {
  throw new Error("@arco/db/schema must not load PGlite");
});

describe("@arco/db/schema", () => {
  it("can be imported by client code without any database driver", async () => {
    const schema = await import("../src/schema");
    expect(schema.projects).toBeDefined();
    expect(schema.projectInsertSchema.safeParse({ orgId: "x", name: "Site" }).success).toBe(false);
  });
});
