/**
 * A sign-up that fails in the database is logged without the values the failed query carried:
 * no password hash, no email address, no name.
 */
import { Writable } from "node:stream";

import { useTestDb } from "@arco/db/testing";
import { createLogger } from "@arco/log";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { logProcedureFailure } from "../src/trpc";
import { handleHttp } from "./harness";

const testDb = useTestDb();

function memoryLog() {
  let text = "";
  const log = createLogger(
    new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    }),
  );
  return { log, text: () => text };
}

describe("a failed sign-up", () => {
  it("leaves its query in the log, but not the hash, the address or the name it sent", async () => {
    const { db } = testDb();
    // The database refuses every new account, as a broken constraint or an outage would.
    await db.execute(sql`
      create function refuse_users() returns trigger language plpgsql as
        $$ begin raise exception 'users are read-only today'; end $$;
      create trigger refuse_users before insert on users for each row execute function refuse_users();
    `);
    const { log, text } = memoryLog();
    const email = "secret-person@example.test";
    const response = await handleHttp(
      testDb(),
      "auth.signUp",
      {
        method: "POST",
        headers: { "content-type": "application/json", "x-arco-client-ip": "203.0.113.4" },
        body: JSON.stringify({
          json: { name: "Very Private Name", email, password: "a very secret password" },
        }),
      },
      (failure) => logProcedureFailure(failure, log),
    );

    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).not.toContain("users are read-only");
    expect(text()).toContain('Failed query: insert into \\"users\\"');
    for (const secret of ["$argon2id$", email, "Very Private Name", "a very secret password"]) {
      expect(text()).not.toContain(secret);
    }
  });
});
