import { Writable } from "node:stream";

import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";

import { captureConsole, createLogger, withRequestId } from "../src";

/** A logger writing into memory, and the lines it wrote, parsed. */
function memoryLogger() {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const log = createLogger(destination);
  return {
    log,
    text: () => chunks.join(""),
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";
const EMAIL = "someone@example.com";

/** What Postgres answers for a duplicate address, as postgres-js shapes it. */
function uniqueViolation() {
  return Object.assign(new Error("duplicate key value violates unique constraint"), {
    name: "PostgresError",
    code: "23505",
    severity: "ERROR",
    detail: `Key (lower(email))=(${EMAIL}) already exists.`,
    constraint_name: "users_email_unique",
    table_name: "users",
  });
}

describe("the logger", () => {
  it("logs a failed query with its SQL and classification but none of the values it sent", () => {
    const { log, text, lines } = memoryLogger();
    const failed = new DrizzleQueryError(
      'insert into "users" ("name", "email", "password_hash") values ($1, $2, $3)',
      ["Someone", EMAIL, HASH],
      uniqueViolation(),
    );
    log.error({ err: failed }, "Sign-up failed");

    expect(text()).not.toContain(HASH);
    expect(text()).not.toContain(EMAIL);
    const [line] = lines();
    expect(line).toMatchObject({
      level: 50,
      msg: "Sign-up failed",
      err: {
        message:
          'Failed query: insert into "users" ("name", "email", "password_hash") values ($1, $2, $3)',
        cause: { code: "23505", constraint_name: "users_email_unique", table_name: "users" },
      },
    });
    expect(JSON.stringify(line)).not.toContain("detail");
  });

  it("censors credentials, tokens, cookies and addresses in logged objects", () => {
    const { log, text } = memoryLogger();
    log.info(
      {
        email: EMAIL,
        input: { password: "hunter2-hunter2", token: "tok_secret" },
        request: { headers: { cookie: "authjs.session-token=abc", authorization: "Bearer xyz" } },
        user: { passwordHash: HASH },
      },
      "checked",
    );
    for (const secret of [
      EMAIL,
      "hunter2-hunter2",
      "tok_secret",
      "session-token=abc",
      "xyz",
      HASH,
    ]) {
      expect(text()).not.toContain(secret);
    }
    expect(text()).toContain("[redacted]");
  });

  it("sends console errors through the same serializer", () => {
    const { log, text } = memoryLogger();
    const original = { error: console.error, warn: console.warn };
    try {
      captureConsole(log);
      console.error(
        "Render failed:",
        new DrizzleQueryError("select 1 where x = $1", [HASH], undefined),
      );
    } finally {
      Object.assign(console, original);
    }
    expect(text()).toContain("Render failed:");
    expect(text()).toContain("Failed query: select 1 where x = $1");
    expect(text()).not.toContain(HASH);
  });
});

describe("request ids", () => {
  it("are on every line written while serving the request, awaits included", async () => {
    const { log, lines } = memoryLogger();
    log.info("before");
    await withRequestId("req-0123456789", async () => {
      log.info("first");
      await new Promise((resolve) => setTimeout(resolve, 1));
      log.warn({ requestId: "forged" }, "second");
    });
    log.info("after");
    expect(lines().map((line) => [line.msg, line.requestId])).toEqual([
      ["before", undefined],
      ["first", "req-0123456789"],
      // A field the caller passes cannot hide the request's id.
      ["second", "req-0123456789"],
      ["after", undefined],
    ]);
  });
});
