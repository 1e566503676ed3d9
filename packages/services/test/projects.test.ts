import { randomBytes } from "node:crypto";

import { auditLogs, projectMembers, projects, storageItems } from "@arco/db/schema";
import { addMember, createOrg, createProject, createUser, useTestDb } from "@arco/db/testing";
import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  archiveProject,
  createDelivery,
  createMilestone,
  createProject as create,
  deleteDelivery,
  deleteMilestone,
  getProject,
  listProjects,
  projectsOverview,
  setMilestoneDone,
  unarchiveProject,
  updateMilestone,
  updateProject,
} from "../src/projects";
import { orgScope } from "../src/testing";
import { actorFor } from "./helpers";

const testDb = useTestDb();

async function orgWithTeam(tier: "free" | "basic" | "pro" = "pro") {
  const { db } = testDb();
  const owner = await createUser(db, { name: "Olivia Owner" });
  const member = await createUser(db, { name: "Mateus Member" });
  const org = await createOrg(db, { tier, owner });
  await addMember(db, { orgId: org.id, userId: member.id, role: "member" });
  return { db, org, owner, member, actor: actorFor(owner) };
}

async function file(orgId: string, values: Partial<typeof storageItems.$inferInsert> = {}) {
  const { db } = testDb();
  const [item] = await db
    .insert(storageItems)
    .values({
      orgId,
      name: "handover.pdf",
      storageKey: `k/${randomBytes(8).toString("hex")}`,
      sizeBytes: 1024,
      status: "ready",
      ...values,
    })
    .returning();
  return item!;
}

const auditActions = async (orgId: string) =>
  (
    await testDb()
      .db.select({ action: auditLogs.action })
      .from(auditLogs)
      .where(eq(auditLogs.orgId, orgId))
  ).map((a) => a.action);

describe("projects", () => {
  it("creates a project with its manager and team, and shows it with its timeline", async () => {
    const { db, org, owner, member, actor } = await orgWithTeam();
    const project = await create(orgScope(db, actor, org.id), {
      name: "New website",
      status: "development",
      completionPercent: 40,
      budgetTotalCents: 1_500_000,
      budgetUsedCents: 300_000,
      startDate: "2026-01-05",
      estimatedDelivery: "2026-03-31",
      projectManagerId: owner.id,
      teamIds: [member.id, owner.id, member.id],
    });
    const later = await createMilestone(orgScope(db, actor, org.id), {
      projectId: project.id,
      title: "Design approved",
      dueDate: "2026-02-01",
    });
    await createMilestone(orgScope(db, actor, org.id), { projectId: project.id, title: "Launch" });
    await createDelivery(orgScope(db, actor, org.id), {
      projectId: project.id,
      title: "Wireframes",
      url: "https://figma.example/wireframes",
      deliveredAt: "2026-01-20",
    });
    await createDelivery(orgScope(db, actor, org.id), {
      projectId: project.id,
      title: "Prototype",
      url: "https://figma.example/prototype",
      deliveredAt: "2026-02-10",
    });

    const shown = await getProject(orgScope(db, null, org.id), { id: project.id });
    expect(shown).toMatchObject({
      name: "New website",
      status: "development",
      completionPercent: 40,
      budgetTotalCents: 1_500_000,
      projectManager: { id: owner.id, name: "Olivia Owner" },
    });
    expect(shown.team.map((p) => p.name)).toEqual(["Mateus Member", "Olivia Owner"]);
    expect(shown.milestones.map((m) => m.title)).toEqual(["Design approved", "Launch"]);
    expect(shown.milestones[0]!.id).toBe(later.id);
    expect(shown.deliveries.map((d) => d.title)).toEqual(["Prototype", "Wireframes"]);
    expect(shown.deliveries[0]).toMatchObject({ deliveredBy: "Olivia Owner", file: null });
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining([
        "projects.create",
        "projects.milestones.create",
        "projects.deliveries.create",
      ]),
    );
  });

  it("refuses a manager or team member from outside the organization", async () => {
    const { db, org, actor } = await orgWithTeam();
    const outsider = await createUser(db);
    await createOrg(db, { owner: outsider });
    await expect(
      create(orgScope(db, actor, org.id), { name: "X", projectManagerId: outsider.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("manager") });
    const project = await createProject(db, { orgId: org.id });
    await expect(
      updateProject(orgScope(db, actor, org.id), { id: project.id, teamIds: [outsider.id] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("team") });
    expect(await db.$count(projectMembers, eq(projectMembers.projectId, project.id))).toBe(0);
    expect(await db.$count(projects, eq(projects.orgId, org.id))).toBe(1);
  });

  it("updates fields and replaces the team, keeping deliveries after the start date", async () => {
    const { db, org, owner, member, actor } = await orgWithTeam();
    const project = await create(orgScope(db, actor, org.id), {
      name: "App",
      startDate: "2026-02-01",
      teamIds: [owner.id],
    });
    await expect(
      updateProject(orgScope(db, actor, org.id), {
        id: project.id,
        estimatedDelivery: "2026-01-01",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("start") });
    const updated = await updateProject(orgScope(db, actor, org.id), {
      id: project.id,
      name: "Mobile app",
      status: "testing",
      estimatedDelivery: "2026-04-01",
      teamIds: [member.id],
    });
    expect(updated).toMatchObject({
      name: "Mobile app",
      status: "testing",
      startDate: "2026-02-01",
    });
    const shown = await getProject(orgScope(db, null, org.id), { id: project.id });
    expect(shown.team.map((p) => p.id)).toEqual([member.id]);
    const [audit] = await db
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "projects.update"), eq(auditLogs.resourceId, project.id)));
    expect(audit!.before).toMatchObject({ name: "App", teamIds: [owner.id] });
    expect(audit!.after).toMatchObject({ name: "Mobile app", teamIds: [member.id] });
  });

  it("treats another organization's project as not found", async () => {
    const a = await orgWithTeam();
    const b = await orgWithTeam();
    const project = await createProject(a.db, { orgId: a.org.id, name: "A's" });
    const asB = orgScope(a.db, b.actor, b.org.id);
    const id = project.id;
    await expect(getProject(asB, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateProject(asB, { id, name: "Mine" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(archiveProject(asB, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createMilestone(orgScope(a.db, b.actor, b.org.id), { projectId: project.id, title: "M" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await a.db.select().from(projects).where(eq(projects.id, project.id));
    expect(row).toMatchObject({ name: "A's", archivedAt: null });
  });
});

describe("the plan's project limit", () => {
  it("refuses a second active project on the free plan until one is archived", async () => {
    const { db, org, actor } = await orgWithTeam("free");
    const first = await create(orgScope(db, actor, org.id), { name: "First" });
    await expect(create(orgScope(db, actor, org.id), { name: "Second" })).rejects.toMatchObject({
      code: "QUOTA_EXCEEDED",
      message: "Your Free plan includes 1 project. Archive one or upgrade to add more.",
    });
    await archiveProject(orgScope(db, actor, org.id), { id: first.id });
    const second = await create(orgScope(db, actor, org.id), { name: "Second" });
    await expect(
      unarchiveProject(orgScope(db, actor, org.id), { id: first.id }),
    ).rejects.toMatchObject({ code: "QUOTA_EXCEEDED" });
    await archiveProject(orgScope(db, actor, org.id), { id: second.id });
    const back = await unarchiveProject(orgScope(db, actor, org.id), { id: first.id });
    expect(back.archivedAt).toBeNull();
    await expect(
      unarchiveProject(orgScope(db, actor, org.id), { id: first.id }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining(["projects.archive", "projects.unarchive"]),
    );
  });

  it("holds under concurrency: 10 parallel creations with room for 2 → exactly 2", async () => {
    const { db, org, actor } = await orgWithTeam("basic");
    await createProject(db, { orgId: org.id, name: "Existing" });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => create(orgScope(db, actor, org.id), { name: `P${i}` })),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    const rejected = results.filter((r) => r.status === "rejected");
    expect(fulfilled).toHaveLength(2);
    expect(rejected).toHaveLength(8);
    for (const r of rejected) expect(r.reason).toMatchObject({ code: "QUOTA_EXCEEDED" });
    expect(
      await db.$count(projects, and(eq(projects.orgId, org.id), isNull(projects.archivedAt))),
    ).toBe(3);
  });
});

describe("listing", () => {
  it("filters, searches and pages through every sort without gaps or repeats", async () => {
    const { db, org } = await orgWithTeam();
    const names = ["Delta", "alpha", "Charlie", "bravo", "Echo 100%", "foxtrot"];
    for (const [i, name] of names.entries()) {
      await createProject(db, {
        orgId: org.id,
        name,
        status: i % 2 ? "live" : "discovery",
        estimatedDelivery: i === 2 ? null : `2026-0${(i % 5) + 1}-1${i}`,
        updatedAt: new Date(Date.now() - i * 1000),
      });
    }
    await createProject(db, { orgId: org.id, name: "Old", archivedAt: new Date() });
    const other = await orgWithTeam();
    await createProject(db, { orgId: other.org.id, name: "alpha of B" });

    async function all(sort: "updated" | "name" | "delivery", includeArchived = false) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listProjects(orgScope(db, null, org.id), {
          sort,
          includeArchived,
          limit: 2,
          cursor,
        });
        seen.push(...page.items.map((p) => p.name));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    }

    expect(await all("updated")).toEqual(names);
    expect(await all("name")).toEqual([
      "alpha",
      "bravo",
      "Charlie",
      "Delta",
      "Echo 100%",
      "foxtrot",
    ]);
    expect(await all("delivery")).toEqual([
      "Delta",
      "foxtrot",
      "alpha",
      "bravo",
      "Echo 100%",
      "Charlie",
    ]);
    expect(await all("name", true)).toContain("Old");
    const live = await listProjects(orgScope(db, null, org.id), { status: "live" });
    expect(live.items.map((p) => p.name).sort()).toEqual(["alpha", "bravo", "foxtrot"]);
    const found = await listProjects(orgScope(db, null, org.id), { search: "ALP" });
    expect(found.items.map((p) => p.name)).toEqual(["alpha"]);
    const percent = await listProjects(orgScope(db, null, org.id), { search: "0%" });
    expect(percent.items.map((p) => p.name)).toEqual(["Echo 100%"]);
    await expect(
      listProjects(orgScope(db, null, org.id), { sort: "name", cursor: "nonsense" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("milestones and deliveries", () => {
  it("updates, completes, reopens and deletes milestones, audited", async () => {
    const { db, org, actor } = await orgWithTeam();
    const project = await createProject(db, { orgId: org.id });
    const m = await createMilestone(orgScope(db, actor, org.id), {
      projectId: project.id,
      title: "Kick-off",
    });
    const edited = await updateMilestone(orgScope(db, actor, org.id), {
      id: m.id,
      title: "Kick-off meeting",
      dueDate: "2026-05-02",
    });
    expect(edited).toMatchObject({ title: "Kick-off meeting", dueDate: "2026-05-02" });
    const done = await setMilestoneDone(orgScope(db, actor, org.id), { id: m.id, done: true });
    expect(done.completedAt).toBeInstanceOf(Date);
    const reopened = await setMilestoneDone(orgScope(db, actor, org.id), { id: m.id, done: false });
    expect(reopened.completedAt).toBeNull();
    const other = await orgWithTeam();
    await expect(
      deleteMilestone(orgScope(db, other.actor, other.org.id), { id: m.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteMilestone(orgScope(db, actor, org.id), { id: m.id });
    expect((await getProject(orgScope(db, null, org.id), { id: project.id })).milestones).toEqual(
      [],
    );
    expect(await auditActions(org.id)).toEqual(
      expect.arrayContaining([
        "projects.milestones.update",
        "projects.milestones.complete",
        "projects.milestones.reopen",
        "projects.milestones.delete",
      ]),
    );
  });

  it("keeps archived projects read-only", async () => {
    const { db, org, actor } = await orgWithTeam();
    const project = await createProject(db, { orgId: org.id, archivedAt: new Date() });
    await expect(
      createMilestone(orgScope(db, actor, org.id), { projectId: project.id, title: "M" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(
      updateProject(orgScope(db, actor, org.id), { id: project.id, name: "Y" }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("attaches only ready, undeleted files of the same organization", async () => {
    const { db, org, actor } = await orgWithTeam();
    const other = await orgWithTeam();
    const project = await createProject(db, { orgId: org.id });
    const base = { projectId: project.id, title: "Handover" };
    const scope = orgScope(db, actor, org.id);

    const ready = await file(org.id);
    const delivery = await createDelivery(scope, { ...base, storageItemId: ready.id });
    const shown = await getProject(orgScope(db, null, org.id), { id: project.id });
    expect(shown.deliveries[0]).toMatchObject({ file: { id: ready.id, name: "handover.pdf" } });

    const theirs = await file(other.org.id);
    await expect(
      createDelivery(scope, { ...base, storageItemId: theirs.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const deleted = await file(org.id, { deletedAt: new Date() });
    await expect(
      createDelivery(scope, { ...base, storageItemId: deleted.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const pending = await file(org.id, { status: "pending" });
    await expect(
      createDelivery(scope, { ...base, storageItemId: pending.id }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    await expect(
      createDelivery(scope, { ...base, url: "javascript:alert(1)" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    await expect(
      deleteDelivery(orgScope(db, other.actor, other.org.id), { id: delivery.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteDelivery(orgScope(db, actor, org.id), { id: delivery.id });
    expect((await getProject(orgScope(db, null, org.id), { id: project.id })).deliveries).toEqual(
      [],
    );
    expect(await auditActions(org.id)).toContain("projects.deliveries.delete");
  });
});

describe("the overview", () => {
  it("counts projects by status and lists the latest active ones with their next milestone", async () => {
    const { db, org, actor } = await orgWithTeam();
    const site = await createProject(db, {
      orgId: org.id,
      name: "Site",
      status: "development",
      updatedAt: new Date(Date.now() - 60_000),
    });
    await createProject(db, { orgId: org.id, name: "Shop", status: "live", updatedAt: new Date() });
    await createProject(db, { orgId: org.id, name: "Old", archivedAt: new Date() });
    const first = await createMilestone(orgScope(db, actor, org.id), {
      projectId: site.id,
      title: "Done already",
      dueDate: "2026-01-01",
    });
    await setMilestoneDone(orgScope(db, actor, org.id), { id: first.id, done: true });
    await createMilestone(orgScope(db, actor, org.id), { projectId: site.id, title: "Undated" });
    await createMilestone(orgScope(db, actor, org.id), {
      projectId: site.id,
      title: "Beta",
      dueDate: "2026-06-01",
    });
    const other = await orgWithTeam();
    await createProject(db, { orgId: other.org.id, name: "Not ours" });

    const overview = await projectsOverview(orgScope(db, null, org.id));
    expect(overview.counts).toEqual({
      active: 2,
      archived: 1,
      byStatus: {
        discovery: 0,
        development: 1,
        testing: 0,
        staging: 0,
        live: 1,
        maintenance: 0,
      },
    });
    // Adding milestones made "Site" the most recently updated.
    expect(overview.recent.map((p) => p.name)).toEqual(["Site", "Shop"]);
    expect(overview.recent[0]!.nextMilestone).toEqual({ title: "Beta", dueDate: "2026-06-01" });
    expect(overview.recent[1]!.nextMilestone).toBeNull();
  });
});
