/**
 * Every Drizzle `relations()` of the schema, in one module. The table modules import only the
 * tables their foreign keys point at, so they form no import cycle; relations, which point both
 * ways, live here, above all of them.
 */
import { relations } from "drizzle-orm";

import {
  agents,
  aiJobs,
  aiMessages,
  aiProviders,
  aiTaskRouting,
  conversations,
  generations,
} from "./ai";
import { leads, urlAnalyses } from "./analyses";
import { auditLogs } from "./audit";
import { accounts, impersonationSessions, sessions, users } from "./auth";
import { backupDestinations, backupRuns, backupSchedules } from "./backups";
import { creditLedger, subscriptions } from "./billing";
import { deliveries } from "./deliveries";
import { campaignMetrics, campaigns } from "./campaigns";
import { apiKeys, webhookDeliveries, webhooks } from "./developer";
import { dnsRecords, domainExpiryAlerts, domains } from "./domains";
import { hostingPlans, hostingSubscriptions } from "./hosting";
import { infrastructure, networkUsage } from "./infrastructure";
import { incidents, monitors, performanceMetrics, uptimeChecks } from "./monitoring";
import { invitations, memberships } from "./memberships";
import { orgQuotas, organizations } from "./organizations";
import { plans } from "./plans";
import { emailOutbox, notifications, systemConfig } from "./platform";
import { milestones, projectMembers, projects } from "./projects";
import { storageFolders, storageItems } from "./storage";
import { supportTickets, ticketAttachments, ticketMessages } from "./support";

// ai ----------------------------------------------------------------------------------------------

export const aiProvidersRelations = relations(aiProviders, ({ one, many }) => ({
  org: one(organizations, { fields: [aiProviders.orgId], references: [organizations.id] }),
  primaryRoutes: many(aiTaskRouting, { relationName: "primaryProvider" }),
  fallbackRoutes: many(aiTaskRouting, { relationName: "fallbackProvider" }),
  jobs: many(aiJobs),
}));

export const aiTaskRoutingRelations = relations(aiTaskRouting, ({ one }) => ({
  org: one(organizations, { fields: [aiTaskRouting.orgId], references: [organizations.id] }),
  primaryProvider: one(aiProviders, {
    fields: [aiTaskRouting.primaryProviderId],
    references: [aiProviders.id],
    relationName: "primaryProvider",
  }),
  fallbackProvider: one(aiProviders, {
    fields: [aiTaskRouting.fallbackProviderId],
    references: [aiProviders.id],
    relationName: "fallbackProvider",
  }),
}));

export const aiJobsRelations = relations(aiJobs, ({ one, many }) => ({
  org: one(organizations, { fields: [aiJobs.orgId], references: [organizations.id] }),
  requestedBy: one(users, { fields: [aiJobs.requestedById], references: [users.id] }),
  provider: one(aiProviders, { fields: [aiJobs.providerId], references: [aiProviders.id] }),
  generations: many(generations),
}));

export const generationsRelations = relations(generations, ({ one }) => ({
  org: one(organizations, { fields: [generations.orgId], references: [organizations.id] }),
  job: one(aiJobs, { fields: [generations.jobId], references: [aiJobs.id] }),
  createdBy: one(users, { fields: [generations.createdById], references: [users.id] }),
}));

export const agentsRelations = relations(agents, ({ one, many }) => ({
  org: one(organizations, { fields: [agents.orgId], references: [organizations.id] }),
  createdBy: one(users, { fields: [agents.createdById], references: [users.id] }),
  conversations: many(conversations),
}));

export const conversationsRelations = relations(conversations, ({ one, many }) => ({
  org: one(organizations, { fields: [conversations.orgId], references: [organizations.id] }),
  agent: one(agents, { fields: [conversations.agentId], references: [agents.id] }),
  user: one(users, { fields: [conversations.userId], references: [users.id] }),
  messages: many(aiMessages),
}));

export const aiMessagesRelations = relations(aiMessages, ({ one }) => ({
  org: one(organizations, { fields: [aiMessages.orgId], references: [organizations.id] }),
  conversation: one(conversations, {
    fields: [aiMessages.conversationId],
    references: [conversations.id],
  }),
}));

// analyses ----------------------------------------------------------------------------------------

export const urlAnalysesRelations = relations(urlAnalyses, ({ one, many }) => ({
  user: one(users, { fields: [urlAnalyses.userId], references: [users.id] }),
  org: one(organizations, { fields: [urlAnalyses.orgId], references: [organizations.id] }),
  leads: many(leads),
}));

export const leadsRelations = relations(leads, ({ one }) => ({
  sourceAnalysis: one(urlAnalyses, {
    fields: [leads.sourceAnalysisId],
    references: [urlAnalyses.id],
  }),
  convertedUser: one(users, { fields: [leads.convertedUserId], references: [users.id] }),
}));

// audit -------------------------------------------------------------------------------------------

export const impersonationSessionsRelations = relations(impersonationSessions, ({ one, many }) => ({
  staffUser: one(users, {
    fields: [impersonationSessions.staffUserId],
    references: [users.id],
  }),
  targetUser: one(users, {
    fields: [impersonationSessions.targetUserId],
    references: [users.id],
  }),
  org: one(organizations, {
    fields: [impersonationSessions.orgId],
    references: [organizations.id],
  }),
  auditLogs: many(auditLogs),
}));

export const auditLogsRelations = relations(auditLogs, ({ one }) => ({
  org: one(organizations, { fields: [auditLogs.orgId], references: [organizations.id] }),
  actorUser: one(users, {
    fields: [auditLogs.actorUserId],
    references: [users.id],
  }),
  effectiveUser: one(users, {
    fields: [auditLogs.effectiveUserId],
    references: [users.id],
  }),
  impersonation: one(impersonationSessions, {
    fields: [auditLogs.impersonationId],
    references: [impersonationSessions.id],
  }),
}));

// auth --------------------------------------------------------------------------------------------

export const usersRelations = relations(users, ({ many, one }) => ({
  accounts: many(accounts),
  sessions: many(sessions),
  memberships: many(memberships),
  activeOrg: one(organizations, { fields: [users.activeOrgId], references: [organizations.id] }),
}));

export const accountsRelations = relations(accounts, ({ one }) => ({
  user: one(users, { fields: [accounts.userId], references: [users.id] }),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
  impersonation: one(impersonationSessions, {
    fields: [sessions.impersonationId],
    references: [impersonationSessions.id],
  }),
}));

// backups -----------------------------------------------------------------------------------------

export const backupDestinationsRelations = relations(backupDestinations, ({ many }) => ({
  schedules: many(backupSchedules),
  runs: many(backupRuns),
}));

export const backupSchedulesRelations = relations(backupSchedules, ({ one, many }) => ({
  destination: one(backupDestinations, {
    fields: [backupSchedules.destinationId],
    references: [backupDestinations.id],
  }),
  runs: many(backupRuns),
}));

export const backupRunsRelations = relations(backupRuns, ({ one }) => ({
  schedule: one(backupSchedules, {
    fields: [backupRuns.scheduleId],
    references: [backupSchedules.id],
  }),
  destination: one(backupDestinations, {
    fields: [backupRuns.destinationId],
    references: [backupDestinations.id],
  }),
}));

// billing -----------------------------------------------------------------------------------------

export const subscriptionsRelations = relations(subscriptions, ({ one }) => ({
  org: one(organizations, { fields: [subscriptions.orgId], references: [organizations.id] }),
  plan: one(plans, { fields: [subscriptions.planId], references: [plans.id] }),
}));

export const creditLedgerRelations = relations(creditLedger, ({ one }) => ({
  org: one(organizations, { fields: [creditLedger.orgId], references: [organizations.id] }),
  actor: one(users, { fields: [creditLedger.actorUserId], references: [users.id] }),
}));

// campaigns ---------------------------------------------------------------------------------------

export const campaignsRelations = relations(campaigns, ({ one, many }) => ({
  org: one(organizations, { fields: [campaigns.orgId], references: [organizations.id] }),
  project: one(projects, { fields: [campaigns.projectId], references: [projects.id] }),
  metrics: many(campaignMetrics),
}));

export const campaignMetricsRelations = relations(campaignMetrics, ({ one }) => ({
  campaign: one(campaigns, { fields: [campaignMetrics.campaignId], references: [campaigns.id] }),
}));

// developer ---------------------------------------------------------------------------------------

export const apiKeysRelations = relations(apiKeys, ({ one }) => ({
  org: one(organizations, { fields: [apiKeys.orgId], references: [organizations.id] }),
  createdBy: one(users, { fields: [apiKeys.createdById], references: [users.id] }),
}));

export const webhooksRelations = relations(webhooks, ({ one, many }) => ({
  org: one(organizations, { fields: [webhooks.orgId], references: [organizations.id] }),
  deliveries: many(webhookDeliveries),
}));

export const webhookDeliveriesRelations = relations(webhookDeliveries, ({ one }) => ({
  org: one(organizations, { fields: [webhookDeliveries.orgId], references: [organizations.id] }),
  webhook: one(webhooks, { fields: [webhookDeliveries.webhookId], references: [webhooks.id] }),
}));

// domains -----------------------------------------------------------------------------------------

export const domainsRelations = relations(domains, ({ one, many }) => ({
  org: one(organizations, { fields: [domains.orgId], references: [organizations.id] }),
  project: one(projects, { fields: [domains.projectId], references: [projects.id] }),
  dnsRecords: many(dnsRecords),
  expiryAlerts: many(domainExpiryAlerts),
  monitors: many(monitors),
  performanceMetrics: many(performanceMetrics),
}));

export const dnsRecordsRelations = relations(dnsRecords, ({ one }) => ({
  domain: one(domains, { fields: [dnsRecords.domainId], references: [domains.id] }),
}));

export const domainExpiryAlertsRelations = relations(domainExpiryAlerts, ({ one }) => ({
  domain: one(domains, { fields: [domainExpiryAlerts.domainId], references: [domains.id] }),
}));

// hosting -----------------------------------------------------------------------------------------

export const hostingPlansRelations = relations(hostingPlans, ({ many }) => ({
  subscriptions: many(hostingSubscriptions),
}));

export const hostingSubscriptionsRelations = relations(hostingSubscriptions, ({ one }) => ({
  org: one(organizations, {
    fields: [hostingSubscriptions.orgId],
    references: [organizations.id],
  }),
  project: one(projects, { fields: [hostingSubscriptions.projectId], references: [projects.id] }),
  plan: one(hostingPlans, { fields: [hostingSubscriptions.planId], references: [hostingPlans.id] }),
}));

// infrastructure ----------------------------------------------------------------------------------

export const infrastructureRelations = relations(infrastructure, ({ one }) => ({
  project: one(projects, { fields: [infrastructure.projectId], references: [projects.id] }),
}));

export const networkUsageRelations = relations(networkUsage, ({ one }) => ({
  project: one(projects, { fields: [networkUsage.projectId], references: [projects.id] }),
}));

// monitoring --------------------------------------------------------------------------------------

export const monitorsRelations = relations(monitors, ({ one, many }) => ({
  org: one(organizations, { fields: [monitors.orgId], references: [organizations.id] }),
  project: one(projects, { fields: [monitors.projectId], references: [projects.id] }),
  domain: one(domains, { fields: [monitors.domainId], references: [domains.id] }),
  checks: many(uptimeChecks),
  incidents: many(incidents),
}));

export const uptimeChecksRelations = relations(uptimeChecks, ({ one }) => ({
  monitor: one(monitors, { fields: [uptimeChecks.monitorId], references: [monitors.id] }),
}));

export const incidentsRelations = relations(incidents, ({ one }) => ({
  org: one(organizations, { fields: [incidents.orgId], references: [organizations.id] }),
  monitor: one(monitors, { fields: [incidents.monitorId], references: [monitors.id] }),
  project: one(projects, { fields: [incidents.projectId], references: [projects.id] }),
}));

export const performanceMetricsRelations = relations(performanceMetrics, ({ one }) => ({
  org: one(organizations, { fields: [performanceMetrics.orgId], references: [organizations.id] }),
  project: one(projects, { fields: [performanceMetrics.projectId], references: [projects.id] }),
  domain: one(domains, { fields: [performanceMetrics.domainId], references: [domains.id] }),
}));

// organizations -----------------------------------------------------------------------------------

export const organizationsRelations = relations(organizations, ({ one, many }) => ({
  plan: one(plans, { fields: [organizations.planId], references: [plans.id] }),
  memberships: many(memberships),
  invitations: many(invitations),
  quotas: one(orgQuotas, { fields: [organizations.id], references: [orgQuotas.orgId] }),
}));

export const membershipsRelations = relations(memberships, ({ one }) => ({
  org: one(organizations, { fields: [memberships.orgId], references: [organizations.id] }),
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
}));

export const invitationsRelations = relations(invitations, ({ one }) => ({
  org: one(organizations, { fields: [invitations.orgId], references: [organizations.id] }),
  invitedBy: one(users, { fields: [invitations.invitedById], references: [users.id] }),
}));

// platform ----------------------------------------------------------------------------------------

export const systemConfigRelations = relations(systemConfig, ({ one }) => ({
  updatedBy: one(users, { fields: [systemConfig.updatedById], references: [users.id] }),
}));

export const emailOutboxRelations = relations(emailOutbox, ({ one }) => ({
  org: one(organizations, { fields: [emailOutbox.orgId], references: [organizations.id] }),
}));

export const notificationsRelations = relations(notifications, ({ one }) => ({
  org: one(organizations, { fields: [notifications.orgId], references: [organizations.id] }),
  user: one(users, { fields: [notifications.userId], references: [users.id] }),
}));

// projects ----------------------------------------------------------------------------------------

export const projectsRelations = relations(projects, ({ one, many }) => ({
  org: one(organizations, { fields: [projects.orgId], references: [organizations.id] }),
  projectManager: one(users, { fields: [projects.projectManagerId], references: [users.id] }),
  members: many(projectMembers),
  milestones: many(milestones),
  deliveries: many(deliveries),
  domains: many(domains),
  infrastructure: one(infrastructure),
  networkUsage: many(networkUsage),
  files: many(storageItems),
  tickets: many(supportTickets),
  monitors: many(monitors),
  incidents: many(incidents),
  performanceMetrics: many(performanceMetrics),
  campaigns: many(campaigns),
}));

export const projectMembersRelations = relations(projectMembers, ({ one }) => ({
  project: one(projects, { fields: [projectMembers.projectId], references: [projects.id] }),
  user: one(users, { fields: [projectMembers.userId], references: [users.id] }),
}));

export const milestonesRelations = relations(milestones, ({ one }) => ({
  project: one(projects, { fields: [milestones.projectId], references: [projects.id] }),
}));

export const deliveriesRelations = relations(deliveries, ({ one }) => ({
  project: one(projects, { fields: [deliveries.projectId], references: [projects.id] }),
  storageItem: one(storageItems, {
    fields: [deliveries.storageItemId],
    references: [storageItems.id],
  }),
  deliveredBy: one(users, { fields: [deliveries.deliveredById], references: [users.id] }),
}));

// storage -----------------------------------------------------------------------------------------

export const storageFoldersRelations = relations(storageFolders, ({ one, many }) => ({
  org: one(organizations, { fields: [storageFolders.orgId], references: [organizations.id] }),
  parent: one(storageFolders, {
    fields: [storageFolders.parentId],
    references: [storageFolders.id],
    relationName: "storage_folder_parent",
  }),
  children: many(storageFolders, { relationName: "storage_folder_parent" }),
  items: many(storageItems),
}));

export const storageItemsRelations = relations(storageItems, ({ one }) => ({
  org: one(organizations, { fields: [storageItems.orgId], references: [organizations.id] }),
  project: one(projects, { fields: [storageItems.projectId], references: [projects.id] }),
  folder: one(storageFolders, {
    fields: [storageItems.folderId],
    references: [storageFolders.id],
  }),
  uploadedBy: one(users, { fields: [storageItems.uploadedById], references: [users.id] }),
}));

// support -----------------------------------------------------------------------------------------

export const supportTicketsRelations = relations(supportTickets, ({ one, many }) => ({
  org: one(organizations, { fields: [supportTickets.orgId], references: [organizations.id] }),
  project: one(projects, { fields: [supportTickets.projectId], references: [projects.id] }),
  createdBy: one(users, { fields: [supportTickets.createdById], references: [users.id] }),
  assignedTo: one(users, { fields: [supportTickets.assignedToId], references: [users.id] }),
  messages: many(ticketMessages),
}));

export const ticketMessagesRelations = relations(ticketMessages, ({ one, many }) => ({
  ticket: one(supportTickets, {
    fields: [ticketMessages.ticketId],
    references: [supportTickets.id],
  }),
  author: one(users, { fields: [ticketMessages.authorId], references: [users.id] }),
  attachments: many(ticketAttachments),
}));

export const ticketAttachmentsRelations = relations(ticketAttachments, ({ one }) => ({
  message: one(ticketMessages, {
    fields: [ticketAttachments.messageId],
    references: [ticketMessages.id],
  }),
  storageItem: one(storageItems, {
    fields: [ticketAttachments.storageItemId],
    references: [storageItems.id],
  }),
}));
