import { createServer } from "node:http";
import type { IncomingMessage, ServerResponse } from "node:http";

import { assignClientAddress } from "./client-address.ts";

type Handle = (request: IncomingMessage, response: ServerResponse) => Promise<void> | void;

/** The HTTP server in front of `handle` (Next.js's): every request gets its client address first. */
export function createArcoHttpServer({ trustedHops }: { trustedHops: number }) {
  const server = createServer();
  return {
    server,
    serve(handle: Handle) {
      server.on("request", (request: IncomingMessage, response: ServerResponse) => {
        assignClientAddress(request, trustedHops);
        void handle(request, response);
      });
    },
  };
}
