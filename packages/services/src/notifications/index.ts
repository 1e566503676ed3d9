export { listNotifications, markNotificationsRead } from "./inbox";
export { sendWelcomeEmail } from "./welcome";
