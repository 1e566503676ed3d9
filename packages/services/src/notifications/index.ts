export { sendWelcomeEmail } from "./background";
export { listNotifications, markNotificationsRead } from "./notifications";
