/** Rows of the leads console: every agency staff member reads the leads; nobody else does. */
import { leads } from "@arco/db/schema";
import { expect } from "vitest";

import { definePart, staffOnly } from "./kit";

interface Fixtures {
  email: string;
}

export const leadsPart = definePart<Fixtures>({
  fixtures: async (db) => {
    const email = `matrix-lead-${crypto.randomUUID().slice(0, 8)}@example.test`;
    await db.insert(leads).values({ email, source: "report-email" });
    return { email };
  },
  rows: {
    "admin.leads.list": {
      call: (c, _w, f) => c.admin.leads.list({ search: f.email }),
      expect: staffOnly({
        ok: (r, _db, _c, _w, f) =>
          expect((r as { items: { email: string }[] }).items.map((l) => l.email)).toEqual([
            f.email,
          ]),
      }),
    },
    "admin.leads.funnel": {
      call: (c) => c.admin.leads.funnel({ weeks: 8 }),
      expect: staffOnly({
        ok: (r) => expect((r as { captured: number }[]).at(-1)!.captured).toBeGreaterThan(0),
      }),
    },
  },
});
