import { createInsertSchema, createSelectSchema, createUpdateSchema } from "drizzle-zod";

import { domains, dnsRecords } from "./domains";
import { monitors } from "./monitoring";
import { organizations } from "./organizations";
import { plans } from "./plans";
import { milestones, projects } from "./projects";
import { supportTickets, ticketMessages } from "./support";

/**
 * Row, insert and update schemas derived from the tables, for the API's input validation and
 * the web forms. Routers narrow them (`.pick`, `.extend`) to what a caller may set: server-owned
 * columns such as `orgId` are never taken from input.
 */
export const planSelectSchema = createSelectSchema(plans);
export const planUpdateSchema = createUpdateSchema(plans);
export const organizationInsertSchema = createInsertSchema(organizations);
export const projectInsertSchema = createInsertSchema(projects);
export const projectUpdateSchema = createUpdateSchema(projects);
export const milestoneInsertSchema = createInsertSchema(milestones);
export const domainInsertSchema = createInsertSchema(domains);
export const dnsRecordInsertSchema = createInsertSchema(dnsRecords);
export const supportTicketInsertSchema = createInsertSchema(supportTickets);
export const ticketMessageInsertSchema = createInsertSchema(ticketMessages);
export const monitorInsertSchema = createInsertSchema(monitors);
