import type { Locale } from "./locales";
import enAdmin from "./messages/en/admin.json";
import enAdminAudit from "./messages/en/adminAudit.json";
import enAdminLeads from "./messages/en/adminLeads.json";
import enAdminMetrics from "./messages/en/adminMetrics.json";
import enAdminPeople from "./messages/en/adminPeople.json";
import enAdminPlans from "./messages/en/adminPlans.json";
import enAuth from "./messages/en/auth.json";
import enBilling from "./messages/en/billing.json";
import enCommon from "./messages/en/common.json";
import enDashboard from "./messages/en/dashboard.json";
import enDomains from "./messages/en/domains.json";
import enFiles from "./messages/en/files.json";
import enFindings from "./messages/en/findings.json";
import enImpersonation from "./messages/en/impersonation.json";
import enMarketing from "./messages/en/marketing.json";
import enPasswordReset from "./messages/en/passwordReset.json";
import enPreferences from "./messages/en/preferences.json";
import enProjects from "./messages/en/projects.json";
import enReport from "./messages/en/report.json";
import enSettings from "./messages/en/settings.json";
import enTickets from "./messages/en/tickets.json";
import ptAdmin from "./messages/pt-BR/admin.json";
import ptAdminAudit from "./messages/pt-BR/adminAudit.json";
import ptAdminLeads from "./messages/pt-BR/adminLeads.json";
import ptAdminMetrics from "./messages/pt-BR/adminMetrics.json";
import ptAdminPeople from "./messages/pt-BR/adminPeople.json";
import ptAdminPlans from "./messages/pt-BR/adminPlans.json";
import ptAuth from "./messages/pt-BR/auth.json";
import ptBilling from "./messages/pt-BR/billing.json";
import ptCommon from "./messages/pt-BR/common.json";
import ptDashboard from "./messages/pt-BR/dashboard.json";
import ptDomains from "./messages/pt-BR/domains.json";
import ptFiles from "./messages/pt-BR/files.json";
import ptFindings from "./messages/pt-BR/findings.json";
import ptImpersonation from "./messages/pt-BR/impersonation.json";
import ptMarketing from "./messages/pt-BR/marketing.json";
import ptPasswordReset from "./messages/pt-BR/passwordReset.json";
import ptPreferences from "./messages/pt-BR/preferences.json";
import ptProjects from "./messages/pt-BR/projects.json";
import ptReport from "./messages/pt-BR/report.json";
import ptSettings from "./messages/pt-BR/settings.json";
import ptTickets from "./messages/pt-BR/tickets.json";

/**
 * The message catalogs, one file per area and language under messages/<locale>/. English is
 * the reference: its shape types every `t("…")` call, and the parity test holds pt-BR to it.
 */
const en = {
  admin: enAdmin,
  adminAudit: enAdminAudit,
  adminLeads: enAdminLeads,
  adminMetrics: enAdminMetrics,
  adminPeople: enAdminPeople,
  adminPlans: enAdminPlans,
  auth: enAuth,
  billing: enBilling,
  common: enCommon,
  dashboard: enDashboard,
  domains: enDomains,
  files: enFiles,
  findings: enFindings,
  impersonation: enImpersonation,
  marketing: enMarketing,
  passwordReset: enPasswordReset,
  preferences: enPreferences,
  projects: enProjects,
  report: enReport,
  settings: enSettings,
  tickets: enTickets,
};

export type Messages = typeof en;

export const catalogs: Record<Locale, Messages> = {
  en,
  "pt-BR": {
    admin: ptAdmin,
    adminAudit: ptAdminAudit,
    adminLeads: ptAdminLeads,
    adminMetrics: ptAdminMetrics,
    adminPeople: ptAdminPeople,
    adminPlans: ptAdminPlans,
    auth: ptAuth,
    billing: ptBilling,
    common: ptCommon,
    dashboard: ptDashboard,
    domains: ptDomains,
    files: ptFiles,
    findings: ptFindings,
    impersonation: ptImpersonation,
    marketing: ptMarketing,
    passwordReset: ptPasswordReset,
    preferences: ptPreferences,
    projects: ptProjects,
    report: ptReport,
    settings: ptSettings,
    tickets: ptTickets,
  },
};
