/**
 * One line of the organization's activity, from an audit action such as "projects.create" or
 * "projects.milestones.update" and the kind of object it touched ("milestone").
 */
const pastTense: Record<string, string> = {
  create: "created",
  update: "updated",
  delete: "deleted",
  remove: "removed",
  archive: "archived",
  unarchive: "restored",
  rename: "renamed",
  move: "moved",
  upload: "uploaded",
  reply: "replied to",
  assign: "assigned",
  setStatus: "changed the status of",
  check: "checked",
  revoke: "revoked",
  accept: "accepted",
  decline: "declined",
  leave: "left",
  open: "opened",
  switch: "switched to",
  updateRole: "changed the role of",
  toggle: "updated",
  complete: "completed",
  reopen: "reopened",
  run: "ran",
  share: "shared",
  createFolder: "created",
  renameFolder: "renamed",
  moveFolder: "moved",
  deleteFolder: "deleted",
  capture: "emailed",
};

const special: Record<string, string> = {
  "admin.clients.open": "opened the organization as agency staff",
  "admin.clients.leave": "left the organization (agency staff)",
  "members.leave": "left the organization",
  "orgs.switch": "switched to this organization",
  "orgs.create": "created the organization",
  "orgs.update": "renamed the organization",
  "tickets.reply": "replied to a ticket",
};

/** Table-ish names as people say them. */
const nouns: Record<string, string> = {
  storage_item: "file",
  url_analysis: "site analysis",
  storage_folder: "folder",
  dns_record: "DNS record",
  support_ticket: "ticket",
  ticket_message: "ticket reply",
  membership: "member",
  org_quota: "plan usage",
};

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? "an" : "a");

export function describeActivity(action: string, resourceType: string) {
  if (special[action]) return special[action];
  const verb = action.split(".").at(-1) ?? action;
  const noun =
    nouns[resourceType] ??
    resourceType
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .replace(/[_-]+/g, " ")
      .toLowerCase();
  const past = pastTense[verb] ?? `${verb.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()}`;
  return `${past} ${article(noun)} ${noun}`;
}
