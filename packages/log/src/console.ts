import { format } from "node:util";

import { logger } from "./logger";

/**
 * Routes `console.error` and `console.warn` — which Next.js and libraries use for failures they
 * catch themselves — through the logger, so their errors are serialized the same careful way
 * instead of printed with every value they carry.
 */
export function captureConsole(log = logger) {
  const route =
    (level: "error" | "warn") =>
    (...args: unknown[]) => {
      const err = args.find((arg) => arg instanceof Error);
      const text = args.filter((arg) => typeof arg === "string" || typeof arg === "number");
      log[level](err ? { err } : {}, format(...text) || (err ? "Unhandled error" : ""));
    };
  console.error = route("error");
  console.warn = route("warn");
}
