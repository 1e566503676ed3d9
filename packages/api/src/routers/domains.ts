import { domains } from "@arco/services";

import { idInput } from "../schemas";
import {
  createDnsRecordInput,
  createDomainInput,
  domainsListInput,
  updateDnsRecordInput,
  updateDomainInput,
} from "../schemas/domains";
import { permissions } from "../permissions";
import { orgProcedure, requireRole, router } from "../trpc";

const editors = orgProcedure.use(requireRole(...permissions.manageDomains));

export const domainsRouter = router({
  list: orgProcedure
    .input(domainsListInput)
    .query(({ ctx, input }) => domains.listDomains(ctx.db, { orgId: ctx.org.id, ...input })),

  byId: orgProcedure
    .input(idInput)
    .query(({ ctx, input }) => domains.getDomain(ctx.db, { orgId: ctx.org.id, id: input.id })),

  overview: orgProcedure.query(({ ctx }) => domains.domainsOverview(ctx.db, { orgId: ctx.org.id })),

  create: editors
    .input(createDomainInput)
    .mutation(({ ctx, input }) =>
      domains.createDomain(ctx.db, ctx.auditActor, { orgId: ctx.org.id, plan: ctx.plan, ...input }),
    ),

  update: editors
    .input(updateDomainInput)
    .mutation(({ ctx, input }) =>
      domains.updateDomain(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
    ),

  delete: editors
    .input(idInput)
    .mutation(({ ctx, input }) =>
      domains.deleteDomain(ctx.db, ctx.auditActor, { orgId: ctx.org.id, id: input.id }),
    ),

  check: editors
    .input(idInput)
    .mutation(({ ctx, input }) =>
      domains.checkDomain(ctx.db, ctx.auditActor, { orgId: ctx.org.id, id: input.id }),
    ),

  records: router({
    create: editors
      .input(createDnsRecordInput)
      .mutation(({ ctx, input }) =>
        domains.createDnsRecord(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
      ),
    update: editors
      .input(updateDnsRecordInput)
      .mutation(({ ctx, input }) =>
        domains.updateDnsRecord(ctx.db, ctx.auditActor, { orgId: ctx.org.id, ...input }),
      ),
    delete: editors
      .input(idInput)
      .mutation(({ ctx, input }) =>
        domains.deleteDnsRecord(ctx.db, ctx.auditActor, { orgId: ctx.org.id, id: input.id }),
      ),
  }),
});
