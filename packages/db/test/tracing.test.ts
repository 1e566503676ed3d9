import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  TracerProvider,
} from "@opentelemetry/sdk-trace";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createDb } from "../src";
import type { DbHandle } from "../src";
import { plans } from "../src/schema";
import { useTestDb, withDatabase } from "../src/testing";

/** A real tracer provider keeping finished spans in memory (what an exporter would be sent). */
const exporter = new InMemorySpanExporter();
const target = inject("arcoTestDatabase");
const testDb = useTestDb();
let handle: DbHandle;
const databaseUrl = () => {
  if (target.mode !== "postgres") throw new Error("Needs TEST_DATABASE_URL.");
  return withDatabase(target.url, testDb().name);
};

beforeAll(async () => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  trace.setGlobalTracerProvider(
    new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] }),
  );
  if (target.mode === "postgres") {
    handle = await createDb({ url: databaseUrl(), max: 2, traced: true });
  }
});
afterAll(async () => {
  await handle?.close();
  trace.disable();
  context.disable();
});

const spansNamed = (name: string) => exporter.getFinishedSpans().filter((s) => s.name === name);

describe.runIf(target.mode === "postgres")("SQL spans", () => {
  it("one per statement, under the caller's span, with the SQL text and no values", async () => {
    exporter.reset();
    const parent = trace.getTracer("test").startSpan("caller");
    await context.with(trace.setSpan(context.active(), parent), async () => {
      await handle.db.select().from(plans).where(eq(plans.tier, "enterprise"));
    });
    parent.end();
    const [select] = spansNamed("SELECT");
    expect(select).toBeDefined();
    expect(select!.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(select!.attributes).toMatchObject({
      "db.system.name": "postgresql",
      "db.operation.name": "SELECT",
    });
    expect(select!.attributes["db.query.text"]).toMatch(/from "plans" where "plans"."tier" = \$1/);
    expect(JSON.stringify(select!.attributes)).not.toContain("enterprise");
  });

  it("inside transactions too, and marks a failed statement", async () => {
    exporter.reset();
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await tx.execute(sql`select * from no_such_table`);
      }),
    ).rejects.toThrow();
    const selects = spansNamed("SELECT");
    expect(selects).toHaveLength(2);
    expect(selects.map((s) => s.status.code)).toEqual([0, 2]);
  });

  it("are not made by an untraced client", async () => {
    const plain = await createDb({ url: databaseUrl(), max: 1 });
    exporter.reset();
    await plain.db.execute(sql`select 1`);
    await plain.close();
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});
