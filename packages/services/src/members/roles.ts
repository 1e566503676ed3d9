export type Role = "owner" | "admin" | "member" | "viewer";

const rank: Record<Role, number> = { viewer: 1, member: 2, admin: 3, owner: 4 };

/** Owners manage everyone; everyone else manages only roles below their own. */
export const canManage = (actor: Role, target: Role) =>
  actor === "owner" || rank[actor] > rank[target];

/** Nobody hands out a role above their own. */
export const canGrant = (actor: Role, role: Role) => rank[role] <= rank[actor];

export const MANAGER_ROLES = ["owner", "admin"] as const satisfies Role[];

/** A role inside an organization: a member's, or "staff" for agency staff working in it. */
export type OrgRole = Role | "staff";
