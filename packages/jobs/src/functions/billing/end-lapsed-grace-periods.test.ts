import { subscriptions } from "@arco/db/schema";
import { createOrg, tierOf as tierOfOrg, useTestDb } from "@arco/db/testing";
import { describe, expect, it } from "vitest";

import { endLapsedGracePeriods } from "./end-lapsed-grace-periods";
import { runOnSchedule } from "../../testing";

const testDb = useTestDb();
const DAY = 86_400_000;

/** A Pro organization whose renewal failed, its grace period ending at `graceEndsAt`. */
async function pastDueOrg(graceEndsAt: Date) {
  const { db } = testDb();
  const org = await createOrg(db, { tier: "pro" });
  await db.insert(subscriptions).values({
    orgId: org.id,
    planId: org.planId,
    status: "past_due",
    stripeSubscriptionId: `sub_${crypto.randomUUID()}`,
    currentPeriodStart: new Date(Date.now() - 30 * DAY),
    currentPeriodEnd: new Date(Date.now() + DAY),
    graceEndsAt,
  });
  return org;
}

const tierOf = (orgId: string) => tierOfOrg(testDb().db, orgId);

describe("end-lapsed-grace-periods", () => {
  it("runs hourly", () => {
    expect(endLapsedGracePeriods.inngest.opts.triggers).toEqual([{ cron: "20 * * * *" }]);
  });

  it("moves only the organizations whose grace period is over to Free, once", async () => {
    const lapsed = await pastDueOrg(new Date(Date.now() - DAY));
    const waiting = await pastDueOrg(new Date(Date.now() + 3 * DAY));

    const first = await runOnSchedule(endLapsedGracePeriods, testDb().db);
    expect(first.error).toBeUndefined();
    expect(first.result).toEqual({ moved: 1 });
    expect(await tierOf(lapsed.id)).toBe("free");
    expect(await tierOf(waiting.id)).toBe("pro");

    const again = await runOnSchedule(endLapsedGracePeriods, testDb().db);
    expect(again.result).toEqual({ moved: 0 });
  });
});
