/**
 * Arco's HTTP server: Next.js's request handler behind a thin layer that records the client's
 * real address (see client-address.ts). `pnpm dev` and `pnpm start` run it; `next start` alone
 * would let any client choose the address its per-IP limits and audit entries see.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import next from "next";

import { serverEnv } from "./env.ts";
import { createArcoHttpServer } from "./http-server.ts";

const dev = serverEnv.NODE_ENV !== "production";
const appDir = fileURLToPath(new URL("..", import.meta.url));
const builtConfig = new URL("../.next/required-server-files.json", import.meta.url);
// In production, the configuration the app was built with (as Next.js's own standalone server
// does): next.config.ts is not loaded again, so the standalone build needs no TypeScript compiler.
if (!dev && existsSync(builtConfig)) {
  const { config } = JSON.parse(readFileSync(builtConfig, "utf8")) as { config: unknown };
  // eslint-disable-next-line no-restricted-properties -- read by Next.js itself
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}
const host = serverEnv.HOST ?? "localhost";
const { server, serve } = createArcoHttpServer({ trustedHops: serverEnv.TRUSTED_PROXY_HOPS });
const app = next({
  dev,
  turbopack: dev,
  dir: appDir,
  hostname: host,
  port: serverEnv.PORT,
  httpServer: server,
});

await app.prepare();
serve(app.getRequestHandler());
server.listen(
  { port: serverEnv.PORT, host: serverEnv.HOST, reusePort: serverEnv.REUSE_PORT },
  () => {
    const proxies = serverEnv.TRUSTED_PROXY_HOPS;
    process.stdout.write(
      `Arco ${dev ? "(development) " : ""}at http://${host}:${serverEnv.PORT}` +
        ` — ${proxies === 0 ? "no proxy in front" : `behind ${proxies} trusted proxy hop(s)`}` +
        `${serverEnv.REUSE_PORT ? ", port shared with Arco's other processes" : ""}\n`,
    );
  },
);

const shutdown = () => {
  server.close();
  void app.close().finally(() => process.exit(0));
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
