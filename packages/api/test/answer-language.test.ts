/**
 * The API answers in the caller's language: validation and service messages are written in
 * English in code, and a pt-BR caller (their saved choice, their language switch, or their
 * browser) reads them in Portuguese, through tRPC and route handlers alike.
 */
import { users } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { accounts, ServiceError } from "@arco/services";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { answer, appRouter } from "../src";
import { createTRPCContext } from "../src/trpc";
import { recordingEmit, relaxedLimiter } from "./harness";

const testDb = useTestDb();

interface ErrorBody {
  error: {
    json: {
      message: string;
      data: { zodError: { fieldErrors: Record<string, string[]> } | null };
    };
  };
}

/** Calls `path` over HTTP as `/api/trpc` serves it, signed in as `userId` when given. */
async function call(
  path: string,
  {
    headers = {},
    userId,
    body,
  }: { headers?: Record<string, string>; userId?: string; body?: unknown },
) {
  const sessionId = userId ? await accounts.startSession(testDb().db, userId) : null;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: new Request(`http://localhost/api/trpc/${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify({ json: body }),
    }),
    createContext: ({ req }) =>
      createTRPCContext({
        headers: req.headers,
        session: userId ? { user: { id: userId }, sessionId } : null,
        database: testDb(),
        rateLimiter: relaxedLimiter(),
        emit: recordingEmit().emit,
      }),
  });
  return ((await response.json()) as ErrorBody).error.json;
}

const badSignUp = { name: "Ana", email: "not-an-email", password: "short" };

describe("validation messages", () => {
  it("are in Portuguese for a pt-BR browser", async () => {
    const { data } = await call("auth.signUp", {
      headers: { "accept-language": "pt-BR,pt;q=0.9,en;q=0.8" },
      body: badSignUp,
    });
    expect(data.zodError?.fieldErrors).toEqual({
      email: ["Informe um endereço de e-mail válido, como ana@example.com."],
      password: ["Use pelo menos 10 caracteres."],
    });
  });

  it("are in English for an English browser, and without Accept-Language", async () => {
    const english = {
      email: ["Enter a valid email address, like ana@example.com."],
      password: ["Use at least 10 characters."],
    };
    for (const headers of [{ "accept-language": "en-US,en;q=0.9" }, {}] as Record<
      string,
      string
    >[]) {
      const { data } = await call("auth.signUp", { headers, body: badSignUp });
      expect(data.zodError?.fieldErrors).toEqual(english);
    }
  });
});

describe("service errors", () => {
  it("are in Portuguese for a pt-BR browser and in English for an English one", async () => {
    const pt = await call("me.get", { headers: { "accept-language": "pt-BR" } });
    expect(pt.message).toBe("Entre para continuar.");
    const en = await call("me.get", { headers: { "accept-language": "en" } });
    expect(en.message).toBe("Sign in to continue.");
  });

  it("follow the language switch's cookie over the browser", async () => {
    const { message } = await call("me.get", {
      headers: { "accept-language": "en", cookie: "theme=dark; arco-locale=pt-BR" },
    });
    expect(message).toBe("Entre para continuar.");
  });

  it("follow the signed-in person's saved language over the cookie and the browser", async () => {
    const db = testDb().db;
    const person = await createUser(db);
    const notStaff = "admin.tickets.staff";

    await db.update(users).set({ locale: "en" }).where(eq(users.id, person.id));
    const en = await call(notStaff, {
      userId: person.id,
      headers: { "accept-language": "pt-BR", cookie: "arco-locale=pt-BR" },
    });
    expect(en.message).toBe("This is for the agency team only.");

    await db.update(users).set({ locale: "pt-BR" }).where(eq(users.id, person.id));
    const pt = await call(notStaff, {
      userId: person.id,
      headers: { "accept-language": "en" },
    });
    expect(pt.message).toBe("Isto é só para a equipe da agência.");
  });
});

describe("a route handler's failure", () => {
  const refuse = (headers?: Headers) =>
    answer(
      async () => {
        throw new ServiceError("NOT_FOUND", "File was not found.");
      },
      { headers },
    ).then((response) => response.json() as Promise<{ error: { message: string } }>);

  it("is in the caller's language when the handler passes the request's headers", async () => {
    const pt = await refuse(new Headers({ "accept-language": "pt-BR" }));
    expect(pt.error.message).toBe("Não encontramos o arquivo.");
    const en = await refuse(new Headers({ "accept-language": "en" }));
    expect(en.error.message).toBe("File was not found.");
    expect((await refuse()).error.message).toBe("File was not found.");
  });
});
