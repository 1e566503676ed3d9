import { users } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { latestDroppedMail } from "@arco/email";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { buildWorld, callerFor } from "./harness";
import type { World } from "./harness";

const testDb = useTestDb();
let world: World;
beforeAll(async () => {
  world = await buildWorld(testDb().db);
});
/** A caller per request, as over HTTP: each one reads the session user afresh. */
const as = (user: keyof World["users"]) =>
  callerFor({ database: testDb(), userId: world.users[user].id });

describe("membership changes apply on the very next request", () => {
  it("a demoted admin loses admin powers, and a removed member loses the organization", async () => {
    // Each caller is one request: the next request reads the membership as it is now.
    const owner = await as("ownerA");
    const admin = () => as("adminA");
    await expect((await admin()).invitations.list()).resolves.toBeDefined();

    const { items } = await owner.members.list({});
    const adminMembership = items.find((m) => m.userId === world.users.adminA.id)!;
    await owner.members.updateRole({ membershipId: adminMembership.membershipId, role: "viewer" });
    await expect((await admin()).invitations.list()).rejects.toMatchObject({ code: "FORBIDDEN" });

    await owner.members.remove({ membershipId: adminMembership.membershipId });
    await expect((await admin()).orgs.current()).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await expect((await admin()).members.list({})).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    expect((await (await admin()).me.get()).memberships).toEqual([]);
  });

  it("switching organizations changes which one org procedures act on", async () => {
    const created = await (await as("ownerA")).orgs.create({ name: "Second Org" });
    expect((await (await as("ownerA")).orgs.current()).id).toBe(created.id);
    await (await as("ownerA")).orgs.switch({ orgId: world.orgA.id });
    expect((await (await as("ownerA")).orgs.current()).id).toBe(world.orgA.id);
    await expect((await as("ownerA")).orgs.switch({ orgId: world.orgB.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("an invited person who signs up with the invited address can join once it is verified", async () => {
    const anonymous = await callerFor({ database: testDb() });
    await anonymous.auth.signUp({
      name: "Outsider",
      email: "Outsider@Example.test",
      password: "a long enough password",
    });
    const [user] = await testDb()
      .db.select()
      .from(users)
      .where(eq(users.email, "outsider@example.test"));
    const outsider = () => callerFor({ database: testDb(), userId: user!.id });
    expect((await anonymous.invitations.byToken({ token: world.invitationToken })).status).toBe(
      "pending",
    );
    await expect(
      (await outsider()).invitations.accept({ token: world.invitationToken }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: /Confirm your email address/ });

    const verifyToken = (await latestDroppedMail("outsider@example.test"))!.text.match(
      /verify-email\?token=([\w-]+)/,
    )![1]!;
    await anonymous.auth.verifyEmail({ token: verifyToken });
    await (await outsider()).invitations.accept({ token: world.invitationToken });
    const current = await (await outsider()).orgs.current();
    expect(current).toMatchObject({ id: world.orgA.id, role: "member" });
    expect((await anonymous.invitations.byToken({ token: world.invitationToken })).status).toBe(
      "accepted",
    );
  });
});
