export { listOutbox, getOutboxMessage } from "./outbox";
export { renderEmail } from "./render";
export type { RenderedEmail } from "./render";
export { createEmailSender, sendEmail } from "./send";
export type { EmailSenderOptions, SendEmail } from "./send";
export type {
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
