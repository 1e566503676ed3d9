import { serve } from "inngest/next";

import { inngest } from "./client";
import { jobsModeOf } from "./emit";
import { env } from "./env";
import { functions } from "./functions";

/**
 * The Next.js route handlers the Inngest server calls to register and run Arco's functions,
 * behind a check of their own: the Inngest SDK answers 500 to anything it cannot read (and to
 * every request when no signing key is configured), but a request anyone can send deserves a
 * clear 4xx. Signatures are still checked by the SDK on what passes.
 */
const inngestHandlers = serve({ client: inngest, functions });
const functionIds = new Set(functions.map((fn) => fn.id(inngest.id)));

type Handler = (request: Request, context: unknown) => Promise<Response>;

const refuse = (status: 400 | 404, message: string, field?: string) =>
  Response.json(
    { error: { code: status === 400 ? "BAD_REQUEST" : "NOT_FOUND", message, field } },
    {
      status,
      headers: { "Cache-Control": "no-store" },
    },
  );

/** Served to an Inngest server only when one is configured: the dev server, or signed calls. */
export const servesInngest = (config = env) =>
  jobsModeOf(config) === "dev" || Boolean(config.INNGEST_SIGNING_KEY);

/** What is wrong with a call to /api/inngest, as the Inngest protocol shapes them; or null. */
export async function malformedInngestCall(request: Request) {
  if (request.method !== "POST" && request.method !== "PUT") return null;
  const query = new URL(request.url).searchParams;
  if (request.method === "POST") {
    const fnId = query.get("fnId");
    if (!fnId) return refuse(400, "Say which function to run (the fnId parameter).", "fnId");
    if (!functionIds.has(fnId)) return refuse(400, `There is no function "${fnId}".`, "fnId");
  }
  const text = await request.clone().text();
  if (text === "" && request.method === "PUT") return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, "The request body must be a JSON object.", "body");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return refuse(400, "The request body must be a JSON object.", "body");
  }
  return null;
}

const guarded =
  (handler: Handler): Handler =>
  async (request, context) => {
    if (!servesInngest()) {
      return refuse(
        404,
        "Background jobs are not served to Inngest here: set INNGEST_DEV or INNGEST_SIGNING_KEY.",
      );
    }
    return (await malformedInngestCall(request)) ?? handler(request, context);
  };

export const GET = guarded(inngestHandlers.GET as Handler);
export const POST = guarded(inngestHandlers.POST as Handler);
export const PUT = guarded(inngestHandlers.PUT as Handler);
