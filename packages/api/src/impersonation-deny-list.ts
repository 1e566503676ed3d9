/**
 * What agency staff may never do while acting for a client, whatever the interface shows: the
 * procedure ladder refuses these paths for any request that carries an impersonation, before
 * the procedure runs. A new procedure that moves money, touches credentials or API keys, changes
 * who is on a team, an account's sign-in, deletes or exports belongs here.
 */
const denied = {
  billing: ["billing.checkout", "billing.topUp", "billing.portal"],
  team: [
    "members.updateRole",
    "members.remove",
    "members.leave",
    "invitations.create",
    "invitations.revoke",
    "invitations.accept",
    "invitations.decline",
    "orgs.create",
    "orgs.switch",
    "orgs.update",
  ],
  account: [
    "auth.signUp",
    "me.updateProfile",
    "me.setLocale",
    "me.setEmailPreferences",
    "me.changePassword",
    "me.signOutEverywhere",
    "auth.requestPasswordReset",
    "auth.resetPassword",
    "auth.verifyEmail",
  ],
  deletion: [
    "domains.delete",
    "domains.records.delete",
    "files.deleteFolder",
    "files.delete",
    "projects.milestones.delete",
    "projects.deliveries.delete",
  ],
} as const;

/** What is refused beyond these procedures: the CSV exports are routes (`./csv-export`). */
export type DeniedKind = keyof typeof denied | "exports";

const kindOf = new Map<string, DeniedKind>(
  Object.entries(denied).flatMap(([kind, paths]) =>
    paths.map((path) => [path, kind as DeniedKind] as const),
  ),
);

/** The kind of change a path makes if it is refused while impersonating; null otherwise. */
export const deniedWhileImpersonating = (path: string): DeniedKind | null =>
  kindOf.get(path) ?? null;

/** Every refused path, for the tests that call each one. */
export const deniedPaths = (): string[] => [...kindOf.keys()];

export const refusalWhileImpersonating: Record<DeniedKind, string> = {
  billing: "Billing and payments are for the client to change, never while acting for them.",
  team: "Roles, members, invitations and the organization's settings are for the client to change, never while acting for them.",
  account:
    "Passwords, email addresses, sign-ins and preferences belong to the client, never changed while acting for them.",
  deletion:
    "Nothing is deleted while acting for a client: ask them, or stop acting for them first.",
  exports: "Nothing is exported while acting for a client: stop acting for them first.",
};
