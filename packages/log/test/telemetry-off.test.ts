import { trace } from "@opentelemetry/api";
import { describe, expect, it, vi } from "vitest";

describe("telemetry without an endpoint", () => {
  it("starts nothing, and spans are only function calls", async () => {
    vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", "");
    const telemetry = await import("../src/telemetry");
    expect(await telemetry.startTelemetry()).toBe(false);
    expect(telemetry.telemetryEnabled()).toBe(false);
    const active = await telemetry.inSpan("nothing", {}, async () => trace.getActiveSpan());
    expect(active).toBeUndefined();
    vi.unstubAllEnvs();
  });
});
