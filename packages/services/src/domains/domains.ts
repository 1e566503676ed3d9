import { domains, organizations, plans } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";

import type { OrgScope } from "../context";
import { recordAudit } from "../audit";
import { ServiceError, notFound } from "../errors";
import { limitOf } from "../plans";
import { assertProjectOf, domainOf, editableDomainOf } from "./access";

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Lower-cases a host name and checks its form; the API has already explained any mistake. */
export function normalizeHostname(input: string) {
  const name = input.trim().toLowerCase().replace(/\.$/, "");
  const labels = name.split(".");
  if (name.length > 253 || labels.length < 2 || !labels.every((l) => LABEL.test(l))) {
    throw new ServiceError("BAD_REQUEST", "Enter a domain name like example.com.");
  }
  return name;
}

export async function createDomain(
  scope: OrgScope,
  { name: rawName, projectId }: { name: string; projectId?: string | null },
) {
  const { db, actor, orgId } = scope;
  const name = normalizeHostname(rawName);
  return db.transaction(async (tx) => {
    // The organization's row is the lock every creation queues on, so the count below cannot be
    // raced by a parallel request: the limit holds however many arrive at once.
    const [org] = await tx
      .select({ maxDomains: limitOf("maxDomains") })
      .from(organizations)
      .innerJoin(plans, eq(plans.id, organizations.planId))
      .where(eq(organizations.id, orgId))
      .for("update", { of: organizations });
    if (!org) throw notFound("Organization");
    if (org.maxDomains !== null) {
      const count = await tx.$count(domains, eq(domains.orgId, orgId));
      if (count >= org.maxDomains) {
        throw new ServiceError(
          "QUOTA_EXCEEDED",
          `Your plan includes ${org.maxDomains} domain${org.maxDomains === 1 ? "" : "s"}. Upgrade your plan to add more, or remove a domain you no longer need.`,
        );
      }
    }
    await assertProjectOf(tx, orgId, projectId);
    const [domain] = await tx
      .insert(domains)
      .values({ orgId, name, projectId: projectId ?? null })
      .onConflictDoNothing({ target: [domains.orgId, domains.name] })
      .returning();
    if (!domain) throw new ServiceError("CONFLICT", `${name} is already in your domains.`);
    await recordAudit(tx, actor, {
      orgId,
      action: "domains.create",
      resourceType: "domain",
      resourceId: domain.id,
      after: { name, projectId: domain.projectId },
    });
    return domain;
  });
}

export interface DomainDetails {
  registrar?: string | null;
  registeredOn?: string | null;
  renewsOn?: string | null;
  autoRenew?: boolean;
  nameservers?: string[];
  projectId?: string | null;
}

export async function updateDomain(
  scope: OrgScope,
  { id, ...details }: DomainDetails & { id: string },
) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const before = await editableDomainOf(tx, orgId, id);
    await assertProjectOf(tx, orgId, details.projectId);
    const changes = Object.fromEntries(
      Object.entries({
        registrar: details.registrar === undefined ? undefined : details.registrar || null,
        registeredOn: details.registeredOn,
        renewsOn: details.renewsOn,
        autoRenew: details.autoRenew,
        nameservers: details.nameservers?.map((ns) => ns.trim().toLowerCase().replace(/\.$/, "")),
        projectId: details.projectId,
      }).filter(([, value]) => value !== undefined),
    ) as Partial<typeof domains.$inferInsert>;
    const registeredOn =
      changes.registeredOn === undefined ? before.registeredOn : changes.registeredOn;
    const renewsOn = changes.renewsOn === undefined ? before.renewsOn : changes.renewsOn;
    if (registeredOn && renewsOn && renewsOn < registeredOn) {
      throw new ServiceError(
        "BAD_REQUEST",
        "The renewal date cannot be before the registration date.",
      );
    }
    if (Object.keys(changes).length === 0) return before;
    const [after] = await tx
      .update(domains)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(domains.id, id), eq(domains.orgId, orgId)))
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "domains.update",
      resourceType: "domain",
      resourceId: id,
      before: Object.fromEntries(
        Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]),
      ),
      after: changes,
    });
    return after!;
  });
}

export async function deleteDomain(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const domain = await domainOf(tx, orgId, id, true);
    await tx.delete(domains).where(and(eq(domains.id, id), eq(domains.orgId, orgId)));
    await recordAudit(tx, actor, {
      orgId,
      action: "domains.delete",
      resourceType: "domain",
      resourceId: id,
      before: { name: domain.name },
    });
    return { ok: true as const };
  });
}
