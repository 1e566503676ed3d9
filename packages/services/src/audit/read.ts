import { selectRows } from "@arco/db";
import { auditLogs, impersonationSessions, organizations, users } from "@arco/db/schema";
import type { SQL } from "drizzle-orm";
import { and, asc, desc, eq, gte, ilike, inArray, like, lt, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";

import type { StaffScope } from "../context";
import { notFound } from "../errors";
import { startingWith } from "../like";
import { afterCursor, page } from "../pagination";
import { changesDuringImpersonation } from "../impersonation/read";

/**
 * The agency's view of the audit log: every audited action across clients, and the trail of
 * impersonation sessions. The log grows without end (a million rows and more), so each filter
 * matches an index of `audit_logs` ending in `created_at` — organization, actor, effective user,
 * impersonation, action, resource — and pages newest first by keyset on (created_at, id).
 */
export interface AuditFilters {
  clientOrgId?: string;
  /** The real person at the keyboard. */
  actorUserId?: string;
  /** Whom the request acted as (the client, while staff impersonated them). */
  effectiveUserId?: string;
  /** Exact (`tickets.create`), or every action under a prefix ending in a dot (`tickets.`). */
  action?: string;
  resourceType?: string;
  /** Only with `resourceType`: ids are unique within a type. */
  resourceId?: string;
  impersonationId?: string;
  /** Entries at or after this moment. */
  from?: Date;
  /** Entries before this moment. */
  to?: Date;
}

const actor = alias(users, "actor");
const effective = alias(users, "effective");

const entryColumns = {
  id: auditLogs.id,
  createdAt: auditLogs.createdAt,
  orgId: auditLogs.orgId,
  orgName: organizations.name,
  actorUserId: auditLogs.actorUserId,
  actorName: actor.name,
  actorEmail: actor.email,
  effectiveUserId: auditLogs.effectiveUserId,
  effectiveName: effective.name,
  effectiveEmail: effective.email,
  impersonationId: auditLogs.impersonationId,
  action: auditLogs.action,
  resourceType: auditLogs.resourceType,
  resourceId: auditLogs.resourceId,
  before: auditLogs.before,
  after: auditLogs.after,
  ip: auditLogs.ip,
  userAgent: auditLogs.userAgent,
  requestId: auditLogs.requestId,
};

/**
 * The actions ever recorded under `prefix`, read off the action index by stepping from each
 * action to the next (a few dozen probes). A `like 'tickets.%'` could use that index only under
 * the C collation; a list of exact actions uses it under any, and lets Postgres weigh a rare
 * family (its own index, sorted) against a common one (the newest entries, filtered).
 */
async function actionsUnder(db: StaffScope["db"], prefix: string) {
  const rows = await selectRows<{ action: string }>(
    db,
    sql`with recursive known(action) as (
          (select ${auditLogs.action} from ${auditLogs} order by 1 limit 1)
          union all
          select (select a.action from ${auditLogs} a where a.action > known.action
                  order by a.action limit 1)
          from known where known.action is not null
        )
        select action from known where starts_with(action, ${prefix})`,
  );
  return rows.map((row) => row.action);
}

/** The condition for entries matching `filters`. */
export async function matchingEntries(
  db: StaffScope["db"],
  filters: AuditFilters,
): Promise<SQL | undefined> {
  const { action } = filters;
  return and(
    filters.clientOrgId ? eq(auditLogs.orgId, filters.clientOrgId) : undefined,
    filters.actorUserId ? eq(auditLogs.actorUserId, filters.actorUserId) : undefined,
    filters.effectiveUserId ? eq(auditLogs.effectiveUserId, filters.effectiveUserId) : undefined,
    action
      ? action.endsWith(".")
        ? inArray(auditLogs.action, await actionsUnder(db, action))
        : eq(auditLogs.action, action)
      : undefined,
    filters.resourceType ? eq(auditLogs.resourceType, filters.resourceType) : undefined,
    filters.resourceType && filters.resourceId
      ? eq(auditLogs.resourceId, filters.resourceId)
      : undefined,
    filters.impersonationId ? eq(auditLogs.impersonationId, filters.impersonationId) : undefined,
    filters.from ? gte(auditLogs.createdAt, filters.from) : undefined,
    filters.to ? lt(auditLogs.createdAt, filters.to) : undefined,
  );
}

const entries = (db: StaffScope["db"]) =>
  db
    .select(entryColumns)
    .from(auditLogs)
    .leftJoin(organizations, eq(organizations.id, auditLogs.orgId))
    .leftJoin(actor, eq(actor.id, auditLogs.actorUserId))
    .leftJoin(effective, eq(effective.id, auditLogs.effectiveUserId));

/** The statement behind `listAuditLog`, not yet run (the bench explains it). */
export const auditLogQuery = (
  db: StaffScope["db"],
  where: SQL | undefined,
  { cursor, limit }: { cursor?: string; limit: number },
) =>
  entries(db)
    .where(and(where, afterCursor(cursor, { at: auditLogs.createdAt, id: auditLogs.id }, "desc")))
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(limit + 1);

/**
 * Audited actions matching `filters`, newest first, with the organization's name, both people
 * (who acted, and as whom), the values before and after and the request they came from.
 */
export async function listAuditLog(
  { db }: StaffScope,
  { cursor, limit, ...filters }: AuditFilters & { cursor?: string; limit: number },
) {
  const rows = await auditLogQuery(db, await matchingEntries(db, filters), { cursor, limit });
  return page(rows, limit, (row) => ({ at: row.createdAt, id: row.id }));
}

export type AuditLogRow = Awaited<ReturnType<typeof listAuditLog>>["items"][number];

/** One audited action, as the list shows it: a link to its before/after comparison. */
export async function auditEntry({ db }: StaffScope, { id }: { id: string }) {
  const [row] = await entries(db).where(eq(auditLogs.id, id));
  if (!row) throw notFound("Audit entry");
  return row;
}

export interface SessionFilters {
  clientOrgId?: string;
  staffUserId?: string;
  targetUserId?: string;
  /** Sessions started at or after this moment. */
  from?: Date;
  /** Sessions started before this moment. */
  to?: Date;
}

const staffUser = alias(users, "staff_user");
const targetUser = alias(users, "target_user");

const sessionColumns = {
  id: impersonationSessions.id,
  staffUserId: impersonationSessions.staffUserId,
  staffName: staffUser.name,
  staffEmail: staffUser.email,
  /** Null: staff worked in the organization as agency staff, as no member in particular. */
  targetUserId: impersonationSessions.targetUserId,
  targetName: targetUser.name,
  targetEmail: targetUser.email,
  orgId: impersonationSessions.orgId,
  orgName: organizations.name,
  reason: impersonationSessions.reason,
  startedAt: impersonationSessions.startedAt,
  expiresAt: impersonationSessions.expiresAt,
  endedAt: impersonationSessions.endedAt,
  endedReason: impersonationSessions.endedReason,
  /** What they did meanwhile; the session's own start and end are not counted. */
  actionCount: changesDuringImpersonation,
};

const sessions = (db: StaffScope["db"]) =>
  db
    .select(sessionColumns)
    .from(impersonationSessions)
    .innerJoin(staffUser, eq(staffUser.id, impersonationSessions.staffUserId))
    .leftJoin(targetUser, eq(targetUser.id, impersonationSessions.targetUserId))
    .leftJoin(organizations, eq(organizations.id, impersonationSessions.orgId));

/** The trail of impersonation sessions, newest first: who acted as whom, where, why, how long. */
export async function listImpersonationSessions(
  { db }: StaffScope,
  { cursor, limit, ...filters }: SessionFilters & { cursor?: string; limit: number },
) {
  const rows = await sessions(db)
    .where(
      and(
        filters.clientOrgId ? eq(impersonationSessions.orgId, filters.clientOrgId) : undefined,
        filters.staffUserId
          ? eq(impersonationSessions.staffUserId, filters.staffUserId)
          : undefined,
        filters.targetUserId
          ? eq(impersonationSessions.targetUserId, filters.targetUserId)
          : undefined,
        filters.from ? gte(impersonationSessions.startedAt, filters.from) : undefined,
        filters.to ? lt(impersonationSessions.startedAt, filters.to) : undefined,
        afterCursor(
          cursor,
          { at: impersonationSessions.startedAt, id: impersonationSessions.id },
          "desc",
        ),
      ),
    )
    .orderBy(desc(impersonationSessions.startedAt), desc(impersonationSessions.id))
    .limit(limit + 1);
  return page(rows, limit, (row) => ({ at: row.startedAt, id: row.id }));
}

export type ImpersonationSessionRow = Awaited<
  ReturnType<typeof listImpersonationSessions>
>["items"][number];

/** One session; its actions are the audit log filtered by its id. */
export async function impersonationSession({ db }: StaffScope, { id }: { id: string }) {
  const [row] = await sessions(db).where(eq(impersonationSessions.id, id));
  if (!row) throw notFound("Impersonation session");
  return row;
}

const PICKER_SIZE = 8;

/**
 * The filter pickers' suggestions: organizations whose name, or people whose name or email,
 * starts with `search`; or the one with `id`, to label a filter already chosen.
 */
export async function auditPickerOptions(
  { db }: StaffScope,
  { kind, search, id }: { kind: "organization" | "user"; search?: string; id?: string },
) {
  const prefix = startingWith(search ?? "");
  if (kind === "organization") {
    return db
      .select({ id: organizations.id, name: organizations.name, email: sql<null>`null` })
      .from(organizations)
      .where(id ? eq(organizations.id, id) : ilike(organizations.name, prefix))
      .orderBy(asc(organizations.name))
      .limit(PICKER_SIZE);
  }
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(
      id
        ? eq(users.id, id)
        : or(ilike(users.name, prefix), like(sql`lower(${users.email})`, prefix.toLowerCase())),
    )
    .orderBy(asc(users.name), asc(users.email))
    .limit(PICKER_SIZE);
}
