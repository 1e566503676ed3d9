/**
 * Input schemas of the agency's people pages (accounts across clients), shared with the web
 * forms. Pure zod: safe to import in the browser.
 */
import type { staffRole } from "@arco/db/schema";
import { z } from "zod";

import { paginationInput } from "../schemas";

type StaffRole = (typeof staffRole.enumValues)[number];

/** The database's enum, spelled out so the browser never loads the schema (checked against it). */
export const staffRoles = ["admin", "support"] as const satisfies readonly StaffRole[];

export const peopleSearchInput = paginationInput.extend({
  query: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
  staffOnly: z.boolean("Say whether to show agency staff only.").optional(),
  disabled: z.boolean("Say whether to show disabled or enabled accounts.").optional(),
});

export const personInput = z.object({ userId: z.uuid("That person id is not valid.") });

export const setStaffRoleInput = personInput.extend({
  staffRole: z.enum(staffRoles, "Choose admin, support or no staff role.").nullable(),
});
