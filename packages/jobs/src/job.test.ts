/**
 * A span per job run, whichever engine runs the function: here the local runner on the real
 * database, with telemetry exporting to a stand-in OTLP collector on 127.0.0.1.
 */
import { createOrg, createUser, useTestDb } from "@arco/db/testing";
import { startTelemetry, stopTelemetry } from "@arco/log/telemetry";
import { startOtlpCollector } from "@arco/log/testing";
import type { OtlpCollector } from "@arco/log/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocalRunner } from "./local-runner";
import { resetTicketQuotas } from "./functions/tickets/reset-ticket-quotas";

const testDb = useTestDb();
let collector: OtlpCollector;

beforeAll(async () => {
  collector = await startOtlpCollector();
  await startTelemetry({ endpoint: collector.endpoint });
});
afterAll(async () => {
  await collector.close();
});

describe("job telemetry", () => {
  it("exports a span for a run of a cron function under the local runner", async () => {
    const { db } = testDb();
    await createOrg(db, { tier: "basic", owner: await createUser(db) });
    let now = new Date("2026-03-01T10:59:30Z");
    const runner = createLocalRunner({ db, jobs: [resetTicketQuotas], now: () => now });
    await runner.drain();
    now = new Date("2026-03-01T11:00:02Z");
    await runner.drain();
    await runner.drain();
    await stopTelemetry();
    const span = await collector.waitForSpan((s) => s.name === "job reset-ticket-quotas");
    expect(span.attributes).toMatchObject({
      "arco.job.id": "reset-ticket-quotas",
      "arco.job.event": "inngest/scheduled.timer",
    });
    expect(span.status).toBe(0);
  });
});
