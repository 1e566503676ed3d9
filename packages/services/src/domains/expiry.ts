import type { DbOrTx } from "@arco/db";
import {
  domainExpiryAlerts,
  domains,
  memberships,
  notifications,
  organizations,
  users,
} from "@arco/db/schema";
import { sendEmail } from "@arco/email";
import { and, eq, inArray, isNull } from "drizzle-orm";

import { daysBetween, isoDate } from "./access";
import { checkOrgDomains } from "./check";
import type { CheckDependencies } from "./check";
import { expiriesOf } from "./list";

/** Warnings go out 30, 7 and 1 day(s) before a renewal or a certificate expiry. */
export const EXPIRY_THRESHOLDS = [30, 7, 1] as const;

/** The most urgent threshold `daysLeft` has reached, or null when none (or already past). */
export function thresholdFor(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const reached = EXPIRY_THRESHOLDS.filter((t) => daysLeft <= t);
  return reached.length > 0 ? Math.min(...reached) : null;
}

/** Organizations with at least one domain: the daily job fans out one event to each. */
export async function orgsWithDomains(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ orgId: domains.orgId }).from(domains);
  return rows.map((row) => row.orgId);
}

const describe = (kind: "renewal" | "certificate", name: string, daysLeft: number) => {
  const when = daysLeft === 0 ? "today" : `in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`;
  return kind === "renewal"
    ? `${name} must be renewed ${when}`
    : `The HTTPS certificate of ${name} expires ${when}`;
};

export interface ExpiryWarningsInput {
  orgId: string;
  now?: Date;
  /** Origin of the web app, for the email's link. */
  appUrl: string;
  /** Refresh every domain's DNS and certificate first (the daily job does). */
  check?: CheckDependencies | false;
}

/**
 * Warns the organization's owners and admins (in the app and by email) about renewals and
 * certificates expiring in 30, 7 or 1 day(s). A warning is sent once per domain, kind,
 * threshold and expiry date: the unique `domain_expiry_alerts` row is the gate, inserted in the
 * same transaction as the notifications and emails, so a re-run (or a retried job) sends nothing
 * twice, and a renewal that moves the date starts the warnings afresh.
 */
export async function runDomainExpiryWarnings(db: DbOrTx, input: ExpiryWarningsInput) {
  const now = input.now ?? new Date();
  const checked = input.check
    ? await checkOrgDomains(db, { orgId: input.orgId }, { now, ...input.check })
    : null;
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, input.orgId));
  if (!org) return { checked, warnings: 0 };
  const list = await db.select().from(domains).where(eq(domains.orgId, input.orgId));
  const recipients = await db
    .select({ userId: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, input.orgId),
        inArray(memberships.role, ["owner", "admin"]),
        isNull(users.disabledAt),
      ),
    );
  const today = isoDate(now);
  let warnings = 0;
  for (const domain of list) {
    for (const [kind, expiresOn] of expiriesOf(domain)) {
      const daysLeft = daysBetween(today, expiresOn);
      const threshold = thresholdFor(daysLeft);
      if (threshold === null) continue;
      const sent = await db.transaction(async (tx) => {
        const [gate] = await tx
          .insert(domainExpiryAlerts)
          .values({
            orgId: input.orgId,
            domainId: domain.id,
            kind,
            thresholdDays: threshold,
            expiresOn,
          })
          .onConflictDoNothing()
          .returning({ id: domainExpiryAlerts.id });
        if (!gate) return false;
        const key = `domain-expiry:${domain.id}:${kind}:${threshold}:${expiresOn}`;
        const title = describe(kind, domain.name, daysLeft);
        const link = `/dashboard/domains/${domain.id}`;
        for (const person of recipients) {
          await tx
            .insert(notifications)
            .values({
              orgId: input.orgId,
              userId: person.userId,
              kind: `domain.expiry.${kind}`,
              title,
              body:
                kind === "renewal"
                  ? `The registration of ${domain.name} ends on ${expiresOn}. Renew it so the site and email keep working.`
                  : `The certificate of ${domain.name} is valid until ${expiresOn}. Renew it so visitors do not see security warnings.`,
              link,
              dedupeKey: key,
            })
            .onConflictDoNothing();
          const mail = await sendEmail(tx, {
            template: "domain-expiry",
            props: {
              orgName: org.name,
              domain: domain.name,
              kind,
              daysLeft,
              expiresOn,
              domainUrl: new URL(link, input.appUrl).toString(),
            },
            to: person.email,
            idempotencyKey: `${key}:${person.userId}`,
            orgId: input.orgId,
          });
          // Rolling back the gate lets the next attempt send again (same idempotency keys).
          if (mail.status === "failed") {
            throw new Error(`The ${kind} warning for ${domain.name} could not be emailed.`);
          }
        }
        return true;
      });
      if (sent) warnings += 1;
    }
  }
  return { checked, warnings };
}
