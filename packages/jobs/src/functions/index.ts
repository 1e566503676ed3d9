import { sendWelcomeEmail } from "./accounts/send-welcome-email";
import { nurtureLead } from "./leads/nurture-lead";

/** Every function Arco serves at /api/inngest. */
export const functions = [sendWelcomeEmail, nurtureLead];
