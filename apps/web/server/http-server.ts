import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";

import { assignClientAddress } from "./client-address.ts";
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from "./request-id.ts";

type Handle = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/**
 * The HTTP server in front of `handle` (Next.js's). Every request gets, before the app sees it:
 * its client address, and its request id — the incoming `x-request-id` when valid, else a new
 * one — which the response sends back and every log line written while serving it carries.
 */
export function createArcoHttpServer({ trustedHops }: { trustedHops: number }) {
  const server = createServer();
  return {
    server,
    serve(handle: Handle) {
      server.on("request", (request: IncomingMessage, response: ServerResponse) => {
        assignClientAddress(request, trustedHops);
        const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
        request.headers[REQUEST_ID_HEADER] = requestId;
        response.setHeader(REQUEST_ID_HEADER, requestId);
        withRequestId(requestId, () => void handle(request, response));
      });
    },
  };
}
