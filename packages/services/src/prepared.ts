import type { DbOrTx } from "@arco/db";

/**
 * A statement of the request path, built and prepared (Drizzle `.prepare(name)`) once per
 * database handle rather than on every call: Drizzle skips building the SQL, and Postgres plans
 * it once per connection under its name.
 */
export function preparedPerDb<Query>(prepare: (db: DbOrTx) => Query): (db: DbOrTx) => Query {
  const prepared = new WeakMap<DbOrTx, Query>();
  return (db) => {
    let query = prepared.get(db);
    if (!query) prepared.set(db, (query = prepare(db)));
    return query;
  };
}
