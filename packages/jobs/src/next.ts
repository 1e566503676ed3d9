import { serve } from "inngest/next";

import { inngest } from "./client";
import { functions } from "./functions";

/** The Next.js route handlers the Inngest server calls to register and run Arco's functions. */
export const { GET, POST, PUT } = serve({ client: inngest, functions });
