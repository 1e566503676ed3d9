import { router } from "../trpc";

export const filesRouter = router({});
