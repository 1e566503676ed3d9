/**
 * Errors as they may appear in a log line. Database errors are the risky ones: Drizzle puts the
 * query's parameters into its message ("Failed query: … params: <email>,<hash>") and Postgres
 * puts offending values into `detail` ("Key (email)=(…) already exists"). Only the SQL text,
 * which holds placeholders, and the error's classification are kept; values never are.
 */

/** Fields of Postgres errors (postgres-js and PGlite spell some differently) safe to log. */
const DATABASE_FIELDS = [
  "code",
  "severity",
  "routine",
  "table",
  "table_name",
  "column",
  "column_name",
  "constraint",
  "constraint_name",
] as const;

const MAX_DEPTH = 4;

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  [field: string]: unknown;
}

/** The stack's frames only: its first line repeats the message. */
const framesOf = (stack: string | undefined) =>
  stack
    ?.split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");

/** Drizzle's wrapper of a failed statement: the SQL and its parameters. */
const isFailedQuery = (error: Error): error is Error & { query: string; params: unknown[] } =>
  typeof (error as { query?: unknown }).query === "string" &&
  Array.isArray((error as { params?: unknown }).params);

export function serializeError(error: unknown, depth = 0): SerializedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: "A non-error value was thrown." };
  const serialized: SerializedError = {
    type: error.name || error.constructor.name,
    message: isFailedQuery(error) ? `Failed query: ${error.query}` : error.message,
    stack: framesOf(error.stack),
  };
  for (const field of DATABASE_FIELDS) {
    const value = (error as unknown as Record<string, unknown>)[field];
    if (typeof value === "string" || typeof value === "number") serialized[field] = value;
  }
  if (error.cause !== undefined && depth < MAX_DEPTH) {
    serialized.cause = serializeError(error.cause, depth + 1);
  }
  return serialized;
}
