import type { AppRouter } from "@arco/api";
import { appRouter, createTRPCContext } from "@arco/api";
import { createDomain, createOrg, createUser, useTestDb } from "@arco/db/testing";
import { accounts } from "@arco/services";
import { createTRPCClient, httpLink } from "@trpc/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { JSDOM } from "jsdom";
import { createTranslator } from "next-intl";
import { createFormControl } from "react-hook-form";
import superjson from "superjson";
import { describe, expect, it } from "vitest";

import { catalogs } from "~/i18n/messages";
import { applyServerErrors } from "~/lib/form-errors";

const testDb = useTestDb();
const t = createTranslator({ locale: "en", messages: catalogs.en, namespace: "common.errors" });
// The API's modules read server-only variables, so the page is a separate document.
const { document } = new JSDOM("<!doctype html><body></body>").window;

/** The web app's client, talking to the real router over HTTP as `/api/trpc` serves it. */
function client(session: { user: { id: string }; sessionId: string } | null = null) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: "http://localhost/api/trpc",
        transformer: superjson,
        fetch: (url, init) =>
          fetchRequestHandler({
            endpoint: "/api/trpc",
            router: appRouter,
            req: new Request(url, init),
            createContext: ({ req }) =>
              createTRPCContext({ headers: req.headers, session, database: testDb() }),
          }),
      }),
    ],
  });
}

/** A react-hook-form form whose fields are real inputs, so focus can be checked. */
function form<T extends Record<string, string>>(fields: (keyof T & string)[]) {
  const control = createFormControl<T>();
  const inputs = Object.fromEntries(
    fields.map((name) => {
      const input = document.body.appendChild(document.createElement("input"));
      control.register(name as Parameters<typeof control.register>[0]).ref(input);
      return [name, input];
    }),
  );
  const messageOf = (name: keyof T & string): string | undefined =>
    control.getFieldState(name as Parameters<typeof control.getFieldState>[0]).error?.message;
  return { control, inputs, messageOf };
}

const failure = (call: Promise<unknown>) =>
  call.then(
    () => expect.unreachable("the call should fail"),
    (error: unknown) => error,
  );

describe("server field errors on a form", () => {
  it("puts each field's message on its field and focuses the first one in the form", async () => {
    const error = await failure(
      client().auth.signUp.mutate({ name: "Ana", email: "not an address", password: "short" }),
    );
    const signUp = form<{ name: string; email: string; password: string }>([
      "name",
      "email",
      "password",
    ]);

    expect(applyServerErrors(signUp.control, error, ["name", "email", "password"], t)).toBeNull();
    expect(signUp.messageOf("name")).toBeUndefined();
    expect(signUp.messageOf("email")).toMatch(/email/i);
    expect(signUp.messageOf("password")).toMatch(/\d+ characters/);
    expect(document.activeElement).toBe(signUp.inputs.email);
  });

  it("follows a map when the form's field names differ from the router's", async () => {
    const error = await failure(
      client().auth.signUp.mutate({
        name: "Ana",
        email: "nope",
        password: "a long enough password",
      }),
    );
    const invite = form<{ address: string }>(["address"]);

    expect(applyServerErrors(invite.control, error, { email: "address" }, t)).toBeNull();
    expect(invite.messageOf("address")).toMatch(/email/i);
  });

  it("leaves a message no field owns to the form", async () => {
    const error = await failure(client().me.get.query());
    const profile = form<{ name: string }>(["name"]);

    expect(applyServerErrors(profile.control, error, ["name"], t)).toMatch(/sign in/i);
    expect(profile.messageOf("name")).toBeUndefined();
  });

  it("puts a conflict on the field it is about, when the form names one", async () => {
    const { db } = testDb();
    const owner = await createUser(db);
    const org = await createOrg(db, { tier: "pro", owner });
    const taken = await createDomain(db, { orgId: org.id });
    const sessionId = await accounts.startSession(db, owner.id);
    const error = await failure(
      client({ user: { id: owner.id }, sessionId }).domains.create.mutate({ name: taken.name }),
    );

    const addDomain = form<{ name: string; projectId: string }>(["name", "projectId"]);
    expect(
      applyServerErrors(addDomain.control, error, ["name", "projectId"], t, { conflict: "name" }),
    ).toBeNull();
    expect(addDomain.messageOf("name")).toBe(`${taken.name} is already in your domains.`);

    const elsewhere = form<{ name: string }>(["name"]);
    expect(applyServerErrors(elsewhere.control, error, ["name"], t)).toBe(
      `${taken.name} is already in your domains.`,
    );
  });
});
