/** Rows of the business metrics: agency admins only; support staff and clients are refused. */
import { expect } from "vitest";

import { rowsOnly, staffOnly } from "./kit";

export const metricsPart = rowsOnly({
  "admin.metrics.overview": {
    call: (c) => c.admin.metrics.overview({ months: 3 }),
    expect: {
      ...staffOnly({
        ok: (r) => {
          const metrics = r as { months: number; tiers: { tier: string; clients: number }[] };
          expect(metrics.months).toBe(3);
          // Org A is on Pro.
          expect(metrics.tiers.find((t) => t.tier === "pro")!.clients).toBeGreaterThan(0);
        },
      }),
      staffInA: "FORBIDDEN",
    },
  },
});
