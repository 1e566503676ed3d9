import { adminRouter } from "./routers/admin";
import { analysesRouter } from "./routers/analyses";
import { authRouter } from "./routers/auth";
import { billingRouter } from "./routers/billing";
import { domainsRouter } from "./routers/domains";
import { filesRouter } from "./routers/files";
import { impersonationRouter } from "./routers/impersonation";
import { invitationsRouter } from "./routers/invitations";
import { leadsRouter } from "./routers/leads";
import { meRouter } from "./routers/me";
import { membersRouter } from "./routers/members";
import { notificationsRouter } from "./routers/notifications";
import { orgsRouter } from "./routers/orgs";
import { plansRouter } from "./routers/plans";
import { projectsRouter } from "./routers/projects";
import { systemRouter } from "./routers/system";
import { ticketsRouter } from "./routers/tickets";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  admin: adminRouter,
  analyses: analysesRouter,
  auth: authRouter,
  billing: billingRouter,
  domains: domainsRouter,
  files: filesRouter,
  impersonation: impersonationRouter,
  invitations: invitationsRouter,
  leads: leadsRouter,
  me: meRouter,
  members: membersRouter,
  notifications: notificationsRouter,
  orgs: orgsRouter,
  plans: plansRouter,
  projects: projectsRouter,
  system: systemRouter,
  tickets: ticketsRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: server components and tests. */
export const createCaller = createCallerFactory(appRouter);
