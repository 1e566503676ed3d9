import { memberships, users } from "@arco/db/schema";
import { addMember, createOrg, createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { orgScope } from "../src/testing";
import { leaveOrganization, listMembers, removeMember, updateMemberRole } from "../src/members";
import { actorFor } from "./helpers";

const testDb = useTestDb();

async function team() {
  const { db } = testDb();
  const [owner, admin, member, viewer] = await Promise.all([1, 2, 3, 4].map(() => createUser(db)));
  const org = await createOrg(db, { tier: "pro", owner: owner! });
  const ids = {
    admin: (await addMember(db, { orgId: org.id, userId: admin!.id, role: "admin" })).id,
    member: (await addMember(db, { orgId: org.id, userId: member!.id, role: "member" })).id,
    viewer: (await addMember(db, { orgId: org.id, userId: viewer!.id, role: "viewer" })).id,
  };
  const ownerMembership = await db
    .select()
    .from(memberships)
    .where(eq(memberships.userId, owner!.id));
  return {
    db,
    org,
    owner: owner!,
    admin: admin!,
    member: member!,
    viewer: viewer!,
    ids,
    ownerId: ownerMembership[0]!.id,
  };
}

const roleOf = async (db: ReturnType<typeof testDb>["db"], membershipId: string) =>
  (await db.select().from(memberships).where(eq(memberships.id, membershipId)))[0]?.role;

describe("team roles", () => {
  it("an admin can promote a member to admin but never to owner", async () => {
    const t = await team();
    await updateMemberRole(orgScope(t.db, actorFor(t.admin), t.org.id), {
      membershipId: t.ids.member,
      role: "admin",
    });
    expect(await roleOf(t.db, t.ids.member)).toBe("admin");
    await expect(
      updateMemberRole(orgScope(t.db, actorFor(t.admin), t.org.id), {
        membershipId: t.ids.viewer,
        role: "owner",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("an admin cannot touch another admin or the owner; nobody changes their own role", async () => {
    const t = await team();
    await expect(
      updateMemberRole(orgScope(t.db, actorFor(t.admin), t.org.id), {
        membershipId: t.ownerId,
        role: "viewer",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateMemberRole(orgScope(t.db, actorFor(t.viewer), t.org.id), {
        membershipId: t.ids.viewer,
        role: "admin",
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("your own role"),
    });
    expect(await roleOf(t.db, t.ownerId)).toBe("owner");
  });

  it("an organization always keeps an owner, even when two owners demote each other at once", async () => {
    const t = await team();
    await updateMemberRole(orgScope(t.db, actorFor(t.owner), t.org.id), {
      membershipId: t.ids.admin,
      role: "owner",
    });
    const results = await Promise.allSettled([
      updateMemberRole(orgScope(t.db, actorFor(t.owner), t.org.id), {
        membershipId: t.ids.admin,
        role: "member",
      }),
      updateMemberRole(orgScope(t.db, actorFor(t.admin), t.org.id), {
        membershipId: t.ownerId,
        role: "member",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const owners = await t.db.select().from(memberships).where(eq(memberships.orgId, t.org.id));
    expect(owners.filter((m) => m.role === "owner")).toHaveLength(1);
  });

  it("the only owner cannot leave; a removed member loses the organization as their active one", async () => {
    const t = await team();
    await expect(
      leaveOrganization(orgScope(t.db, actorFor(t.owner), t.org.id)),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await t.db.update(users).set({ activeOrgId: t.org.id }).where(eq(users.id, t.member.id));
    await removeMember(orgScope(t.db, actorFor(t.admin), t.org.id), { membershipId: t.ids.member });
    const [member] = await t.db.select().from(users).where(eq(users.id, t.member.id));
    expect(member!.activeOrgId).toBeNull();
    expect(await roleOf(t.db, t.ids.member)).toBeUndefined();
  });

  it("another organization's member is not found, whoever asks", async () => {
    const t = await team();
    const stranger = await createUser(t.db);
    const other = await createOrg(t.db, { owner: stranger });
    await expect(
      removeMember(orgScope(t.db, actorFor(stranger), other.id), { membershipId: t.ids.member }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleOf(t.db, t.ids.member)).toBe("member");
  });

  it("lists members a page at a time, marking the caller", async () => {
    const t = await team();
    const first = await listMembers(orgScope(t.db, t.admin, t.org.id), {
      limit: 3,
    });
    expect(first.items).toHaveLength(3);
    const second = await listMembers(orgScope(t.db, t.admin, t.org.id), {
      limit: 3,
      cursor: first.nextCursor!,
    });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((m) => m.userId)).size).toBe(4);
    expect(all.filter((m) => m.isYou).map((m) => m.userId)).toEqual([t.admin.id]);
    await expect(
      listMembers(orgScope(t.db, t.admin, t.org.id), {
        limit: 3,
        cursor: "garbage",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
