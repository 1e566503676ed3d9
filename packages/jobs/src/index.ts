export { eventTypes, inngest, userSignedUp } from "./client";
export type { ArcoEvent } from "./client";
export { createEmitter, emit, jobsModeOf, jobsStatus } from "./emit";
export type { Emit, JobsConfig, JobsMode, JobsStatus } from "./emit";
export { functions } from "./functions";
