/**
 * Who may do what: the one list of role rules. The server enforces them (`requirePermission`,
 * the member services) and the web app reads the same ones to decide which controls to show. Pure
 * data and functions: safe to import in the browser.
 */

/** A member's role in an organization. */
export type Role = "owner" | "admin" | "member" | "viewer";

/** A role inside an organization: a member's, or "staff" for agency staff working in it. */
export type OrgRole = Role | "staff";

/** Agency staff: admins run the platform, support staff work the clients' tickets. */
export type StaffRole = "admin" | "support";

export const ROLES = ["owner", "admin", "member", "viewer"] as const satisfies Role[];

const rank: Record<Role, number> = { viewer: 1, member: 2, admin: 3, owner: 4 };

/** Roles that manage the team and the organization's settings. */
export const MANAGER_ROLES = ["owner", "admin"] as const satisfies Role[];

export const isManager = (role: OrgRole | null | undefined): role is "owner" | "admin" =>
  role === "owner" || role === "admin";

/** Owners manage everyone; everyone else manages only roles below their own. */
export const canManage = (actor: Role, target: Role) =>
  actor === "owner" || rank[actor] > rank[target];

/** Nobody hands out a role above their own. */
export const canGrant = (actor: Role, role: Role) => rank[role] <= rank[actor];

/** The roles `actor` may hand out, highest first. */
export const grantableRoles = (actor: Role): Role[] => ROLES.filter((r) => canGrant(actor, r));

/**
 * What each role may do inside an organization. "staff" is agency staff working in a client's
 * organization they opened from /admin: they edit the client's work but never its team,
 * settings or billing.
 */
export const permissions = {
  /** Create, edit and archive projects, their milestones and deliveries. */
  manageProjects: ["owner", "admin", "staff"],
  /** Add and edit domains and their DNS records; run a check. */
  manageDomains: ["owner", "admin", "staff"],
  /** Open tickets, reply, attach files, change a ticket's status. */
  workTickets: ["owner", "admin", "member", "staff"],
  /** Upload, rename, move and delete files and folders. */
  manageFiles: ["owner", "admin", "member", "staff"],
  /** Reassign a ticket to someone of the agency. */
  assignTickets: ["staff"],
  /** Invite people, change their roles, remove them. */
  manageTeam: MANAGER_ROLES,
  /** Rename the organization and change its settings. */
  manageSettings: MANAGER_ROLES,
  /** See the plan, invoices and credits; subscribe, change plans, buy credits, cancel. */
  manageBilling: MANAGER_ROLES,
  /** Leave the organization (agency staff are not on its team). */
  leaveOrganization: ROLES,
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof permissions;

export const allows = (role: OrgRole | null | undefined, permission: Permission) =>
  role != null && (permissions[permission] as readonly OrgRole[]).includes(role);

/**
 * What each agency role may do across clients. Support staff work the clients (their tickets,
 * their dashboards as the clients see them, the trail of what happened); admins also run the
 * business: money, plans, people, exports and other people's mail. The API enforces these
 * (`staffProcedure`) and the admin area reads them to decide what to show.
 */
export const staffPermissions = {
  /** The client list and a client's page, the ticket queue, the background functions. */
  workClients: ["admin", "support"],
  /** Act as a client's member (not its owner), or inside its organization as staff. */
  impersonate: ["admin", "support"],
  /** Act as an organization's owner. */
  impersonateOwners: ["admin"],
  /** Read the audit log and the impersonation sessions. */
  readAudit: ["admin", "support"],
  /** Download the audit log or the leads as CSV. */
  exportData: ["admin"],
  /** MRR, churn, the funnel: the business at a glance. */
  readMetrics: ["admin"],
  /** A client's plan by hand, credit adjustments and refunds. */
  changeClientBilling: ["admin"],
  /** Edit plans (limits, prices, features) and a client's own limits. */
  editPlans: ["admin"],
  /** Find people across clients and resend a verification email. */
  findPeople: ["admin", "support"],
  /** Disable and re-enable accounts; grant and revoke staff roles. */
  managePeople: ["admin"],
  /** The free tier's leads. */
  readLeads: ["admin", "support"],
  /** The outbox: other people's mail. */
  readOutbox: ["admin"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type StaffPermission = keyof typeof staffPermissions;

export const staffAllows = (role: StaffRole | null | undefined, permission: StaffPermission) =>
  role != null && (staffPermissions[permission] as readonly StaffRole[]).includes(role);

/**
 * How staff act for a client: a reason of at least `minReasonLength` characters, for
 * `defaultMinutes` unless they choose, `maxMinutes` at most.
 */
export const IMPERSONATION = { minReasonLength: 10, defaultMinutes: 30, maxMinutes: 60 } as const;
