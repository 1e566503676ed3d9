import { analyzeInWorker } from "@arco/analyzer";
import type { AnalysisRun, AnalysisStage } from "@arco/analyzer";
import type { DbOrTx } from "@arco/db";
import { sendEmail } from "@arco/email";
import type { SendEmail } from "@arco/email";
import { stripeFromEnv } from "@arco/payments";
import type { Stripe } from "@arco/payments";
import { getObjectStore } from "@arco/storage";
import type { ObjectStore } from "@arco/storage";

import type { Actor, AnonymousActor } from "./audit";
import type { DomainLookups } from "./domains/check";
import type { Emit } from "./events";
import type { OrgRole, StaffRole } from "./roles";

/**
 * What a service may not take from its input, built once per request (the tRPC procedure
 * ladder, the route handlers) or per job run, and passed first to every service:
 * `verb(scope, input)`.
 */
export interface ServiceContext {
  /** The database, or the transaction the caller is in. */
  db: DbOrTx;
  /** The clock: tests fix it. */
  now: () => Date;
  /** Where links in emails and redirects lead (`APP_URL`). */
  appUrl: string;
  /** Starts background work; never throws. */
  emit: Emit;
  deps: ServiceDependencies;
}

/** The outside world a service reaches; tests substitute their own. */
export interface ServiceDependencies {
  /** Where file contents live. */
  store: ObjectStore;
  /** How domain checks look names up and read certificates. */
  domainLookups: DomainLookups;
  /** How email leaves: through the outbox to Resend, or the dev outbox. */
  sendEmail: SendEmail;
  /** How a page is analyzed: on a worker thread of the analyzer's pool. */
  analyze: Analyze;
  /** The Stripe API, or null when no key is configured (billing then says so). */
  stripe: Stripe | null;
}

/** The analyzer as services use it; tests point it at local pages or hold it. */
export type Analyze = (
  url: string,
  options: { onProgress: (stage: AnalysisStage) => void },
) => Promise<AnalysisRun>;

/** Anyone: a visitor who is not signed in, or a signed-in user on a public page. */
export interface PublicScope extends ServiceContext {
  actor: Actor | AnonymousActor;
}

/** A signed-in person, outside any organization (their account, their analyses). */
export interface UserScope extends ServiceContext {
  actor: Actor;
}

/**
 * Work inside one organization. The org id comes from the server — the caller's membership, or
 * the job's event — and never from input. A job acting for no one has an anonymous actor.
 */
export interface OrgScope<A extends Actor | AnonymousActor = Actor> extends ServiceContext {
  actor: A;
  orgId: string;
  /** The caller's role there ("staff": agency staff working in it); null for a job. */
  role: A extends Actor ? OrgRole : null;
}

/** Agency staff, whose work crosses organizations (the ticket queue, the client list). */
export interface StaffScope extends UserScope {
  staffRole: StaffRole;
}

/** Background work for the platform as a whole: no person acts. */
export interface SystemScope extends ServiceContext {
  actor: AnonymousActor;
}

/** The platform acting on its own (a cron job, a sweep): audited without a person. */
export const SYSTEM_ACTOR: AnonymousActor = { userId: null, actorUserId: null };

/** A system scope narrowed to the organization a job was sent for. */
export const inOrg = (scope: SystemScope, orgId: string): OrgScope<AnonymousActor> => ({
  ...scope,
  orgId,
  role: null,
});

/** The same scope inside a transaction. */
export const within = <S extends ServiceContext>(scope: S, tx: DbOrTx): S => ({ ...scope, db: tx });

/** A context from its parts; what is not given is the real thing (the clock, the store…). */
export function createServiceContext({
  db,
  appUrl,
  emit,
  now,
  deps,
}: Pick<ServiceContext, "db" | "appUrl" | "emit"> & {
  now?: () => Date;
  deps?: Partial<ServiceDependencies>;
}): ServiceContext {
  return {
    db,
    appUrl,
    emit,
    now: now ?? (() => new Date()),
    deps: {
      // Opened on first use: most requests never touch a file.
      get store() {
        return deps?.store ?? getObjectStore();
      },
      domainLookups: deps?.domainLookups ?? {},
      sendEmail: deps?.sendEmail ?? sendEmail,
      analyze: deps?.analyze ?? analyzeInWorker,
      stripe: deps && "stripe" in deps ? (deps.stripe ?? null) : stripeFromEnv(),
    },
  };
}
