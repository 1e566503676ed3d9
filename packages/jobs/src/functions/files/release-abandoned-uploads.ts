import { releaseAbandonedUploads as release } from "@arco/services/files";
import { defineJob } from "../../job";

/** An upload still pending after this long was abandoned (a closed tab, a dropped connection). */
export const ABANDONED_AFTER_MS = 24 * 3600 * 1000;

/**
 * Hourly: uploads that never completed give their reserved space back and their partial objects
 * are deleted. Deleting the rows is what releases the space, so a rerun finds nothing to do.
 */
export const releaseAbandonedUploads = defineJob(
  {
    id: "release-abandoned-uploads",
    name: "Release abandoned uploads",
    trigger: { cron: "30 * * * *" },
    retries: 3,
    concurrency: [{ limit: 1 }],
  },
  async ({ step, scope }) =>
    step.run("release-abandoned-uploads", () =>
      release(scope, { olderThan: new Date(scope.now().getTime() - ABANDONED_AFTER_MS) }),
    ),
);
