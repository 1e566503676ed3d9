import path from "node:path";

import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

import "./src/env";

/**
 * Headers of every response. The Content-Security-Policy, which needs a nonce per response, is
 * set in src/proxy.ts; HSTS only in production, where Arco is served over HTTPS.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]
    : []),
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

const config: NextConfig = {
  // `.next/standalone`: the server and only the files it needs, for container images (see the
  // Dockerfile). Traced from the repository root, where the workspace packages live.
  output: "standalone",
  outputFileTracingRoot: path.join(import.meta.dirname, "../.."),
  // Arco's own HTTP server (server/main.ts) runs there too, as plain Node: its files and zod.
  outputFileTracingIncludes: { "/*": ["./server/*.ts", "./node_modules/zod/**/*"] },
  // Arco's packages export TypeScript source.
  transpilePackages: [
    "@arco/analyzer",
    "@arco/api",
    "@arco/auth",
    "@arco/db",
    "@arco/email",
    "@arco/i18n",
    "@arco/jobs",
    "@arco/log",
    "@arco/ratelimit",
    "@arco/services",
  ],
  // PGlite loads its wasm and data files relative to its own modules, and jsdom reads its own
  // files at run time: both must stay in node_modules rather than be bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "jsdom"],
  typedRoutes: true,
  poweredByHeader: false,
  headers: async () => [{ source: "/:path*", headers: securityHeaders }],
};

// Each request's language and messages: src/i18n/request.ts.
export default createNextIntlPlugin("./src/i18n/request.ts")(config);
