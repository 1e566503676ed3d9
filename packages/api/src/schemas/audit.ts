/**
 * Input schemas of the agency's audit viewer, shared with the web page and the CSV export. The
 * filters are text, as a page's address carries them (`?action=tickets.&from=2026-03-01`), so
 * the page, the list and the export read the same parameters; days become instants (UTC) here.
 * Pure zod: safe to import in the browser.
 */
import { z } from "zod";

import { calendarDateSchema, paginationInput } from "../schemas";

const DAY_MS = 86_400_000;
const startOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** `tickets.create`, or `tickets.` for every action under it. */
const ACTION = /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)*\.?$/;

/** The days of a period, `from` its first through `to` its last (as the instant after it). */
const periodShape = {
  from: calendarDateSchema("Enter the start date as YYYY-MM-DD, like 2026-03-01.")
    .transform(startOf)
    .optional(),
  to: calendarDateSchema("Enter the end date as YYYY-MM-DD, like 2026-03-31.")
    .transform((day) => new Date(startOf(day).getTime() + DAY_MS))
    .optional(),
};

// People and organizations are chosen from a list: a bad id was typed into the address.
const orgFilter = z.uuid("That organization is not valid: choose one from the list.");

export const auditFiltersShape = {
  clientOrgId: orgFilter.optional(),
  /** The real person at the keyboard. */
  actorUserId: z.uuid("That actor is not valid: choose one from the list.").optional(),
  /** Whom they acted as. */
  effectiveUserId: z.uuid("That effective user is not valid: choose one from the list.").optional(),
  action: z
    .string()
    .trim()
    .max(100, "Actions are at most 100 characters.")
    .regex(ACTION, "Enter an action like tickets.create, or tickets. for all of them.")
    .optional(),
  resourceType: z
    .string()
    .trim()
    .regex(/^[a-z][a-z_]{0,49}$/, "Enter a resource type like support_ticket.")
    .optional(),
  resourceId: z
    .string()
    .trim()
    .min(1, "Enter a resource id.")
    .max(200, "Resource ids are at most 200 characters.")
    .optional(),
  impersonationId: z.uuid("That impersonation session id is not valid.").optional(),
  ...periodShape,
};

type Period = { from?: Date; to?: Date };

/** A period runs forwards; a resource id means something only within its type. */
function checkFilters(
  filters: Period & { resourceType?: string; resourceId?: string },
  ctx: z.RefinementCtx,
) {
  checkPeriod(filters, ctx);
  if (filters.resourceId && !filters.resourceType) {
    ctx.addIssue({
      code: "custom",
      message: "Choose the resource type too: ids are unique within a type.",
      path: ["resourceId"],
    });
  }
}

function checkPeriod({ from, to }: Period, ctx: z.RefinementCtx) {
  if (from && to && to <= from) {
    ctx.addIssue({
      code: "custom",
      message: "The end date comes on or after the start date.",
      path: ["to"],
    });
  }
}

/** A filtered view of the log: what the CSV export takes from its address. */
export const auditFiltersInput = z.object(auditFiltersShape).superRefine(checkFilters);

export const auditListInput = z
  .object({ ...auditFiltersShape, ...paginationInput.shape })
  .superRefine(checkFilters);

export const auditEntryInput = z.object({ id: z.uuid("That audit entry id is not valid.") });

export const impersonationSessionsInput = z
  .object({
    clientOrgId: orgFilter.optional(),
    staffUserId: z.uuid("That staff member is not valid: choose one from the list.").optional(),
    targetUserId: z.uuid("That client user is not valid: choose one from the list.").optional(),
    ...periodShape,
    ...paginationInput.shape,
  })
  .superRefine(checkPeriod);

export const impersonationSessionInput = z.object({
  id: z.uuid("That impersonation session id is not valid."),
});

export const auditPickerInput = z.object({
  kind: z.enum(["organization", "user"], "Choose organizations or people."),
  search: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
  /** The one already chosen, to show its name. */
  id: z.uuid("That id is not valid.").optional(),
});
