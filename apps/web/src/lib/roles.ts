import { canManage, isManager } from "@arco/services/roles";
import type { OrgRole, Role } from "@arco/services/roles";

export type { OrgRole, Role };
export type Tier = "free" | "basic" | "pro" | "enterprise";

export const roleLabel: Record<OrgRole, string> = {
  owner: "Owner",
  admin: "Admin",
  member: "Member",
  viewer: "Viewer",
  staff: "Agency staff",
};

export const roleDescription: Record<OrgRole, string> = {
  owner: "Full control of the organization, including its plan and its owners.",
  admin: "Manages the team and the organization’s settings.",
  member: "Works in the organization alongside the team.",
  viewer: "Sees what the team sees, without changing anything.",
  staff: "Works on the client’s projects, domains, tickets and files; the team stays theirs.",
};

export const tierLabel: Record<Tier, string> = {
  free: "Free",
  basic: "Basic",
  pro: "Pro",
  enterprise: "Enterprise",
};

/**
 * Whether to offer changing or removing `target`'s membership: the rules the server enforces,
 * from the one list (`@arco/services/roles`). Nobody changes their own role.
 */
export const canManageMember = (actor: Role, target: Role) =>
  isManager(actor) && canManage(actor, target);
