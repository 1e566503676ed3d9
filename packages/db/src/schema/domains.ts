import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { at, createdAt, id, timestamps } from "./columns";
import { projects } from "./projects";
import { orgId } from "./tenant";

export const domainStatus = pgEnum("domain_status", ["active", "expired", "pending", "suspended"]);
export const sslStatus = pgEnum("ssl_status", ["active", "expired", "pending", "none", "invalid"]);
export const dnsRecordType = pgEnum("dns_record_type", [
  "A",
  "AAAA",
  "CNAME",
  "MX",
  "TXT",
  "NS",
  "CAA",
]);
export const domainExpiryKind = pgEnum("domain_expiry_kind", ["renewal", "certificate"]);

export const domains = pgTable(
  "domains",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid().references(() => projects.id, { onDelete: "set null" }),
    /** Lower-case hostname, so the per-org uniqueness cannot be dodged by casing. */
    name: text().notNull(),
    status: domainStatus().notNull().default("pending"),
    nameservers: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    registrar: text(),
    registeredOn: date({ mode: "string" }),
    renewsOn: date({ mode: "string" }),
    sslStatus: sslStatus().notNull().default("none"),
    sslIssuer: text(),
    sslExpiresAt: at(),
    lastCheckedAt: at(),
    lastCheckError: text(),
    autoRenew: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("domains_org_name_unique").on(t.orgId, t.name),
    index("domains_project_id_idx").on(t.projectId),
    index("domains_renews_on_idx").on(t.renewsOn),
    index("domains_ssl_expires_at_idx").on(t.sslExpiresAt),
    check("domains_name_lowercase", sql`${t.name} = lower(${t.name})`),
    check(
      "domains_dates_order",
      sql`${t.renewsOn} is null or ${t.registeredOn} is null or ${t.renewsOn} >= ${t.registeredOn}`,
    ),
  ],
);

export const dnsRecords = pgTable(
  "dns_records",
  {
    id: id(),
    orgId: orgId(),
    domainId: uuid()
      .notNull()
      .references(() => domains.id, { onDelete: "cascade" }),
    type: dnsRecordType().notNull(),
    /** Relative to the domain; "@" is the apex. */
    name: text().notNull(),
    value: text().notNull(),
    ttl: integer().notNull().default(3600),
    priority: integer(),
    ...timestamps(),
  },
  (t) => [
    index("dns_records_domain_type_name_idx").on(t.domainId, t.type, t.name),
    index("dns_records_org_id_idx").on(t.orgId),
    check("dns_records_ttl_positive", sql`${t.ttl} > 0`),
    check(
      "dns_records_priority_mx_only",
      sql`${t.priority} is null or (${t.type} = 'MX' and ${t.priority} between 0 and 65535)`,
    ),
  ],
);

/** One row per warning sent: the unique key makes the daily expiry job safe to re-run. */
export const domainExpiryAlerts = pgTable(
  "domain_expiry_alerts",
  {
    id: id(),
    orgId: orgId(),
    domainId: uuid()
      .notNull()
      .references(() => domains.id, { onDelete: "cascade" }),
    kind: domainExpiryKind().notNull(),
    thresholdDays: integer().notNull(),
    /** The expiry being warned about; a renewal moves it, so the next cycle warns again. */
    expiresOn: date({ mode: "string" }).notNull(),
    sentAt: createdAt(),
  },
  (t) => [
    uniqueIndex("domain_expiry_alerts_once_per_threshold_unique").on(
      t.domainId,
      t.kind,
      t.thresholdDays,
      t.expiresOn,
    ),
    index("domain_expiry_alerts_org_sent_at_idx").on(t.orgId, t.sentAt),
    check("domain_expiry_alerts_threshold_non_negative", sql`${t.thresholdDays} >= 0`),
  ],
);
