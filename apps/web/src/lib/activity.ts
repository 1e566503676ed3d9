import type { Route } from "next";

import type { Messages } from "~/i18n/messages";

/**
 * One line of the organization's activity, from its audit action ("projects.milestones.update")
 * and the id of the object it touched. The log keeps what changed for staff; the line says what
 * was done, and to which item when that item has a page of its own.
 */
export type ActivityKey = keyof Messages["dashboard"]["activity"];

const keys: Record<string, ActivityKey> = {
  "analyses.run": "analysesRun",
  "analyses.share": "analysesShare",
  "domains.create": "domainsCreate",
  "domains.update": "domainsUpdate",
  "domains.delete": "domainsDelete",
  "domains.check": "domainsCheck",
  "domains.records.create": "domainsRecordsCreate",
  "domains.records.update": "domainsRecordsUpdate",
  "domains.records.delete": "domainsRecordsDelete",
  "files.upload": "filesUpload",
  "files.rename": "filesRename",
  "files.move": "filesMove",
  "files.delete": "filesDelete",
  "files.createFolder": "filesCreateFolder",
  "files.renameFolder": "filesRenameFolder",
  "files.moveFolder": "filesMoveFolder",
  "files.deleteFolder": "filesDeleteFolder",
  "impersonation.start": "impersonationStart",
  "impersonation.end": "impersonationEnd",
  "invitations.create": "invitationsCreate",
  "invitations.accept": "invitationsAccept",
  "invitations.decline": "invitationsDecline",
  "invitations.revoke": "invitationsRevoke",
  "members.updateRole": "membersUpdateRole",
  "members.remove": "membersRemove",
  "members.leave": "membersLeave",
  "orgs.create": "orgsCreate",
  "orgs.update": "orgsUpdate",
  "orgs.switch": "orgsSwitch",
  "projects.create": "projectsCreate",
  "projects.update": "projectsUpdate",
  "projects.archive": "projectsArchive",
  "projects.unarchive": "projectsUnarchive",
  "projects.milestones.create": "projectsMilestonesCreate",
  "projects.milestones.update": "projectsMilestonesUpdate",
  "projects.milestones.complete": "projectsMilestonesComplete",
  "projects.milestones.reopen": "projectsMilestonesReopen",
  "projects.milestones.delete": "projectsMilestonesDelete",
  "projects.deliveries.create": "projectsDeliveriesCreate",
  "projects.deliveries.delete": "projectsDeliveriesDelete",
  "tickets.create": "ticketsCreate",
  "tickets.reply": "ticketsReply",
  "tickets.assign": "ticketsAssign",
  "tickets.setStatus": "ticketsSetStatus",
};

/** Its sentence under `dashboard.activity`; actions without one read "made a change". */
export const activityKey = (action: string): ActivityKey =>
  Object.hasOwn(keys, action) ? keys[action]! : "other";

/** The page of the item an entry touched, for the kinds of item that have one. */
export function activityHref(resourceType: string, resourceId: string | null): Route | null {
  if (!resourceId) return null;
  switch (resourceType) {
    case "project":
      return `/dashboard/projects/${resourceId}`;
    case "domain":
      return `/dashboard/domains/${resourceId}`;
    case "support_ticket":
      return `/dashboard/tickets/${resourceId}`;
    case "url_analysis":
      return `/analyze/${resourceId}`;
    default:
      return null;
  }
}
