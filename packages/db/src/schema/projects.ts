import { sql } from "drizzle-orm";
import {
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

import { users } from "./auth";
import { at, createdAt, id, timestamps } from "./columns";
import { orgId } from "./tenant";

export const projectStatus = pgEnum("project_status", [
  "discovery",
  "development",
  "testing",
  "staging",
  "live",
  "maintenance",
]);

export const projects = pgTable(
  "projects",
  {
    id: id(),
    orgId: orgId(),
    name: text().notNull(),
    description: text(),
    status: projectStatus().notNull().default("discovery"),
    completionPercent: integer().notNull().default(0),
    startDate: date({ mode: "string" }),
    estimatedDelivery: date({ mode: "string" }),
    actualDelivery: date({ mode: "string" }),
    budgetTotalCents: integer(),
    budgetUsedCents: integer().notNull().default(0),
    projectManagerId: uuid().references(() => users.id, { onDelete: "set null" }),
    archivedAt: at(),
    ...timestamps(),
  },
  (t) => [
    index("projects_org_status_created_idx").on(t.orgId, t.status, t.createdAt),
    index("projects_project_manager_id_idx").on(t.projectManagerId),
    check("projects_completion_percent_range", sql`${t.completionPercent} between 0 and 100`),
    check(
      "projects_budget_non_negative",
      sql`coalesce(${t.budgetTotalCents}, 0) >= 0 and ${t.budgetUsedCents} >= 0`,
    ),
    check(
      "projects_dates_order",
      sql`(${t.estimatedDelivery} is null or ${t.startDate} is null or ${t.estimatedDelivery} >= ${t.startDate})
        and (${t.actualDelivery} is null or ${t.startDate} is null or ${t.actualDelivery} >= ${t.startDate})`,
    ),
  ],
);

/** The project team. Agency staff appear here without being members of the client organization. */
export const projectMembers = pgTable(
  "project_members",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("project_members_project_user_unique").on(t.projectId, t.userId),
    index("project_members_org_id_idx").on(t.orgId),
    index("project_members_user_id_idx").on(t.userId),
  ],
);

export const milestones = pgTable(
  "milestones",
  {
    id: id(),
    orgId: orgId(),
    projectId: uuid()
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text(),
    dueDate: date({ mode: "string" }),
    completedAt: at(),
    sortOrder: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index("milestones_project_sort_idx").on(t.projectId, t.sortOrder),
    index("milestones_org_due_date_idx").on(t.orgId, t.dueDate),
  ],
);
