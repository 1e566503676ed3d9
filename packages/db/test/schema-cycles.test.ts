import path from "node:path";

import madge from "madge";
import { describe, expect, it } from "vitest";

import { relations as drizzleRelations } from "drizzle-orm";

import * as schema from "../src/schema";

const schemaDir = path.join(import.meta.dirname, "../src/schema");

describe("the schema's modules", () => {
  it("import one another without a cycle", async () => {
    const graph = await madge(schemaDir, { fileExtensions: ["ts"] });
    expect(graph.circular()).toEqual([]);
  });

  it("keep every relations() in relations.ts", async () => {
    const graph = await madge(schemaDir, { fileExtensions: ["ts"] });
    const relationsType = drizzleRelations(schema.users, () => ({})).constructor;
    const relationExports = Object.entries(schema).filter(
      ([, value]) => value instanceof relationsType,
    );
    expect(relationExports.length).toBeGreaterThan(40);
    const relationsModule = await import("../src/schema/relations");
    for (const [name] of relationExports) expect(Object.keys(relationsModule)).toContain(name);
    // Only relations.ts (and the index) may import every table module.
    const importers = Object.entries(graph.obj()).filter(([, deps]) =>
      deps.includes("relations.ts"),
    );
    expect(importers.map(([file]) => file)).toEqual(["index.ts"]);
  });
});
