import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { startOtlpCollector } from "@arco/log/testing";
import type { CollectedSpan, OtlpCollector } from "@arco/log/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { prepareDatabase, startArco } from "./arco-server";
import type { ArcoDatabase, RunningArco } from "./arco-server";

/**
 * The built app with OTEL_EXPORTER_OTLP_ENDPOINT set, exporting to a stand-in collector on
 * 127.0.0.1 (it receives OTLP/HTTP JSON, as a real collector does). A server of its own: the
 * suite's shared one runs without telemetry, as a fresh install does.
 */
let collector: OtlpCollector;
let database: ArcoDatabase;
let arco: RunningArco;
const logDir = mkdtempSync(path.join(tmpdir(), "arco-e2e-otel-"));

beforeAll(async () => {
  collector = await startOtlpCollector();
  database = await prepareDatabase();
  arco = await startArco({
    database,
    logFile: path.join(logDir, "server.log"),
    build: false,
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint, OTEL_SERVICE_NAME: "arco-e2e" },
  });
}, 180_000);
afterAll(async () => {
  await arco?.stop();
  await database?.dispose();
  await collector?.close();
  rmSync(logDir, { recursive: true, force: true });
});

const inTrace =
  (traceId: string, predicate: (span: CollectedSpan) => boolean) => (span: CollectedSpan) =>
    span.traceId === traceId && predicate(span);

describe("OpenTelemetry", () => {
  it("exports the request, the tRPC procedure and its SQL as one trace, tagged with the request id", async () => {
    const requestId = "e2e-trace-0123456789";
    const response = await fetch(`${arco.baseUrl}/api/trpc/system.health`, {
      headers: { "x-request-id": requestId },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe(requestId);

    const procedure = await collector.waitForSpan((span) => span.name === "trpc system.health");
    expect(procedure).toMatchObject({
      service: "arco-e2e",
      attributes: {
        "rpc.system": "trpc",
        "rpc.method": "system.health",
        "trpc.type": "query",
        "arco.request_id": requestId,
      },
    });
    // Next.js's span for the request, at the root of the same trace.
    const request = await collector.waitForSpan(
      inTrace(procedure.traceId, (span) => span.parentSpanId === undefined),
    );
    expect(request.name).toMatch(/^GET /);
    expect(request.attributes["arco.request_id"]).toBe(requestId);
    if (database.mode === "postgres") {
      const statement = await collector.waitForSpan(
        inTrace(procedure.traceId, (span) => span.attributes["db.system.name"] === "postgresql"),
      );
      expect(statement.name).toBe("SELECT");
      expect(statement.kind).toBe(3);
      expect(String(statement.attributes["db.query.text"])).toMatch(/select/i);
    }
  });
});
