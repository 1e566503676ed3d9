import { people } from "@arco/services";

import { peopleSearchInput, personInput, setStaffRoleInput } from "../schemas/people";
import { router, staffProcedure } from "../trpc";

/**
 * Accounts across clients. Support staff find people and resend a verification email; disabling,
 * enabling and staff roles are the admins' (`managePeople`).
 */
export const adminPeopleRouter = router({
  search: staffProcedure("findPeople")
    .input(peopleSearchInput)
    .query(({ ctx, input }) => people.searchPeople(ctx.scope, input)),

  byId: staffProcedure("findPeople")
    .input(personInput)
    .query(({ ctx, input }) => people.personById(ctx.scope, input)),

  resendVerification: staffProcedure("findPeople")
    .input(personInput)
    .mutation(({ ctx, input }) => people.resendVerification(ctx.scope, input)),

  disable: staffProcedure("managePeople")
    .input(personInput)
    .mutation(({ ctx, input }) => people.disableAccount(ctx.scope, input)),

  enable: staffProcedure("managePeople")
    .input(personInput)
    .mutation(({ ctx, input }) => people.enableAccount(ctx.scope, input)),

  setStaffRole: staffProcedure("managePeople")
    .input(setStaffRoleInput)
    .mutation(({ ctx, input }) => people.setStaffRole(ctx.scope, input)),
});
