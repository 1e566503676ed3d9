import { createDb } from "../src";
import { env } from "../src/env";
import { resolveDataDir } from "../src/paths";
import { DEMO_PASSWORD, seed, seedSummary } from "../src/seed";

const handle = await createDb({
  url: env.DATABASE_URL,
  dataDir: resolveDataDir(env.PGLITE_DATA_DIR),
  max: 1,
});
try {
  await seed(handle.db);
  const counts = await seedSummary(handle.db);
  console.log(`Seeded the ${handle.mode} database (${handle.location}):`);
  console.log(
    Object.entries(counts)
      .map(([table, n]) => `  ${table.padEnd(16)} ${n}`)
      .join("\n"),
  );
  console.log(`Demo sign-ins use the password "${DEMO_PASSWORD}" (see README.md).`);
} finally {
  await handle.close();
}
