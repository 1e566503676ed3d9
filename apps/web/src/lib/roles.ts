import { canManage, isManager } from "@arco/services/roles";
import type { OrgRole, Role } from "@arco/services/roles";

export type { OrgRole, Role };
export type Tier = "free" | "basic" | "pro" | "enterprise";

/*
 * The words for roles and tiers live in the `common` catalog, one per value, for every area:
 * `common.roles.<role>`, `common.roleDescriptions.<role>` and `common.tiers.<tier>`
 * (`useTranslations("common.roles")(role)`).
 */

/**
 * Whether to offer changing or removing `target`'s membership: the rules the server enforces,
 * from the one list (`@arco/services/roles`). Nobody changes their own role.
 */
export const canManageMember = (actor: Role, target: Role) =>
  isManager(actor) && canManage(actor, target);
