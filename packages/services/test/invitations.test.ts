import { invitations as invitationsTable, memberships, users } from "@arco/db/schema";
import { addMember, createOrg, createUser, useTestDb } from "@arco/db/testing";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  acceptInvitation,
  createInvitation,
  declineInvitation,
  invitationByToken,
  revokeInvitation,
} from "../src/invitations";
import { updateOrganization } from "../src/orgs";
import { orgScope, publicScope, userScope } from "../src/testing";
import { actorFor, linkTokenSentTo } from "./helpers";

const testDb = useTestDb();

async function invite(tier: "free" | "basic" | "pro" = "pro") {
  const { db } = testDb();
  const owner = await createUser(db, { name: "Olga Owner" });
  const org = await createOrg(db, { tier, owner });
  return { db, owner, org };
}

describe("the invite policy", () => {
  it("lets members invite only when the organization allows it, and viewers never", async () => {
    const { db, owner, org } = await invite();
    const member = await createUser(db);
    const viewer = await createUser(db);
    await addMember(db, { orgId: org.id, userId: member.id, role: "member" });
    await addMember(db, { orgId: org.id, userId: viewer.id, role: "viewer" });
    const inviteAs = (user: typeof member, role: "member" | "viewer", email: string) =>
      createInvitation(orgScope(db, actorFor(user), org.id, { role }), { email, role: "viewer" });

    await expect(inviteAs(member, "member", "a@example.test")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await updateOrganization(orgScope(db, actorFor(owner), org.id), { invitePolicy: "members" });
    await expect(inviteAs(member, "member", "b@example.test")).resolves.toMatchObject({
      email: "b@example.test",
    });
    await expect(inviteAs(viewer, "viewer", "c@example.test")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("invitations", () => {
  it("emails a single-use link that adds the invited person with the invited role", async () => {
    const { db, owner, org } = await invite();
    const guest = await createUser(db, { email: "guest@example.test" });
    const created = await createInvitation(orgScope(db, actorFor(owner), org.id), {
      email: "Guest@Example.test",
      role: "viewer",
    });
    expect(created).toMatchObject({ email: "guest@example.test", role: "viewer" });
    const token = await linkTokenSentTo("guest@example.test", "invite");
    expect(await invitationByToken(publicScope(db), { token: token })).toMatchObject({
      orgName: org.name,
      inviterName: "Olga Owner",
      status: "pending",
    });

    await acceptInvitation(userScope(db, guest), { token });
    const [membership] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.orgId, org.id), eq(memberships.userId, guest.id)));
    expect(membership!.role).toBe("viewer");
    const [after] = await db.select().from(users).where(eq(users.id, guest.id));
    expect(after!.activeOrgId).toBe(org.id);

    await expect(acceptInvitation(userScope(db, guest), { token })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "This invitation was already accepted.",
    });
  });

  it("cannot be used by anyone but the invited address", async () => {
    const { db, owner, org } = await invite();
    const other = await createUser(db, { email: "someone-else@example.test" });
    await createInvitation(orgScope(db, actorFor(owner), org.id), {
      email: "right@example.test",
      role: "member",
    });
    const token = await linkTokenSentTo("right@example.test", "invite");
    await expect(acceptInvitation(userScope(db, other), { token })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(declineInvitation(userScope(db, other), { token })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("expires, can be revoked, and a bad token is simply not valid", async () => {
    const { db, owner, org } = await invite();
    const late = await createUser(db, { email: "late@example.test" });
    const { id } = await createInvitation(orgScope(db, actorFor(owner), org.id), {
      email: late.email,
      role: "member",
    });
    const token = await linkTokenSentTo(late.email, "invite");
    await db
      .update(invitationsTable)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitationsTable.id, id));
    expect((await invitationByToken(publicScope(db), { token: token })).status).toBe("expired");
    await expect(acceptInvitation(userScope(db, late), { token })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "This invitation has expired. Ask for a new one.",
    });

    // A new invitation to the same address replaces the expired one.
    const again = await createInvitation(orgScope(db, actorFor(owner), org.id), {
      email: late.email,
      role: "member",
    });
    await revokeInvitation(orgScope(db, actorFor(owner), org.id), { invitationId: again.id });
    const revokedToken = await linkTokenSentTo(late.email, "invite");
    expect((await invitationByToken(publicScope(db), { token: revokedToken })).status).toBe(
      "revoked",
    );
    await expect(
      invitationByToken(publicScope(db), { token: "x".repeat(43) }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses duplicates: existing members and pending invitations", async () => {
    const { db, owner, org } = await invite();
    const member = await createUser(db, { email: "member@example.test" });
    await addMember(db, { orgId: org.id, userId: member.id, role: "member" });
    await expect(
      createInvitation(orgScope(db, actorFor(owner), org.id), {
        email: "MEMBER@example.test",
        role: "viewer",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await createInvitation(orgScope(db, actorFor(owner), org.id), {
      email: "new@example.test",
      role: "viewer",
    });
    await expect(
      createInvitation(orgScope(db, actorFor(owner), org.id), {
        email: "new@example.test",
        role: "viewer",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("never lets a team outgrow its plan, even with invitations sent at the same moment", async () => {
    const { db, owner, org } = await invite("basic"); // 3 members: the owner plus two seats
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        createInvitation(orgScope(db, actorFor(owner), org.id), {
          email: `seat${i}@example.test`,
          role: "member",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      code: "QUOTA_EXCEEDED",
      message: expect.stringContaining("Your plan allows 3 team members"),
    });
  });

  it("an admin cannot invite above their own role; members cannot invite at all", async () => {
    const { db, owner, org } = await invite();
    const admin = await createUser(db);
    await addMember(db, { orgId: org.id, userId: admin.id, role: "admin" });
    await expect(
      createInvitation(orgScope(db, actorFor(admin), org.id), {
        email: "x@example.test",
        role: "admin",
      }),
    ).resolves.toMatchObject({ role: "admin" });
    const member = await createUser(db);
    await addMember(db, { orgId: org.id, userId: member.id, role: "member" });
    await expect(
      createInvitation(orgScope(db, actorFor(member), org.id), {
        email: "y@example.test",
        role: "admin",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(owner).toBeDefined();
  });
});
