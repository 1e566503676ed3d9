import { emailOutbox } from "@arco/db/schema";
import { useTestDb } from "@arco/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { getOutboxMessage, listOutbox } from "../src";

const testDb = useTestDb();

// Two of the five rows share a timestamp, so paging must order by (created_at, id) exactly.
const stamps = [
  "2026-03-01T10:00:00.001Z",
  "2026-03-01T10:00:00.002Z",
  "2026-03-01T10:00:00.003Z",
  "2026-03-01T10:00:00.003Z",
  "2026-03-01T10:00:00.004Z",
];

let newestFirst: string[] = [];

beforeAll(async () => {
  const { db } = testDb();
  const rows = await db
    .insert(emailOutbox)
    .values(
      stamps.map((stamp, index) => ({
        to: `person-${index}@example.test`,
        from: "Arco <no-reply@arco.test>",
        subject: `Message ${index}`,
        template: "welcome",
        html: `<p>Message ${index}</p>`,
        text: `Message ${index}`,
        idempotencyKey: `test:outbox:${index}`,
        provider: "outbox" as const,
        status: "stored" as const,
        createdAt: new Date(stamp),
      })),
    )
    .returning({ id: emailOutbox.id, createdAt: emailOutbox.createdAt });
  const ordered = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .orderBy(sql`${emailOutbox.createdAt} desc, ${emailOutbox.id} desc`);
  expect(rows).toHaveLength(5);
  newestFirst = ordered.map((row) => row.id);
});

describe("listOutbox", () => {
  it("pages newest first without skipping or repeating a message", async () => {
    const { db } = testDb();
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listOutbox(db, { cursor, limit: 2 });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);

    expect(seen).toEqual(newestFirst);
    expect(pages).toBe(3);
  });

  it("lists summaries without bodies, 25 by default", async () => {
    const { db } = testDb();
    const page = await listOutbox(db, {});
    expect(page.items).toHaveLength(5);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).toEqual({
      id: newestFirst[0],
      to: "person-4@example.test",
      subject: "Message 4",
      template: "welcome",
      status: "stored",
      provider: "outbox",
      createdAt: expect.any(Date),
    });
  });

  it("keeps the limit between 1 and 100", async () => {
    const { db } = testDb();
    expect((await listOutbox(db, { limit: 0 })).items).toHaveLength(1);
    expect((await listOutbox(db, { limit: 1000 })).items).toHaveLength(5);
  });

  it("rejects a cursor that is not a message id", async () => {
    const { db } = testDb();
    await expect(listOutbox(db, { cursor: "2026-03-01" })).rejects.toThrow(/cursor/);
  });
});

describe("getOutboxMessage", () => {
  it("returns the message with its content", async () => {
    const { db } = testDb();
    const message = await getOutboxMessage(db, newestFirst[4]!);
    expect(message).toMatchObject({
      to: "person-0@example.test",
      from: "Arco <no-reply@arco.test>",
      html: "<p>Message 0</p>",
      text: "Message 0",
      error: null,
      sentAt: null,
    });
  });

  it("returns null for an unknown or malformed id", async () => {
    const { db } = testDb();
    expect(await getOutboxMessage(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getOutboxMessage(db, "not-an-id")).toBeNull();
  });
});
