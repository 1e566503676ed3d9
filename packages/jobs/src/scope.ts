import type { DbOrTx } from "@arco/db";
import { SYSTEM_ACTOR, createServiceContext } from "@arco/services";
import type { ServiceDependencies, SystemScope } from "@arco/services";

import type { ArcoEvent } from "./client";
import { env } from "./env";

/**
 * The scope every background function runs with: the platform acting (no person), links to
 * APP_URL. Events a service sends go through `emit` like the app's; it is loaded on first use,
 * since `emit` reaches the functions that run here.
 */
export function jobScope(
  db: DbOrTx,
  overrides: { now?: () => Date; deps?: Partial<ServiceDependencies> } = {},
): SystemScope {
  return {
    ...createServiceContext({
      db,
      appUrl: env.APP_URL,
      emit: async (event: ArcoEvent) => (await import("./emit")).emit(event),
      ...overrides,
    }),
    actor: SYSTEM_ACTOR,
  };
}
