import { SpanKind, trace } from "@opentelemetry/api";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type * as RequestIds from "../src/request-id";
import type * as Telemetry from "../src/telemetry";
import { startOtlpCollector } from "../src/testing";
import type { OtlpCollector } from "../src/testing";

let collector: OtlpCollector;
let telemetry: typeof Telemetry;
let requestIds: typeof RequestIds;

beforeAll(async () => {
  collector = await startOtlpCollector();
  vi.stubEnv("OTEL_SERVICE_NAME", "arco-test");
  // The variables are read when the module loads.
  telemetry = await import("../src/telemetry");
  requestIds = await import("../src/request-id");
});
afterAll(async () => {
  await collector.close();
  vi.unstubAllEnvs();
});

describe("telemetry with an OTLP endpoint", () => {
  it("exports nested spans, tagged with the request they belong to", async () => {
    expect(await telemetry.startTelemetry({ endpoint: collector.endpoint })).toBe(true);
    await requestIds.withRequestId("req-0123456789", () =>
      telemetry.inSpan("outer", { "test.kind": "outer" }, () =>
        telemetry.inSpan("inner", {}, async () => "done", SpanKind.CLIENT),
      ),
    );
    await expect(
      telemetry.inSpan("failing", {}, () => Promise.reject(new Error("no"))),
    ).rejects.toThrow("no");
    await telemetry.stopTelemetry();

    const outer = await collector.waitForSpan((span) => span.name === "outer");
    const inner = await collector.waitForSpan((span) => span.name === "inner");
    const failing = await collector.waitForSpan((span) => span.name === "failing");
    expect(outer).toMatchObject({
      service: "arco-test",
      attributes: { "test.kind": "outer", "arco.request_id": "req-0123456789" },
    });
    expect(inner).toMatchObject({ traceId: outer.traceId, parentSpanId: outer.spanId, kind: 3 });
    expect(inner.attributes["arco.request_id"]).toBe("req-0123456789");
    expect(failing.status).toBe(2);
    expect(failing.attributes["arco.request_id"]).toBeUndefined();
    expect(trace.getActiveSpan()).toBeUndefined();
  });
});
