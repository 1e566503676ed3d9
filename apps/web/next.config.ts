import type { NextConfig } from "next";

import "./src/env";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];

const config: NextConfig = {
  // Arco's packages export TypeScript source.
  transpilePackages: [
    "@arco/analyzer",
    "@arco/api",
    "@arco/auth",
    "@arco/db",
    "@arco/email",
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

export default config;
