import { logger } from "@arco/log";
import type { Inngest } from "inngest";

import { eventTypes, inngest } from "./client";
import type { ArcoEvent } from "./client";
import { env } from "./env";

export type JobsMode = "cloud" | "dev" | "off";

export interface JobsStatus {
  connected: boolean;
  mode: JobsMode;
  message: string;
}

/** Starts background work. Never throws: the caller's request succeeds either way. */
export type Emit = (event: ArcoEvent) => Promise<{ sent: boolean }>;

const HOW_TO_CONNECT =
  "Run the Inngest dev server and set INNGEST_DEV=1, or set INNGEST_EVENT_KEY.";

export interface JobsConfig {
  INNGEST_DEV?: string;
  INNGEST_EVENT_KEY?: string;
  INNGEST_BASE_URL?: string;
}

/** Read the way the Inngest SDK reads the same variables, so both agree on where events go. */
export function jobsModeOf({ INNGEST_DEV, INNGEST_EVENT_KEY }: JobsConfig): JobsMode {
  const dev = INNGEST_DEV?.trim().toLowerCase();
  if (dev === "1" || dev === "true" || (dev && URL.canParse(dev))) return "dev";
  if (INNGEST_EVENT_KEY) return "cloud";
  return "off";
}

function serverOf(config: JobsConfig, mode: JobsMode) {
  if (mode === "dev") {
    const dev = config.INNGEST_DEV?.trim();
    return `the Inngest dev server at ${dev && URL.canParse(dev) ? dev : (config.INNGEST_BASE_URL ?? "http://localhost:8288")}`;
  }
  return config.INNGEST_BASE_URL ? `Inngest at ${config.INNGEST_BASE_URL}` : "Inngest Cloud";
}

const schemas = new Map(eventTypes.map((type) => [type.name as string, type.schema]));

/**
 * `emit` and `jobsStatus` over one client. Without a configured server nothing is sent; a send
 * that fails (the dev server is down) is reported too. Either is logged once, not on every
 * request, until a send succeeds again.
 */
export function createEmitter(client: Inngest.Any, config: JobsConfig) {
  const mode = jobsModeOf(config);
  let lastFailure: string | null = null;
  let warned = false;

  const warnOnce = (message: string) => {
    if (warned) return;
    warned = true;
    logger.warn(message);
  };

  const emit: Emit = async (event) => {
    if (mode === "off") {
      warnOnce(`Background jobs are not connected: ${event.name} was not sent. ${HOW_TO_CONNECT}`);
      return { sent: false };
    }
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
    try {
      await client.send({ name: event.name, data: checked.value as Record<string, unknown> });
      lastFailure = null;
      warned = false;
      return { sent: true };
    } catch (error) {
      lastFailure = (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
      warnOnce(
        `Background jobs are not connected: ${event.name} was not sent (${lastFailure}). ` +
          (mode === "dev"
            ? `Is ${serverOf(config, mode)} running? See packages/jobs/README.md.`
            : `Check INNGEST_EVENT_KEY and that ${serverOf(config, mode)} is reachable.`),
      );
      return { sent: false };
    }
  };

  const status = (): JobsStatus => {
    if (mode === "off") {
      return {
        connected: false,
        mode,
        message: `Background jobs are not connected. ${HOW_TO_CONNECT}`,
      };
    }
    if (lastFailure) {
      return {
        connected: false,
        mode,
        message: `Background jobs are not connected: the last event could not be sent to ${serverOf(config, mode)} (${lastFailure}).`,
      };
    }
    return { connected: true, mode, message: `Background jobs run on ${serverOf(config, mode)}.` };
  };

  return { emit, status };
}

const configured = createEmitter(inngest, env);

export const emit: Emit = configured.emit;

/**
 * Where background jobs run, for the health check and the admin UI. `connected` means a server
 * is configured and the last send (if any) reached it.
 */
export const jobsStatus: () => JobsStatus = configured.status;
