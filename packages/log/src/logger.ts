import pino from "pino";
import type { DestinationStream, Logger } from "pino";

import { env } from "./env";
import { currentRequestId } from "./request-id";
import { serializeError } from "./serialize-error";

/**
 * Keys whose values never reach a log line: credentials, tokens, hashes, cookies, and the
 * addresses people sign in with. They are censored at the top level and two levels down.
 */
const SECRET_KEYS = [
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "hash",
  "token",
  "tokenHash",
  "sessionToken",
  "accessToken",
  "refreshToken",
  "access_token",
  "refresh_token",
  "id_token",
  "secret",
  "apiKey",
  "authorization",
  "cookie",
  "set-cookie",
  "email",
  "to",
  "params",
  "parameters",
];

const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => {
  const step = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `["${key}"]`;
  return [step.startsWith(".") ? key : step, `*${step}`, `*.*${step}`];
});

/** Lines written while serving a request carry its id (see `withRequestId`). */
const requestIdOfLine = () => {
  const requestId = currentRequestId();
  return requestId ? { requestId } : {};
};

/**
 * A structured JSON logger. Log errors under `err` (`log.error({ err }, "what failed")`): they
 * are serialized without the values a failed query carried.
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      level: env.LOG_LEVEL,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      mixin: requestIdOfLine,
      // The request's id wins over a `requestId` field the caller passes.
      mixinMergeStrategy: (fields, mixed) => Object.assign(fields, mixed),
    },
    destination,
  );
}

/** The process-wide logger, on standard output. */
export const logger: Logger = createLogger();
