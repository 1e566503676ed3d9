import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";

import { env } from "~/env";

import * as schema from "./schema";

const globalForDb = globalThis as unknown as { connection?: postgres.Sql };

// One pool per process, as create-t3-app keeps it.
const connection = (globalForDb.connection ??= postgres(env.DATABASE_URL));

export const db = drizzle(connection, { schema });
