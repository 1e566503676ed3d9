import { migrationStatus } from "@arco/db";
import type { DatabaseMode, DbHandle, MigrationStatus } from "@arco/db";
import { jobRuns } from "@arco/db/schema";
import type { ObjectStore } from "@arco/storage";
import { max } from "drizzle-orm";

/** A part is ok, degraded (it is configured and failing), or off (not configured, by choice). */
export type PartStatus = "ok" | "degraded" | "off";

export interface DatabasePart {
  status: PartStatus;
  mode: DatabaseMode;
  reachable: boolean;
  migrations: MigrationStatus | null;
  error?: string;
}

export interface RedisPart {
  status: PartStatus;
  /** Where rate limits are kept: Redis over TCP, Upstash over REST, or this process. */
  store: "redis" | "upstash" | "memory";
  reachable: boolean | null;
}

export interface JobsPart {
  status: PartStatus;
  mode: "cloud" | "dev" | "local";
  connected: boolean;
  message: string;
  /** The last run the local runner finished (Inngest keeps its own history: null there). */
  lastRunAt: Date | null;
}

export interface StoragePart {
  status: PartStatus;
  kind: ObjectStore["kind"];
  reachable: boolean;
}

export interface EmailPart {
  status: PartStatus;
  /** Resend, or the outbox and mail drop (no provider). */
  provider: "resend" | "outbox";
}

export interface HealthReport {
  status: "ok" | "degraded";
  database: DatabasePart;
  redis?: RedisPart;
  jobs?: JobsPart;
  storage?: StoragePart;
  email?: EmailPart;
}

/** The other parts, handed in by whoever serves the report (they live in other packages). */
export interface HealthProbes {
  rateLimits?: { store: RedisPart["store"]; reachable(): Promise<boolean> };
  jobs?: { mode: JobsPart["mode"]; connected: boolean; message: string };
  store?: ObjectStore;
  email?: { provider: EmailPart["provider"] };
}

const statusOf = (ok: boolean): PartStatus => (ok ? "ok" : "degraded");

async function databasePart(handle: DbHandle): Promise<DatabasePart> {
  try {
    const migrations = await migrationStatus(handle);
    return {
      status: statusOf(migrations.pending.length === 0),
      mode: handle.mode,
      reachable: true,
      migrations,
    };
  } catch {
    return {
      status: "degraded",
      mode: handle.mode,
      reachable: false,
      migrations: null,
      error: "The database did not answer.",
    };
  }
}

async function redisPart(probe: NonNullable<HealthProbes["rateLimits"]>): Promise<RedisPart> {
  if (probe.store === "memory") return { status: "off", store: "memory", reachable: null };
  const reachable = await probe.reachable();
  return { status: statusOf(reachable), store: probe.store, reachable };
}

async function jobsPart(
  handle: DbHandle,
  probe: NonNullable<HealthProbes["jobs"]>,
): Promise<JobsPart> {
  const lastRunAt =
    probe.mode === "local"
      ? await handle.db
          .select({ at: max(jobRuns.finishedAt) })
          .from(jobRuns)
          .then(([row]) => row?.at ?? null)
          .catch(() => null)
      : null;
  return { status: statusOf(probe.connected), ...probe, lastRunAt };
}

async function storagePart(store: ObjectStore): Promise<StoragePart> {
  const reachable = await store.check().then(
    () => true,
    () => false,
  );
  return { status: statusOf(reachable), kind: store.kind, reachable };
}

/**
 * What an operator needs to know at a glance: the database (which one, does it answer, is every
 * committed migration applied), the rate-limit store, the job runner (which, and its last run),
 * file storage and email. Each part says ok, degraded or off; the whole is degraded when any
 * part is. Never thrown and never a secret: addresses, keys and error texts stay out.
 */
export async function getHealth(
  handle: DbHandle,
  probes: HealthProbes = {},
): Promise<HealthReport> {
  const [database, redis, jobs, storage] = await Promise.all([
    databasePart(handle),
    probes.rateLimits && redisPart(probes.rateLimits),
    probes.jobs && jobsPart(handle, probes.jobs),
    probes.store && storagePart(probes.store),
  ]);
  const email: EmailPart | undefined = probes.email && { status: "ok", ...probes.email };
  const parts = { database, redis, jobs, storage, email };
  const degraded = Object.values(parts).some((part) => part?.status === "degraded");
  return {
    status: degraded ? "degraded" : "ok",
    ...(Object.fromEntries(Object.entries(parts).filter(([, part]) => part !== undefined)) as Omit<
      HealthReport,
      "status"
    >),
  };
}
