import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import type postgres from "postgres";

type Sql = postgres.Sql;
type TransactionSql = postgres.TransactionSql;

const tracer = () => trace.getTracer("@arco/db");

/** `SELECT`, `INSERT`, … : the statement's first keyword, the span's name. */
const operationOf = (query: string) =>
  /^\s*(?:with\b[\s\S]*?\)\s*)?([a-z]+)/i.exec(query)?.[1]?.toUpperCase() ?? "SQL";

/**
 * A span for one statement, from the moment Drizzle hands it to postgres-js until the rows (or
 * the error) come back. The text holds placeholders only; parameter values are never recorded.
 */
function traceStatement<Q extends PromiseLike<unknown>>(query: string, pending: Q): Q {
  const operation = operationOf(query);
  const span = tracer().startSpan(operation, {
    kind: SpanKind.CLIENT,
    attributes: {
      "db.system.name": "postgresql",
      "db.operation.name": operation,
      "db.query.text": query,
    },
  });
  pending.then(
    () => span.end(),
    (error: unknown) => {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
  );
  return pending;
}

/**
 * The same postgres-js client, with a span for every statement Drizzle sends — through
 * `unsafe`, which Drizzle uses for every query, and inside transactions and savepoints, which
 * get a client of their own.
 */
export function traceQueries<S extends Sql | TransactionSql>(sql: S): S {
  return new Proxy(sql, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, ...rest: unknown[]) =>
          traceStatement(
            query,
            (target.unsafe as (...args: unknown[]) => PromiseLike<unknown>)(query, ...rest),
          );
      }
      if (property === "begin" || property === "savepoint") {
        return (...args: unknown[]) => {
          const callback = args.pop() as (tx: TransactionSql) => unknown;
          const open = Reflect.get(target, property) as (...args: unknown[]) => unknown;
          return open.call(target, ...args, (tx: TransactionSql) => callback(traceQueries(tx)));
        };
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
