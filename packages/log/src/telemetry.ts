import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type { Attributes, Span } from "@opentelemetry/api";

import { env } from "./env";
import { currentRequestId } from "./request-id";

/**
 * OpenTelemetry traces, exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Unset,
 * nothing is started and `inSpan` only calls its function: no SDK is loaded, no span is made.
 */

const STARTED = Symbol.for("arco.telemetry");
const state = globalThis as { [STARTED]?: { shutdown: () => Promise<void> } };

/** True once `startTelemetry` has registered a tracer provider in this process. */
export const telemetryEnabled = () => state[STARTED] !== undefined;

/**
 * Registers the global tracer provider, context manager and W3C propagator, exporting in
 * batches to `endpoint` (default: OTEL_EXPORTER_OTLP_ENDPOINT). Does nothing without an
 * endpoint, or a second time. Every span gets the id of the request it belongs to
 * (`arco.request_id`).
 */
export async function startTelemetry({
  endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT,
}: { endpoint?: string } = {}): Promise<boolean> {
  if (!endpoint) return false;
  if (telemetryEnabled()) return true;
  const [{ context, propagation }, sdk, { OTLPTraceExporter }, resources, hooks, core] =
    await Promise.all([
      import("@opentelemetry/api"),
      import("@opentelemetry/sdk-trace"),
      import("@opentelemetry/exporter-trace-otlp-http"),
      import("@opentelemetry/resources"),
      import("@opentelemetry/context-async-hooks"),
      import("@opentelemetry/core"),
    ]);
  const tagWithRequestId = {
    onStart(span: Span) {
      const requestId = currentRequestId();
      if (requestId) span.setAttribute("arco.request_id", requestId);
    },
    onEnd() {},
    forceFlush: async () => {},
    shutdown: async () => {},
  };
  const provider = new sdk.TracerProvider({
    resource: resources.resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME }),
    spanProcessors: [
      tagWithRequestId,
      new sdk.BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url: new URL("v1/traces", `${endpoint}/`).href }),
      }),
    ],
  });
  context.setGlobalContextManager(new hooks.AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  state[STARTED] = { shutdown: () => provider.shutdown() };
  return true;
}

/** Sends the spans still buffered, and stops exporting. */
export async function stopTelemetry() {
  await state[STARTED]?.shutdown();
}

/** What the function inside `inSpan` may tell its span. */
export interface SpanControl {
  /** Marks the span failed without a throw (e.g. a procedure that answered with an error). */
  fail(description: string): void;
}

const untraced: SpanControl = { fail() {} };

/**
 * Runs `fn` inside a span named `name` (its child spans nest under it); a throw or rejection
 * marks the span as an error. Without telemetry, just runs `fn`.
 */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  fn: (span: SpanControl) => Promise<T>,
  kind: SpanKind = SpanKind.INTERNAL,
): Promise<T> {
  if (!telemetryEnabled()) return fn(untraced);
  return trace.getTracer("arco").startActiveSpan(name, { kind, attributes }, async (span) => {
    const control: SpanControl = {
      fail: (description) => span.setStatus({ code: SpanStatusCode.ERROR, message: description }),
    };
    try {
      return await fn(control);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
