import type { OrgRole } from "@arco/api/permissions";

export type { OrgRole };
export type Role = Exclude<OrgRole, "staff">;
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

const rank: Record<Role, number> = { viewer: 1, member: 2, admin: 3, owner: 4 };

export const isManager = (role: OrgRole | null | undefined): role is "owner" | "admin" =>
  role === "owner" || role === "admin";

/**
 * The same rules the server enforces, used only to decide which controls to show: owners manage
 * everyone, admins manage the roles below theirs, nobody grants a role above their own and
 * nobody changes their own role.
 */
export const canManageMember = (actor: Role, target: Role) =>
  actor === "owner" || (actor === "admin" && rank[actor] > rank[target]);

export const grantableRoles = (actor: Role): Role[] =>
  (["owner", "admin", "member", "viewer"] as const).filter((r) => rank[r] <= rank[actor]);
