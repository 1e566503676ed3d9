export { captureConsole } from "./console";
export { createLogger, logger } from "./logger";
export { currentRequestId, withRequestId } from "./request-id";
export { serializeError } from "./serialize-error";
export type { SerializedError } from "./serialize-error";
export type { Logger } from "pino";
