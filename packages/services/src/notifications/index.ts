export { sendWelcomeEmail } from "./welcome";
