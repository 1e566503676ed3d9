import { domains } from "@arco/services";

import { idInput } from "../schemas";
import {
  createDnsRecordInput,
  createDomainInput,
  domainsListInput,
  updateDnsRecordInput,
  updateDomainInput,
} from "../schemas/domains";
import { orgProcedure, requirePermissionTo, router } from "../trpc";

const editors = orgProcedure.use(requirePermissionTo("manageDomains"));

export const domainsRouter = router({
  list: orgProcedure
    .input(domainsListInput)
    .query(({ ctx, input }) => domains.listDomains(ctx.scope, input)),

  byId: orgProcedure.input(idInput).query(({ ctx, input }) => domains.getDomain(ctx.scope, input)),

  overview: orgProcedure.query(({ ctx }) => domains.domainsOverview(ctx.scope)),

  create: editors
    .input(createDomainInput)
    .mutation(({ ctx, input }) => domains.createDomain(ctx.scope, input)),

  update: editors
    .input(updateDomainInput)
    .mutation(({ ctx, input }) => domains.updateDomain(ctx.scope, input)),

  delete: editors
    .input(idInput)
    .mutation(({ ctx, input }) => domains.deleteDomain(ctx.scope, input)),

  check: editors.input(idInput).mutation(({ ctx, input }) => domains.checkDomain(ctx.scope, input)),

  records: router({
    create: editors
      .input(createDnsRecordInput)
      .mutation(({ ctx, input }) => domains.createDnsRecord(ctx.scope, input)),
    update: editors
      .input(updateDnsRecordInput)
      .mutation(({ ctx, input }) => domains.updateDnsRecord(ctx.scope, input)),
    delete: editors
      .input(idInput)
      .mutation(({ ctx, input }) => domains.deleteDnsRecord(ctx.scope, input)),
  }),
});
