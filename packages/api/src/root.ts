import { adminRouter } from "./routers/admin";
import { analysesRouter } from "./routers/analyses";
import { authRouter } from "./routers/auth";
import { invitationsRouter } from "./routers/invitations";
import { leadsRouter } from "./routers/leads";
import { meRouter } from "./routers/me";
import { membersRouter } from "./routers/members";
import { orgsRouter } from "./routers/orgs";
import { systemRouter } from "./routers/system";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  admin: adminRouter,
  analyses: analysesRouter,
  auth: authRouter,
  invitations: invitationsRouter,
  leads: leadsRouter,
  me: meRouter,
  members: membersRouter,
  orgs: orgsRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process: server components and tests. */
export const createCaller = createCallerFactory(appRouter);
