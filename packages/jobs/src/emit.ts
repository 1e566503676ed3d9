import { logger } from "@arco/log";
import type { Emit } from "@arco/services";
import type { Inngest } from "inngest";

import { eventTypes, inngest } from "./client";
import type { ArcoEvent } from "./client";
import { env } from "./env";
import { sendLocally } from "./local";

/** Where background work runs: Inngest Cloud (or self-hosted), its dev server, or this app. */
export type JobsMode = "cloud" | "dev" | "local";

export interface JobsStatus {
  connected: boolean;
  mode: JobsMode;
  message: string;
}

export type { Emit } from "@arco/services";

export interface JobsConfig {
  INNGEST_DEV?: string;
  INNGEST_EVENT_KEY?: string;
  INNGEST_BASE_URL?: string;
}

/**
 * Read the way the Inngest SDK reads the same variables, so both agree on where events go. With
 * neither a dev server nor an event key, the local runner does the work.
 */
export function jobsModeOf({ INNGEST_DEV, INNGEST_EVENT_KEY }: JobsConfig): JobsMode {
  const dev = INNGEST_DEV?.trim().toLowerCase();
  if (dev === "1" || dev === "true" || (dev && URL.canParse(dev))) return "dev";
  if (INNGEST_EVENT_KEY) return "cloud";
  return "local";
}

function serverOf(config: JobsConfig, mode: JobsMode) {
  if (mode === "dev") {
    const dev = config.INNGEST_DEV?.trim();
    return `the Inngest dev server at ${dev && URL.canParse(dev) ? dev : (config.INNGEST_BASE_URL ?? "http://localhost:8288")}`;
  }
  return config.INNGEST_BASE_URL ? `Inngest at ${config.INNGEST_BASE_URL}` : "Inngest Cloud";
}

const LOCAL_MESSAGE =
  "Background jobs run in the app process (the local runner): cron functions on their schedule, event functions when their event is sent. Use Inngest to run them on more than one machine.";

const schemas = new Map(eventTypes.map((type) => [type.name as string, type.schema]));

type SendLocally = (event: ArcoEvent) => Promise<unknown>;

/**
 * `emit` and `jobsStatus` over one client. Events are checked against their schema first. On
 * Inngest, a send that fails (the dev server is down) is reported, logged once until a send
 * succeeds again; locally, the event queues its runs in the database.
 */
export function createEmitter(
  client: Inngest.Any,
  config: JobsConfig,
  local: SendLocally = sendLocally,
) {
  const mode = jobsModeOf(config);
  let lastFailure: string | null = null;
  let warned = false;

  const warnOnce = (message: string) => {
    if (warned) return;
    warned = true;
    logger.warn(message);
  };

  const emit: Emit = async (event) => {
    const schema = schemas.get(event.name);
    const checked = await schema?.["~standard"].validate(event.data);
    if (!checked || checked.issues) {
      // A caller bug, not an outage: say so every time.
      logger.error(
        { event: event.name, issues: checked?.issues },
        "An event was not sent: its data does not match its schema",
      );
      return { sent: false };
    }
    const valid = { name: event.name, data: checked.value } as ArcoEvent;
    try {
      if (mode === "local") await local(valid);
      else await client.send(valid as { name: string; data: Record<string, unknown> });
      lastFailure = null;
      warned = false;
      return { sent: true };
    } catch (error) {
      lastFailure = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
      warnOnce(
        `Background jobs are not connected: ${event.name} was not sent (${lastFailure}). ` +
          (mode === "local"
            ? "The local runner could not queue it."
            : mode === "dev"
              ? `Is ${serverOf(config, mode)} running? See packages/jobs/README.md.`
              : `Check INNGEST_EVENT_KEY and that ${serverOf(config, mode)} is reachable.`),
      );
      return { sent: false };
    }
  };

  const status = (): JobsStatus => {
    if (lastFailure) {
      return {
        connected: false,
        mode,
        message: `Background jobs are not connected: the last event could not be ${mode === "local" ? "queued" : `sent to ${serverOf(config, mode)}`} (${lastFailure}).`,
      };
    }
    if (mode === "local") return { connected: true, mode, message: LOCAL_MESSAGE };
    return { connected: true, mode, message: `Background jobs run on ${serverOf(config, mode)}.` };
  };

  return { emit, status };
}

const configured = createEmitter(inngest, env);

export const emit: Emit = configured.emit;

/**
 * Where background jobs run, for the health check and the admin UI. `connected` means the last
 * event (if any) reached its runner.
 */
export const jobsStatus: () => JobsStatus = configured.status;
