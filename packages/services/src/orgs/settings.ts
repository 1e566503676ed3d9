import { organizations } from "@arco/db/schema";
import type { OrgSettings } from "@arco/db/schema";
import { DEFAULT_ORG_TIME_ZONE } from "@arco/i18n/locales";
import { eq } from "drizzle-orm";

import { recordAudit } from "../audit";
import type { OrgScope } from "../context";
import { ServiceError, notFound } from "../errors";
import type { OrgRole } from "../roles";
import { isManager } from "../roles";

export { DEFAULT_ORG_TIME_ZONE };

/** Who may invite people: owners and admins only (the default), or every member too. */
export const INVITE_POLICIES = ["managers", "members"] as const;
export type InvitePolicy = (typeof INVITE_POLICIES)[number];

/** Viewers never invite; members only when the organization lets them. */
export const mayInvite = (role: OrgRole, policy: InvitePolicy = "managers") =>
  isManager(role) || (policy === "members" && role === "member");

export interface OrganizationChanges {
  name?: string;
  /** A `data:image/…;base64,` URL (PNG, JPEG or WebP), or null to remove the logo. */
  logoUrl?: string | null;
  locale?: "en" | "pt-BR";
  timeZone?: string;
  invitePolicy?: InvitePolicy;
}

const IMAGE_SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/webp": (b) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" &&
    b.subarray(8, 12).toString("latin1") === "WEBP",
};

/** The logo's bytes must be the image type it claims: nothing else is ever shown as one. */
function checkLogo(dataUrl: string) {
  const match = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  const matches = match && IMAGE_SIGNATURES[match[1]!];
  if (!match || !matches?.(Buffer.from(match[2]!, "base64"))) {
    throw new ServiceError("BAD_REQUEST", "The logo must be a PNG, JPEG or WebP image.");
  }
}

/**
 * Name, logo, language, time zone and invite policy, in one audited change; only the fields
 * given change. The settings live in `organizations.settings` next to keys written elsewhere,
 * which are kept.
 */
export async function updateOrganization(scope: OrgScope, changes: OrganizationChanges) {
  const { db, actor, orgId } = scope;
  if (changes.logoUrl) checkLogo(changes.logoUrl);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({
        name: organizations.name,
        logoUrl: organizations.logoUrl,
        settings: organizations.settings,
      })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for("update");
    if (!before) throw notFound("Organization");
    const settings: OrgSettings = {
      ...before.settings,
      ...(changes.locale ? { locale: changes.locale } : {}),
      ...(changes.timeZone ? { timezone: changes.timeZone } : {}),
      ...(changes.invitePolicy ? { invitePolicy: changes.invitePolicy } : {}),
    };
    const [org] = await tx
      .update(organizations)
      .set({
        ...(changes.name ? { name: changes.name } : {}),
        ...(changes.logoUrl !== undefined ? { logoUrl: changes.logoUrl } : {}),
        settings,
      })
      .where(eq(organizations.id, orgId))
      .returning({ id: organizations.id, name: organizations.name });
    await recordAudit(tx, actor, {
      orgId,
      action: "orgs.update",
      resourceType: "organization",
      resourceId: orgId,
      // The logo itself is too large for the log: only whether it changed.
      before: { name: before.name, hasLogo: before.logoUrl !== null, ...before.settings },
      after: {
        name: changes.name ?? before.name,
        hasLogo: changes.logoUrl === undefined ? before.logoUrl !== null : changes.logoUrl !== null,
        ...settings,
      },
    });
    return org!;
  });
}

/** What the settings page shows. */
export function organizationSettings(org: typeof organizations.$inferSelect) {
  return {
    name: org.name,
    logoUrl: org.logoUrl,
    locale: org.settings.locale ?? "pt-BR",
    timeZone: org.settings.timezone ?? DEFAULT_ORG_TIME_ZONE,
    invitePolicy: org.settings.invitePolicy ?? "managers",
  };
}
