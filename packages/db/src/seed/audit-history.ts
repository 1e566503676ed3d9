import type { DbOrTx } from "../client";
import { auditLogs, impersonationSessions } from "../schema";
import { demoOrgs, demoStaff } from "./demo";
import type { DemoOrg } from "./demo";
import { seedId } from "./ids";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type AuditRow = typeof auditLogs.$inferInsert;
type SessionRow = typeof impersonationSessions.$inferInsert;

/** What one entry of the history says, before it is placed in time and given its people. */
interface Change {
  by: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  before?: unknown;
  after?: unknown;
}

const userId = (email: string) => seedId(`user:${email}`);
const [admin, support] = demoStaff.map((s) => s.email) as [string, string];
/** How many entries each organization's history has: the bigger the client, the busier. */
const entriesPerOrg: Record<string, number> = {
  "aurora-bakery": 45,
  "lumen-dental": 90,
  "vela-outdoor": 150,
};

/** A number from 0 to n - 1 that a name always gives: the history is the same on every run. */
const pick = (name: string, n: number) =>
  Number.parseInt(seedId(name).replaceAll("-", "").slice(0, 8), 16) % n;

/** The kinds of change a client and the agency make, each on one of the organization's objects. */
function changesOf(org: DemoOrg): ((i: number) => Change)[] {
  const id = (name: string) => seedId(`${org.slug}:${name}`);
  const people = org.members.filter((m) => m.role !== "viewer").map((m) => m.email);
  const managers = org.members.filter((m) => m.role === "owner" || m.role === "admin");
  const owner = org.members[0]!.email;
  const anyone = (i: number) => people[i % people.length]!;
  const manager = (i: number) => managers[i % managers.length]!.email;
  const project = (i: number) => org.projects[i % org.projects.length]!;
  const domain = (i: number) => org.domains[i % org.domains.length]!.name;
  const ticket = (i: number) => i % org.tickets.length;
  return [
    (i) => {
      const p = project(i);
      const done = Math.min(100, 5 + ((i * 7) % 95));
      return {
        by: manager(i),
        action: "projects.update",
        resourceType: "project",
        resourceId: id(`project:${p.key}`),
        before: { completionPercent: done - 5, status: p.status },
        after: { completionPercent: done, status: p.status },
      };
    },
    (i) => {
      const p = project(i);
      const m = i % p.milestones.length;
      return {
        by: manager(i),
        action: "projects.milestones.update",
        resourceType: "milestone",
        resourceId: id(`project:${p.key}:milestone:${m}`),
        before: { title: p.milestones[m]!.title, dueInDays: 14 },
        after: { title: p.milestones[m]!.title, dueInDays: 21 },
      };
    },
    (i) => ({
      by: anyone(i),
      action: "tickets.reply",
      resourceType: "support_ticket",
      resourceId: id(`ticket:${ticket(i)}`),
      after: { attachments: i % 3 === 0 ? 1 : 0 },
    }),
    (i) => ({
      by: support,
      action: "tickets.setStatus",
      resourceType: "support_ticket",
      resourceId: id(`ticket:${ticket(i)}`),
      before: { status: "open" },
      after: { status: i % 2 ? "in_progress" : "waiting_client" },
    }),
    (i) => ({
      by: manager(i),
      action: "domains.records.update",
      resourceType: "dns_record",
      resourceId: id(`dns:${domain(i)}:a`),
      before: { type: "A", name: "@", value: "203.0.113.10", ttl: 3600 },
      after: { type: "A", name: "@", value: `203.0.113.${20 + (i % 30)}`, ttl: 300 },
    }),
    (i) => ({
      by: anyone(i),
      action: "files.upload",
      resourceType: "storage_item",
      resourceId: id(`file:${i}`),
      after: {
        name: ["banner-winter.png", "menu.pdf", "logo-final.svg", "photos.zip"][i % 4],
        sizeBytes: 40_000 + ((i * 7_919) % 2_000_000),
      },
    }),
    (i) => ({
      by: manager(i),
      action: "files.createFolder",
      resourceType: "storage_folder",
      resourceId: id(`folder:${i}`),
      after: { path: ["/Brand", "/Photos", "/Contracts", "/Reports"][i % 4] },
    }),
    (i) => ({
      by: owner,
      action: "invitations.create",
      resourceType: "invitation",
      resourceId: id(`invitation:${i}`),
      after: { email: `new-hire-${i}@${org.slug}.example`, role: i % 2 ? "member" : "viewer" },
    }),
    () => ({
      by: owner,
      action: "orgs.update",
      resourceType: "organization",
      resourceId: seedId(`org:${org.slug}`),
      before: { invitePolicy: "managers" },
      after: { invitePolicy: "members" },
    }),
    (i) => ({
      by: admin,
      action: "projects.deliveries.create",
      resourceType: "delivery",
      resourceId: id(`delivery:${i}`),
      after: {
        title: `Release ${1 + (i % 9)}.${i % 4}`,
        url: `https://staging.${org.slug}.example/`,
      },
    }),
    (i) => ({
      by: admin,
      action: "admin.credits.adjust",
      resourceType: "credit_ledger",
      resourceId: id(`credit-adjustment:${i}`),
      after: { amount: 25 + (i % 4) * 25, reason: "Goodwill after the checkout outage" },
    }),
  ];
}

/** An organization's past few months, oldest first, as its people and the agency made it. */
function historyOf(org: DemoOrg, now: Date): AuditRow[] {
  const changes = changesOf(org);
  const count = entriesPerOrg[org.slug] ?? 0;
  return Array.from({ length: count }, (_, i) => {
    const { by, ...change } = changes[pick(`${org.slug}:audit-kind:${i}`, changes.length)]!(i);
    const daysAgo = ((count - i) / count) * 90;
    const createdAt = new Date(
      now.getTime() - daysAgo * DAY - (60 + pick(`${org.slug}:audit-at:${i}`, 600)) * MINUTE,
    );
    return {
      id: seedId(`audit-history:${org.slug}:${i}`),
      orgId: seedId(`org:${org.slug}`),
      actorUserId: userId(by),
      effectiveUserId: userId(by),
      ...change,
      ip: `198.51.100.${10 + pick(by, 200)}`,
      userAgent:
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
      createdAt,
    };
  });
}

interface DemoSession {
  key: string;
  staff: string;
  /** The member acted as; null: working in the organization as agency staff. */
  target: string | null;
  org: string;
  reason: string;
  daysAgo: number;
  minutes: number;
  ended: { after: number; reason: "stopped" | "expired" };
  /** What was done, minutes after the start. */
  changes: (Omit<Change, "by"> & { at: number })[];
}

/** Two finished sessions: an admin as a Vela member, and support working in Lumen as staff. */
const demoSessions: DemoSession[] = [
  {
    key: "vela-helena",
    staff: admin,
    target: "member@vela.test",
    org: "vela-outdoor",
    reason: "Helena reports the app's milestones show last year's dates; reproducing as her.",
    daysAgo: 6,
    minutes: 30,
    ended: { after: 22, reason: "stopped" },
    changes: [
      {
        at: 4,
        action: "projects.milestones.update",
        resourceType: "milestone",
        resourceId: seedId("vela-outdoor:project:app:milestone:1"),
        before: { title: "Beta for 100 customers", dueDate: "2025-11-20" },
        after: { title: "Beta for 100 customers", dueDate: "2026-11-20" },
      },
      {
        at: 9,
        action: "projects.milestones.update",
        resourceType: "milestone",
        resourceId: seedId("vela-outdoor:project:store:milestone:1"),
        before: { title: "Black Friday readiness", dueDate: "2025-11-24" },
        after: { title: "Black Friday readiness", dueDate: "2026-11-24" },
      },
      {
        at: 15,
        action: "files.upload",
        resourceType: "storage_item",
        resourceId: seedId("vela-outdoor:file:timeline-screenshot"),
        after: { name: "timeline-before-fix.png", sizeBytes: 184_320 },
      },
      {
        at: 19,
        action: "tickets.reply",
        resourceType: "support_ticket",
        resourceId: seedId("vela-outdoor:ticket:1"),
        after: { attachments: 1 },
      },
    ],
  },
  {
    key: "lumen-dns",
    staff: support,
    target: null,
    org: "lumen-dental",
    reason: "Fixing the booking subdomain's DNS records asked for in ticket #1.",
    daysAgo: 2,
    minutes: 30,
    ended: { after: 30, reason: "expired" },
    changes: [
      {
        at: 3,
        action: "domains.records.update",
        resourceType: "dns_record",
        resourceId: seedId("lumen-dental:dns:lumen-agenda.example:a"),
        before: { type: "A", name: "@", value: "203.0.113.10", ttl: 3600 },
        after: { type: "A", name: "@", value: "203.0.113.44", ttl: 300 },
      },
      {
        at: 8,
        action: "domains.records.update",
        resourceType: "dns_record",
        resourceId: seedId("lumen-dental:dns:lumen-agenda.example:www"),
        before: { type: "CNAME", name: "www", value: "lumen-agenda.example" },
        after: { type: "CNAME", name: "www", value: "booking.lumendental.example" },
      },
      {
        at: 14,
        action: "domains.records.create",
        resourceType: "dns_record",
        resourceId: seedId("lumen-dental:dns:lumen-agenda.example:verify"),
        after: { type: "TXT", name: "@", value: "booking-verification=7f3a9c" },
      },
    ],
  },
];

/** A session's row and its entries: the start, what was done as whom, and the end. */
function sessionOf(s: DemoSession, now: Date): { session: SessionRow; entries: AuditRow[] } {
  const id = seedId(`impersonation:${s.key}`);
  const orgId = seedId(`org:${s.org}`);
  const staffId = userId(s.staff);
  const targetId = s.target ? userId(s.target) : null;
  const startedAt = new Date(now.getTime() - s.daysAgo * DAY);
  const after = (minutes: number) => new Date(startedAt.getTime() + minutes * MINUTE);
  const expiresAt = after(s.minutes);
  const endedAt = after(s.ended.after);
  const resource = {
    resourceType: s.target ? "user" : "organization",
    resourceId: targetId ?? orgId,
  };
  const entry = (key: string, at: Date, effective: string, rest: Omit<Change, "by">): AuditRow => ({
    id: seedId(`impersonation:${s.key}:${key}`),
    orgId,
    actorUserId: staffId,
    effectiveUserId: effective,
    impersonationId: id,
    ip: "198.51.100.7",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36",
    createdAt: at,
    ...rest,
  });
  return {
    session: {
      id,
      staffUserId: staffId,
      targetUserId: targetId,
      orgId,
      reason: s.reason,
      startedAt,
      expiresAt,
      endedAt,
      endedReason: s.ended.reason,
      ip: "198.51.100.7",
    },
    entries: [
      entry("start", startedAt, staffId, {
        action: "impersonation.start",
        ...resource,
        after: {
          reason: s.reason,
          minutes: s.minutes,
          expiresAt,
          role: s.target ? "member" : "staff",
        },
      }),
      ...s.changes.map(({ at, ...change }, i) =>
        entry(`change:${i}`, after(at), targetId ?? staffId, change),
      ),
      entry("end", endedAt, targetId ?? staffId, {
        action: "impersonation.end",
        ...resource,
        after: { reason: s.reason, endedReason: s.ended.reason, endedAt },
      }),
    ],
  };
}

/**
 * What the agency's audit viewer shows of the demo: a few months of each organization's changes
 * (clients and agency staff alike, with what changed), and the two impersonation sessions with
 * what was done in them. Ids come from names, so a second run adds nothing.
 */
export function auditHistory(now: Date) {
  const sessions = demoSessions.map((s) => sessionOf(s, now));
  return {
    sessions: sessions.map((s) => s.session),
    entries: [
      ...demoOrgs.flatMap((org) => historyOf(org, now)),
      ...sessions.flatMap((s) => s.entries),
    ],
  };
}

export async function seedAuditHistory(tx: DbOrTx, now: Date) {
  const { sessions, entries } = auditHistory(now);
  await tx.insert(impersonationSessions).values(sessions).onConflictDoNothing();
  await tx.insert(auditLogs).values(entries).onConflictDoNothing();
}
