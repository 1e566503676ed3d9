/**
 * Rows of the projects procedures: org A's project with a milestone and a delivery, plus an
 * archived project of A to bring back.
 */
import type { Database } from "@arco/db";
import { deliveries, milestones, projectMembers, projects } from "@arco/db/schema";
import { createProject } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { expect } from "vitest";

import type { World } from "../harness";
import { definePart, readersOfA, writersOfA } from "./kit";
import type { CallerName } from "./kit";

type Fixtures = {
  projectId: string;
  archivedId: string;
  milestoneId: string;
  deliveryId: string;
};

const NAME = "Website of A";

const neverShowsProjectA = (
  result: unknown,
  _db: Database,
  _c: CallerName,
  _w: World,
  f: Fixtures,
) => {
  expect(JSON.stringify(result)).not.toContain(f.projectId);
  expect(JSON.stringify(result)).not.toContain(NAME);
};

const orgOf = (caller: CallerName, w: World) =>
  caller === "ownerB" ? w.orgB.id : caller === "freeUser" ? w.orgFree.id : w.orgA.id;

const projectRow = async (db: Database, id: string) =>
  (await db.select().from(projects).where(eq(projects.id, id)))[0]!;

/** Writers of A act on it; members, viewers are FORBIDDEN; other tenants find nothing. */
const changesA = (check?: (db: Database, f: Fixtures, w: World) => Promise<void>) =>
  writersOfA<Fixtures>(
    ["ownerA", "adminA"],
    "NOT_FOUND",
    check ? { ok: (_r, db, _c, w, f) => check(db, f, w) } : "ok",
  );

export const projectsPart = definePart<Fixtures>({
  fixtures: async (db, w) => {
    const project = await createProject(db, {
      orgId: w.orgA.id,
      name: NAME,
      status: "development",
      startDate: "2026-01-05",
      projectManagerId: w.users.ownerA.id,
    });
    await db
      .insert(projectMembers)
      .values({ orgId: w.orgA.id, projectId: project.id, userId: w.users.memberA.id });
    const archived = await createProject(db, {
      orgId: w.orgA.id,
      name: "Old site of A",
      archivedAt: new Date(),
    });
    const [milestone] = await db
      .insert(milestones)
      .values({ orgId: w.orgA.id, projectId: project.id, title: "Design approved" })
      .returning();
    const [delivery] = await db
      .insert(deliveries)
      .values({
        orgId: w.orgA.id,
        projectId: project.id,
        title: "Wireframes",
        url: "https://files.example/wireframes",
      })
      .returning();
    return {
      projectId: project.id,
      archivedId: archived.id,
      milestoneId: milestone!.id,
      deliveryId: delivery!.id,
    };
  },
  rows: {
    "projects.list": {
      call: (c) => c.projects.list({ includeArchived: true }),
      expect: readersOfA<Fixtures>(
        { ok: neverShowsProjectA },
        {
          ok: (r, _db, _c, _w, f) =>
            expect((r as { items: { id: string }[] }).items.map((p) => p.id)).toEqual(
              expect.arrayContaining([f.projectId, f.archivedId]),
            ),
        },
      ),
    },
    "projects.byId": {
      call: (c, _w, f) => c.projects.byId({ id: f.projectId }),
      expect: readersOfA<Fixtures>("NOT_FOUND", {
        ok: (r, _db, _c, w, f) =>
          expect(r).toMatchObject({
            name: NAME,
            team: [{ id: w.users.memberA.id }],
            milestones: [{ id: f.milestoneId }],
            deliveries: [{ id: f.deliveryId }],
          }),
      }),
    },
    "projects.overview": {
      call: (c) => c.projects.overview(),
      expect: readersOfA<Fixtures>(
        { ok: neverShowsProjectA },
        {
          ok: (r, _db, _c, _w, f) =>
            expect((r as { recent: { id: string }[] }).recent.map((p) => p.id)).toContain(
              f.projectId,
            ),
        },
      ),
    },
    "projects.create": {
      call: (c) => c.projects.create({ name: "Matrix project" }),
      // Org B and the free org have room for one project: they create theirs, never in org A.
      expect: writersOfA<Fixtures>(["ownerA", "adminA"], {
        ok: (r, _db, caller, w) => {
          expect((r as { orgId: string }).orgId).toBe(orgOf(caller, w));
        },
      }),
    },
    "projects.update": {
      call: (c, w, f) =>
        c.projects.update({
          id: f.projectId,
          name: "Renamed",
          projectManagerId: w.users.memberA.id,
          teamIds: [w.users.memberA.id, w.users.viewerA.id],
        }),
      expect: changesA(async (db, f, w) => {
        const row = await projectRow(db, f.projectId);
        expect(row).toMatchObject({ name: "Renamed", projectManagerId: w.users.memberA.id });
        expect(await db.$count(projectMembers, eq(projectMembers.projectId, f.projectId))).toBe(2);
      }),
    },
    "projects.archive": {
      call: (c, _w, f) => c.projects.archive({ id: f.projectId }),
      expect: changesA(async (db, f) => {
        expect((await projectRow(db, f.projectId)).archivedAt).toBeInstanceOf(Date);
      }),
    },
    "projects.unarchive": {
      call: (c, _w, f) => c.projects.unarchive({ id: f.archivedId }),
      expect: changesA(async (db, f) => {
        expect((await projectRow(db, f.archivedId)).archivedAt).toBeNull();
      }),
    },
    "projects.milestones.create": {
      call: (c, _w, f) =>
        c.projects.milestones.create({
          projectId: f.projectId,
          title: "Launch",
          dueDate: "2026-06-01",
        }),
      expect: changesA(async (db, f) => {
        expect(await db.$count(milestones, eq(milestones.projectId, f.projectId))).toBe(2);
      }),
    },
    "projects.milestones.update": {
      call: (c, _w, f) => c.projects.milestones.update({ id: f.milestoneId, title: "Renamed" }),
      expect: changesA(),
    },
    "projects.milestones.setDone": {
      call: (c, _w, f) => c.projects.milestones.setDone({ id: f.milestoneId, done: true }),
      expect: changesA(async (db, f) => {
        const [m] = await db.select().from(milestones).where(eq(milestones.id, f.milestoneId));
        expect(m!.completedAt).toBeInstanceOf(Date);
      }),
    },
    "projects.milestones.delete": {
      call: (c, _w, f) => c.projects.milestones.delete({ id: f.milestoneId }),
      expect: changesA(async (db, f) => {
        expect(await db.$count(milestones, eq(milestones.id, f.milestoneId))).toBe(0);
      }),
    },
    "projects.deliveries.create": {
      call: (c, _w, f) =>
        c.projects.deliveries.create({
          projectId: f.projectId,
          title: "Staging site",
          url: "https://staging.example/",
        }),
      expect: changesA(async (db, f) => {
        expect(await db.$count(deliveries, eq(deliveries.projectId, f.projectId))).toBe(2);
      }),
    },
    "projects.deliveries.delete": {
      call: (c, _w, f) => c.projects.deliveries.delete({ id: f.deliveryId }),
      expect: changesA(async (db, f) => {
        expect(await db.$count(deliveries, eq(deliveries.id, f.deliveryId))).toBe(0);
      }),
    },
  },
});
