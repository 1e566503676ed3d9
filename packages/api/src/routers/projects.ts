import { router } from "../trpc";

export const projectsRouter = router({});
