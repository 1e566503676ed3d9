/**
 * Who may do what inside an organization: the server enforces these lists (`requireRole`) and
 * the web app reads the same ones to decide which controls to show. Pure data: safe to import
 * in the browser.
 *
 * "staff" is agency staff working in a client's organization they opened from /admin: they edit
 * the client's work but never its team, settings or billing.
 */
import type { OrgRole } from "@arco/services/members";

export type { OrgRole };

export const permissions = {
  /** Create, edit and archive projects, their milestones and deliveries. */
  manageProjects: ["owner", "admin", "staff"],
  /** Add and edit domains and their DNS records; run a check. */
  manageDomains: ["owner", "admin", "staff"],
  /** Open tickets, reply, attach files, change a ticket's status. */
  workTickets: ["owner", "admin", "member", "staff"],
  /** Upload, rename, move and delete files and folders. */
  manageFiles: ["owner", "admin", "member", "staff"],
} as const satisfies Record<string, readonly OrgRole[]>;

export type Permission = keyof typeof permissions;

export const allows = (role: OrgRole | null | undefined, permission: Permission) =>
  role != null && (permissions[permission] as readonly OrgRole[]).includes(role);
