export { listOutbox, getOutboxMessage } from "./outbox";
export { renderEmail } from "./render";
export type { RenderedEmail } from "./render";
export { latestDroppedMail } from "./drop";
export type { DroppedMail } from "./drop";
export {
  createEmailSender,
  emailProvider,
  SECRET_LINK_TEMPLATES,
  sendEmail,
  WITHHELD_LINK,
} from "./send";
export type { EmailSenderOptions, SendEmail } from "./send";
export type {
  AnalysisCategory,
  EmailMessage,
  EmailProvider,
  EmailStatus,
  EmailTemplate,
  InvitationRole,
  OutboxMessage,
  OutboxSummary,
  SendEmailInput,
  SendEmailResult,
} from "./types";
