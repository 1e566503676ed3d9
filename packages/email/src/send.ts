import type { DbOrTx } from "@arco/db";
import { emailOutbox } from "@arco/db/schema";
import { and, eq } from "drizzle-orm";
import { Resend } from "resend";
import type { CreateEmailOptions } from "resend";

import { logger } from "@arco/log";

import { configuredDropDir, dropMail } from "./drop";
import { env } from "./env";
import { renderEmail } from "./render";
import type { EmailMessage, EmailTemplate, SendEmailInput, SendEmailResult } from "./types";

export interface EmailSenderOptions {
  /** Resend API key. Without it messages are only stored, for the dev outbox. */
  apiKey?: string;
  /** Another Resend-compatible endpoint; the SDK's default otherwise. */
  baseUrl?: string;
  /** Sender address, e.g. `Arco <no-reply@example.com>`. */
  from: string;
  /** Without a provider, where each message is also written whole (see drop.ts). */
  dropDir?: string;
}

export type SendEmail = (db: DbOrTx, input: SendEmailInput) => Promise<SendEmailResult>;

type Delivery = { status: "sent"; providerMessageId: string } | { status: "failed"; error: string };

/**
 * Templates whose link signs the recipient in, proves their address or joins an organization.
 * Their one usable copy is the recipient's: the outbox that staff read keeps the message with
 * the link withheld, so reading it never lets anyone act as the recipient.
 */
export const SECRET_LINK_TEMPLATES: ReadonlySet<EmailTemplate> = new Set([
  "magic-link",
  "verify-email",
  "password-reset",
  "invitation",
]);

/** Stands in for a withheld link in the stored copy; it leads nowhere. */
export const WITHHELD_LINK = "https://link-withheld.invalid/";

function storedCopy(message: EmailMessage): EmailMessage {
  switch (message.template) {
    case "magic-link":
    case "verify-email":
    case "password-reset":
      return { ...message, props: { ...message.props, url: WITHHELD_LINK } } as EmailMessage;
    case "invitation":
      return { ...message, props: { ...message.props, acceptUrl: WITHHELD_LINK } };
    default:
      return message;
  }
}

/** Resend answers errors instead of throwing; anything it does throw is a failure too. */
async function deliver(
  resend: Resend,
  email: CreateEmailOptions,
  idempotencyKey: string,
): Promise<Delivery> {
  try {
    const { data, error } = await resend.emails.send(email, { idempotencyKey });
    if (data) return { status: "sent", providerMessageId: data.id };
    const code = error.statusCode ? ` (${error.statusCode})` : "";
    return { status: "failed", error: `${error.name}${code}: ${error.message}` };
  } catch (error) {
    return { status: "failed", error: String(error) };
  }
}

/**
 * Builds `sendEmail` over one transport: Resend when `apiKey` is given, the dev outbox
 * otherwise. The `email_outbox` row is written first and its unique idempotency key decides
 * whether this call sends at all, so a retried job or a double click sends once. A provider
 * failure is recorded on the row and returned as `failed`, never thrown; calling again with the
 * same key tries that delivery again.
 */
export function createEmailSender({
  apiKey,
  baseUrl,
  from,
  dropDir,
}: EmailSenderOptions): SendEmail {
  const resend = apiKey ? new Resend(apiKey, baseUrl ? { baseUrl } : undefined) : null;

  return async function sendEmail(db, input) {
    const rendered = await renderEmail(input);
    const stored = SECRET_LINK_TEMPLATES.has(input.template)
      ? await renderEmail(storedCopy(input))
      : rendered;

    const [row] = await db
      .insert(emailOutbox)
      .values({
        orgId: input.orgId ?? null,
        to: input.to,
        from,
        subject: rendered.subject,
        template: input.template,
        html: stored.html,
        text: stored.text,
        idempotencyKey: input.idempotencyKey,
        provider: resend ? "resend" : "outbox",
        status: resend ? "queued" : "stored",
      })
      .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
      .returning({ id: emailOutbox.id });

    let id = row?.id;
    if (!id) {
      const [existing] = await db
        .select({ id: emailOutbox.id, status: emailOutbox.status, provider: emailOutbox.provider })
        .from(emailOutbox)
        .where(eq(emailOutbox.idempotencyKey, input.idempotencyKey));
      if (!existing)
        throw new Error(`No email_outbox row for "${input.idempotencyKey}" after a conflict.`);
      // A failed delivery may be tried again (a job's retry); the claim lets only one caller do it.
      const [claimed] =
        resend && existing.status === "failed"
          ? await db
              .update(emailOutbox)
              .set({ status: "queued", error: null })
              .where(and(eq(emailOutbox.id, existing.id), eq(emailOutbox.status, "failed")))
              .returning({ id: emailOutbox.id })
          : [];
      if (!claimed) return { ...existing, duplicate: true };
      id = claimed.id;
    }
    if (!resend) {
      if (dropDir) {
        const file = await dropMail(dropDir, id, {
          ...rendered,
          to: input.to,
          from,
          template: input.template,
        });
        logger.info({ template: input.template, file }, "Email kept in the mail drop");
      }
      return { id, status: "stored", provider: "outbox", duplicate: false };
    }

    const delivery = await deliver(
      resend,
      {
        from,
        to: input.to,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        tags: [{ name: "template", value: input.template }],
      },
      input.idempotencyKey,
    );
    await db
      .update(emailOutbox)
      .set(
        delivery.status === "sent"
          ? { status: "sent", providerMessageId: delivery.providerMessageId, sentAt: new Date() }
          : { status: "failed", error: delivery.error },
      )
      .where(eq(emailOutbox.id, id));
    return { id, status: delivery.status, provider: "resend", duplicate: false };
  };
}

/** Sends through the transport configured in the environment (see `env.ts`). */
export const sendEmail: SendEmail = createEmailSender({
  apiKey: env.RESEND_API_KEY,
  baseUrl: env.RESEND_BASE_URL,
  from: env.EMAIL_FROM,
  dropDir: configuredDropDir(),
});

/** Where `sendEmail` delivers: Resend when a key is configured, else the outbox and mail drop. */
export const emailProvider = (): "resend" | "outbox" => (env.RESEND_API_KEY ? "resend" : "outbox");
