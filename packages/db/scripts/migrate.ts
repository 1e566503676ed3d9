import { createDb, migrationStatus } from "../src";
import { env } from "../src/env";
import { resolveDataDir } from "../src/paths";

// Migrations hold an advisory lock for their whole run: they need a direct connection, not one
// lent by a transaction pooler.
const handle = await createDb({
  url: env.DIRECT_DATABASE_URL ?? env.DATABASE_URL,
  dataDir: resolveDataDir(env.PGLITE_DATA_DIR),
  max: 1,
  migrate: false,
});
try {
  const before = await migrationStatus(handle);
  await handle.migrate();
  const after = await migrationStatus(handle);
  const applied = after.applied - before.applied;
  console.log(
    `Migrated the ${handle.mode} database (${handle.location}): ${applied} applied now, ${after.applied}/${after.total} in total, latest ${after.latest}.`,
  );
} finally {
  await handle.close();
}
