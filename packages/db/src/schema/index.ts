/**
 * The whole Arco schema, one module per domain. Importing this opens no connection, so client
 * code may use the exported tables' types and zod schemas.
 */
export * from "./auth";
export * from "./organizations";
export * from "./memberships";
export * from "./plans";
export * from "./billing";
export * from "./analyses";
export * from "./projects";
export * from "./deliveries";
export * from "./domains";
export * from "./infrastructure";
export * from "./storage";
export * from "./support";
export * from "./monitoring";
export * from "./campaigns";
export * from "./developer";
export * from "./ai";
export * from "./audit";
export * from "./hosting";
export * from "./backups";
export * from "./platform";
export * from "./jobs";
export * from "./relations";
export * from "./zod";
