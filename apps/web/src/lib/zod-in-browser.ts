import { z } from "zod";

/**
 * Forms and the report parse with zod in the browser, under a Content-Security-Policy without
 * 'unsafe-eval': zod's compiled parsers would probe `new Function` there, a policy violation on
 * every such page. Interpreted parsing is fast enough for what the browser parses. Imported once,
 * by the client root (trpc/react.tsx), before any schema runs.
 */
z.config({ jitless: true });
