import type { Transaction } from "@arco/db";
import { dnsRecords } from "@arco/db/schema";
import { and, eq, ne } from "drizzle-orm";

import type { OrgScope } from "../context";
import { recordAudit } from "../audit";
import { ServiceError, notFound } from "../errors";
import { editableDomainOf } from "./access";
import type { Domain } from "./access";

export type DnsRecordType = (typeof dnsRecords.$inferSelect)["type"];

/** A record as the API has validated it (per type, see `@arco/api/schemas/domains`). */
export interface DnsRecordFields {
  type: DnsRecordType;
  name: string;
  value: string;
  ttl: number;
  priority?: number | null;
}

/** Rules that need the domain and its other records. */
async function prepare(
  tx: Transaction,
  domain: Domain,
  fields: DnsRecordFields,
  exceptId?: string,
) {
  const name = fields.name.trim().toLowerCase();
  if (name === domain.name || name.endsWith(`.${domain.name}`)) {
    throw new ServiceError(
      "BAD_REQUEST",
      `Enter the name relative to ${domain.name}: @ for ${domain.name} itself, www for www.${domain.name}.`,
    );
  }
  if (fields.type === "CNAME" && name === "@") {
    throw new ServiceError(
      "BAD_REQUEST",
      "The domain itself (@) cannot have a CNAME record. Use an A or AAAA record instead.",
    );
  }
  const sameName = await tx
    .select({ type: dnsRecords.type })
    .from(dnsRecords)
    .where(
      and(
        eq(dnsRecords.domainId, domain.id),
        eq(dnsRecords.name, name),
        exceptId ? ne(dnsRecords.id, exceptId) : undefined,
      ),
    );
  if (
    sameName.length > 0 &&
    (fields.type === "CNAME" || sameName.some((r) => r.type === "CNAME"))
  ) {
    throw new ServiceError(
      "CONFLICT",
      `${name === "@" ? domain.name : `${name}.${domain.name}`} already has other records: a CNAME cannot share its name with any other record.`,
    );
  }
  const hostValued = ["CNAME", "NS", "MX"].includes(fields.type);
  return {
    type: fields.type,
    name,
    value: hostValued ? fields.value.trim().toLowerCase().replace(/\.$/, "") : fields.value.trim(),
    ttl: fields.ttl,
    priority: fields.type === "MX" ? (fields.priority ?? null) : null,
  };
}

export async function createDnsRecord(
  scope: OrgScope,
  { domainId, ...fields }: DnsRecordFields & { domainId: string },
) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    // Locking the domain serializes record changes, so the CNAME rule cannot be raced.
    const domain = await editableDomainOf(tx, orgId, domainId);
    const values = await prepare(tx, domain, fields);
    const [record] = await tx
      .insert(dnsRecords)
      .values({ ...values, orgId, domainId })
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "domains.records.create",
      resourceType: "dns_record",
      resourceId: record!.id,
      after: values,
    });
    return record!;
  });
}

async function recordOf(tx: Transaction, orgId: string, id: string) {
  const [record] = await tx
    .select()
    .from(dnsRecords)
    .where(and(eq(dnsRecords.id, id), eq(dnsRecords.orgId, orgId)));
  if (!record) throw notFound("DNS record");
  return record;
}

export async function updateDnsRecord(
  scope: OrgScope,
  { id, ...fields }: DnsRecordFields & { id: string },
) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const before = await recordOf(tx, orgId, id);
    const domain = await editableDomainOf(tx, orgId, before.domainId);
    const values = await prepare(tx, domain, fields, id);
    const [after] = await tx
      .update(dnsRecords)
      .set(values)
      .where(and(eq(dnsRecords.id, id), eq(dnsRecords.orgId, orgId)))
      .returning();
    await recordAudit(tx, actor, {
      orgId,
      action: "domains.records.update",
      resourceType: "dns_record",
      resourceId: id,
      before: {
        type: before.type,
        name: before.name,
        value: before.value,
        ttl: before.ttl,
        priority: before.priority,
      },
      after: values,
    });
    return after!;
  });
}

export async function deleteDnsRecord(scope: OrgScope, { id }: { id: string }) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const record = await recordOf(tx, orgId, id);
    await editableDomainOf(tx, orgId, record.domainId);
    await tx.delete(dnsRecords).where(and(eq(dnsRecords.id, id), eq(dnsRecords.orgId, orgId)));
    await recordAudit(tx, actor, {
      orgId,
      action: "domains.records.delete",
      resourceType: "dns_record",
      resourceId: id,
      before: {
        domainId: record.domainId,
        type: record.type,
        name: record.name,
        value: record.value,
      },
    });
    return { ok: true as const };
  });
}
