export { eventTypes, inngest, userSignedUp } from "./client";
export type { ArcoEvent } from "./client";
export { createEmitter, emit, jobsModeOf, jobsStatus } from "./emit";
export type { Emit, JobsConfig, JobsMode, JobsStatus } from "./emit";
export { functions, jobs } from "./functions";
export { functionsOverview, startLocalRunner } from "./local";
export type { FunctionOverview } from "./local";
export { createLocalRunner } from "./local-runner";
export type { LocalRunner } from "./local-runner";
