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

import { receives } from "../accounts/email-preferences";
import { recipientLocale } from "../accounts/recipient-locale";
import type { Actor, AnonymousActor } from "../audit";
import type { OrgScope, SystemScope } from "../context";
import { daysBetween, isoDate } from "./access";
import { inspectDomain, store } from "./check";
import { expiriesOf } from "./read";

/** Warnings go out 30, 7 and 1 day(s) before a renewal or a certificate expiry. */
export const EXPIRY_THRESHOLDS = [30, 7, 1] as const;

/** The most urgent threshold `daysLeft` has reached, or null when none (or already past). */
export function thresholdFor(daysLeft: number): number | null {
  if (daysLeft < 0) return null;
  const reached = EXPIRY_THRESHOLDS.filter((t) => daysLeft <= t);
  return reached.length > 0 ? Math.min(...reached) : null;
}

/** Organizations with at least one domain: the daily job fans out one event to each. */
export async function orgsWithDomains({ db }: SystemScope): Promise<string[]> {
  const rows = await db.selectDistinct({ orgId: domains.orgId }).from(domains);
  return rows.map((row) => row.orgId);
}

/** The scheduled check of every domain of an organization (no person acting: not audited). */
export async function checkOrgDomains(scope: OrgScope<Actor | AnonymousActor>) {
  const { db, orgId } = scope;
  const list = await db.select().from(domains).where(eq(domains.orgId, orgId));
  let failed = 0;
  for (const domain of list) {
    const result = await inspectDomain(domain, scope.deps.domainLookups, scope.now());
    if (result.error) failed += 1;
    await store(db, domain, result, scope.now());
  }
  return { checked: list.length, withProblems: failed };
}

const describe = (kind: "renewal" | "certificate", name: string, daysLeft: number) => {
  const when = daysLeft === 0 ? "today" : `in ${daysLeft} day${daysLeft === 1 ? "" : "s"}`;
  return kind === "renewal"
    ? `${name} must be renewed ${when}`
    : `The HTTPS certificate of ${name} expires ${when}`;
};

/**
 * Warns the organization's owners and admins (in the app and by email) about renewals and
 * certificates expiring in 30, 7 or 1 day(s). A warning is sent once per domain, kind,
 * threshold and expiry date: the unique `domain_expiry_alerts` row is the gate, inserted in the
 * same transaction as the notifications and emails, so a re-run (or a retried job) sends nothing
 * twice, and a renewal that moves the date starts the warnings afresh.
 */
export async function runDomainExpiryWarnings(scope: OrgScope<Actor | AnonymousActor>) {
  const { db, orgId, appUrl } = scope;
  const now = scope.now();
  const [org] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org) return { warnings: 0 };
  const list = await db.select().from(domains).where(eq(domains.orgId, orgId));
  const recipients = await db
    .select({ userId: users.id, email: users.email, wantsEmail: receives("domainExpiry") })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
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
            orgId: orgId,
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
              orgId: orgId,
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
          // The in-app notice always; the email unless they turned these off.
          if (!person.wantsEmail) continue;
          const mail = await sendEmail(tx, {
            locale: await recipientLocale(tx, { userId: person.userId, orgId }),
            template: "domain-expiry",
            props: {
              orgName: org.name,
              domain: domain.name,
              kind,
              daysLeft,
              expiresOn,
              domainUrl: new URL(link, appUrl).toString(),
            },
            to: person.email,
            idempotencyKey: `${key}:${person.userId}`,
            orgId: orgId,
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
  return { warnings };
}
