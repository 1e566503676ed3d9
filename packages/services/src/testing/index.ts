/**
 * Scopes for tests, as the procedure ladder and the job runner build them: the real clock,
 * store and mail unless a test passes its own, and events recorded instead of sent.
 */
import type { DbOrTx } from "@arco/db";

import type { Actor } from "../audit";
import { SYSTEM_ACTOR, createServiceContext } from "../context";
import type {
  OrgScope,
  PublicScope,
  ServiceContext,
  ServiceDependencies,
  StaffScope,
  SystemScope,
  UserScope,
} from "../context";
import type { ServiceEvent } from "../events";
import type { OrgRole, StaffRole } from "../roles";

export const TEST_APP_URL = "http://localhost:3000";

export interface ScopeOptions {
  now?: () => Date;
  appUrl?: string;
  emit?: ServiceContext["emit"];
  deps?: Partial<ServiceDependencies>;
}

/** An `emit` that keeps what it was given. */
export function recordingEmit() {
  const events: ServiceEvent[] = [];
  const emit: ServiceContext["emit"] = async (event) => {
    events.push(event);
    return { sent: false };
  };
  return { events, emit };
}

const context = (db: DbOrTx, options: ScopeOptions): ServiceContext =>
  createServiceContext({
    db,
    appUrl: options.appUrl ?? TEST_APP_URL,
    emit: options.emit ?? recordingEmit().emit,
    now: options.now,
    deps: options.deps,
  });

/** A person by their user row or as an actor; null: someone reading, whoever they are. */
type Who = { id: string } | Actor | null;

const NOBODY_IN_PARTICULAR = "00000000-0000-4000-8000-000000000000";

const personOf = (who: Who): Actor =>
  who === null
    ? { userId: NOBODY_IN_PARTICULAR, actorUserId: NOBODY_IN_PARTICULAR }
    : "userId" in who
      ? who
      : { userId: who.id, actorUserId: who.id };

export const publicScope = (db: DbOrTx, options: ScopeOptions = {}): PublicScope => ({
  ...context(db, options),
  actor: { userId: null, actorUserId: null },
});

export const userScope = (db: DbOrTx, who: Who, options: ScopeOptions = {}): UserScope => ({
  ...context(db, options),
  actor: personOf(who),
});

/** `who` working in the organization with `role` (owner unless said). */
export const orgScope = (
  db: DbOrTx,
  who: Who,
  org: { id: string } | string,
  { role = "owner", ...options }: ScopeOptions & { role?: OrgRole } = {},
): OrgScope => ({
  ...context(db, options),
  actor: personOf(who),
  orgId: typeof org === "string" ? org : org.id,
  role,
});

export const staffScope = (
  db: DbOrTx,
  user: Who,
  { staffRole = "admin", ...options }: ScopeOptions & { staffRole?: StaffRole } = {},
): StaffScope => ({ ...context(db, options), actor: personOf(user), staffRole });

export const systemScope = (db: DbOrTx, options: ScopeOptions = {}): SystemScope => ({
  ...context(db, options),
  actor: SYSTEM_ACTOR,
});
