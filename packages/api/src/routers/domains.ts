import { router } from "../trpc";

export const domainsRouter = router({});
