/**
 * /api/inngest answers what anyone may send it with a 4xx, never the SDK's 500: nothing is
 * served without a configured Inngest, and malformed calls are refused naming what is wrong.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

import { functions } from "./functions";

const BASE = "http://localhost:3000/api/inngest";
const json = (body: string) => ({
  method: "POST",
  body,
  headers: { "content-type": "application/json" },
});

async function route(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return import("./next");
}

afterEach(() => vi.unstubAllEnvs());

describe("/api/inngest", () => {
  it("serves nothing when no Inngest is configured, with a 404 that says why", async () => {
    const { GET, POST, PUT } = await route({
      INNGEST_DEV: "",
      INNGEST_SIGNING_KEY: "",
      INNGEST_EVENT_KEY: "",
    });
    for (const response of [
      await GET(new Request(BASE), {}),
      await POST(new Request(`${BASE}?fnId=arco-send-welcome-email`, json("{}")), {}),
      await PUT(new Request(BASE, { method: "PUT", body: "garbage" }), {}),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({
        error: { code: "NOT_FOUND", message: expect.stringContaining("INNGEST_SIGNING_KEY") },
      });
    }
  });

  it("refuses malformed calls with a 400 naming the field, before the SDK sees them", async () => {
    const { POST, PUT, malformedInngestCall } = await route({ INNGEST_DEV: "1" });
    const cases: [Request, string][] = [
      [new Request(BASE, json("{}")), "fnId"],
      [new Request(`${BASE}?fnId=arco-no-such-function`, json("{}")), "fnId"],
      [new Request(`${BASE}?fnId=arco-send-welcome-email`, json("{not json")), "body"],
      [new Request(`${BASE}?fnId=arco-send-welcome-email`, json("[1,2]")), "body"],
      [new Request(`${BASE}?fnId=arco-send-welcome-email`, json('"text"')), "body"],
    ];
    for (const [request, field] of cases) {
      const response = await POST(request, {});
      expect(response.status, `${request.url} → ${field}`).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "BAD_REQUEST", field } });
    }
    const register = await PUT(new Request(BASE, { method: "PUT", body: "{oops" }), {});
    expect(register.status).toBe(400);
    // A well-formed call goes on to the SDK.
    expect(
      await malformedInngestCall(
        new Request(`${BASE}?fnId=arco-send-welcome-email&stepId=step`, json('{"event":{}}')),
      ),
    ).toBeNull();
  });

  it("hands the SDK what is well formed: the dev server's introspection answers", async () => {
    const { GET } = await route({ INNGEST_DEV: "1" });
    const response = await GET(new Request(BASE), {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ function_count: functions.length, mode: "dev" });
  });
});
