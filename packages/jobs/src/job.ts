import type { Database } from "@arco/db";
import { inSpan } from "@arco/log/telemetry";
import type { SystemScope } from "@arco/services";
import { cron } from "inngest";
import type { StandardSchemaV1 } from "inngest";

import { inngest } from "./client";
import { jobScope } from "./scope";
import type { ArcoEvent } from "./client";

/**
 * One background function, defined once and run by either engine: Inngest (in production, or
 * with its dev server), or Arco's local runner (in the app process, when no Inngest is
 * configured). Handlers use only the steps both provide.
 */
export interface JobStep {
  /** Runs `fn` once: a resumed or retried run gets the stored result instead. */
  run<T>(id: string, fn: () => Promise<T> | T): Promise<T>;
  /** Waits until `time`; the run sleeps (it holds nothing) and resumes there. */
  sleepUntil(id: string, time: Date | string): Promise<unknown>;
  /** Sends events, once. */
  sendEvent(id: string, events: ArcoEvent | (ArcoEvent & { id?: string })[]): Promise<unknown>;
}

interface EventTypeLike {
  name: string;
  schema?: StandardSchemaV1;
}

type DataOf<E> = E extends { schema: infer S extends StandardSchemaV1 }
  ? StandardSchemaV1.InferOutput<S>
  : Record<string, never>;

/** `event.data.<field>`: the only expressions the local runner evaluates (a path into the event). */
export type EventPath = `event.data.${string}`;

export interface JobOptions<E extends EventTypeLike | undefined> {
  id: string;
  name: string;
  /** A cron schedule (UTC), or the event that starts a run. */
  trigger: E extends EventTypeLike ? { event: E } : { cron: string };
  retries: number;
  /** Runs with the same value start once (Inngest: within 24 hours; locally: ever). */
  idempotency?: EventPath;
  /**
   * Limits on runs at once. Locally only limits of 1 apply (per key, or for the whole function):
   * the runner's own bound covers the rest.
   */
  concurrency?: { key?: EventPath; limit: number }[];
  /** A waiting run ends when this event arrives with the same value at `match`. */
  cancelOn?: { event: EventTypeLike; match: `data.${string}` }[];
}

export interface JobContext<TData> {
  event: { name: string; data: TData; ts?: number };
  step: JobStep;
  /** What the function's services run with (see `jobScope`). */
  scope: SystemScope;
}

export type Job<TData = never> = JobOptions<EventTypeLike | undefined> & {
  handler: (ctx: JobContext<TData>) => Promise<unknown>;
  /** The same function for Inngest, served at /api/inngest. */
  inngest: ReturnType<typeof inngest.createFunction>;
};

export function defineJob<E extends EventTypeLike | undefined = undefined, R = unknown>(
  options: JobOptions<E>,
  run: (ctx: JobContext<DataOf<E>>) => Promise<R>,
): Job<DataOf<E>> {
  // A span per run of the function (with telemetry on), whichever engine runs it.
  const handler = (ctx: JobContext<DataOf<E>>) =>
    inSpan(
      `job ${options.id}`,
      { "arco.job.id": options.id, "arco.job.event": ctx.event.name },
      () => run(ctx),
    );
  const trigger = options.trigger as { event: EventTypeLike } | { cron: string };
  const fn = inngest.createFunction(
    {
      id: options.id,
      name: options.name,
      triggers: "cron" in trigger ? [cron(trigger.cron)] : [trigger.event as never],
      retries: options.retries as 3,
      ...(options.idempotency ? { idempotency: options.idempotency } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency as never } : {}),
      ...(options.cancelOn ? { cancelOn: options.cancelOn as never } : {}),
    },
    // Inngest's steps are a superset of JobStep. Tests hand in a scope of their own.
    (ctx: { event: unknown; step: unknown; db: Database; scope?: SystemScope }) =>
      handler({
        event: ctx.event as JobContext<DataOf<E>>["event"],
        step: ctx.step as JobStep,
        scope: ctx.scope ?? jobScope(ctx.db),
      }),
  );
  return { ...(options as JobOptions<EventTypeLike | undefined>), handler, inngest: fn } as Job<
    DataOf<E>
  >;
}

/** The value at `event.data.x` (or `data.x`) of an event, as text; null when absent. */
export function valueAt(event: { data: Record<string, unknown> }, path: string) {
  const keys = path
    .replace(/^event\./, "")
    .split(".")
    .slice(1);
  let value: unknown = event.data;
  for (const key of keys) {
    value =
      value !== null && typeof value === "object"
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return value === undefined || value === null ? null : String(value);
}
