import { leads } from "@arco/db/schema";
import { sql } from "drizzle-orm";

/** The days after capture on which the nurture emails go out, in order. */
export const NURTURE_DAYS = [3, 7, 14, 30] as const;

export type NurtureDay = (typeof NURTURE_DAYS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When the email of `day` is due for a lead captured at `capturedAt`. The job sleeps until this
 * moment and `leads.next_nurture_at` records it, so both read the same schedule.
 */
export const nurtureDueAt = (capturedAt: Date | number, day: NurtureDay) =>
  new Date(new Date(capturedAt).getTime() + day * DAY_MS);

/** The day after `day` in the sequence, or null after the last one. */
export const nextNurtureDay = (day: NurtureDay): NurtureDay | null =>
  NURTURE_DAYS[NURTURE_DAYS.indexOf(day) + 1] ?? null;

/**
 * The columns that end a lead's sequence: nothing more is due, and a sequence still running is
 * cancelled (a finished one stays "completed").
 */
export const stoppedNurture = () => ({
  nurtureStatus: sql`case when ${leads.nurtureStatus} = 'active' then 'cancelled'::nurture_status else ${leads.nurtureStatus} end`,
  nextNurtureAt: null,
});
