import type { Locale } from "@arco/i18n/locales";

export type InvitationRole = "admin" | "member" | "viewer";

export type FindingSeverity = "critical" | "high" | "medium" | "low" | "info";

/** The analysis report's categories, named in the recipient's language by the email. */
export type AnalysisCategory =
  "performance" | "accessibility" | "bestPractices" | "seo" | "security";

/** The days after capture on which a lead's nurture emails go out. */
export type NurtureDay = 3 | 7 | 14 | 30;

/**
 * Every email Arco sends: a template and exactly the props it needs, in the recipient's
 * language (`locale`). URLs are absolute.
 */
export type EmailMessage = { locale: Locale } & (
  | { template: "welcome"; props: { name: string | null; dashboardUrl: string } }
  | { template: "magic-link"; props: { url: string; expiresInMinutes: number } }
  | {
      template: "verify-email";
      props: { name: string | null; url: string; expiresInHours: number };
    }
  | {
      template: "password-reset";
      props: { name: string | null; url: string; expiresInMinutes: number };
    }
  | { template: "sign-up-attempt"; props: { name: string | null; signInUrl: string } }
  | {
      template: "invitation";
      props: {
        orgName: string;
        inviterName: string | null;
        role: InvitationRole;
        acceptUrl: string;
        expiresAt: Date;
      };
    }
  | {
      template: "analysis-report";
      props: {
        url: string;
        score: number;
        categories: { category: AnalysisCategory; score: number }[];
        topFindings: { title: string; severity: FindingSeverity; fix: string }[];
        reportUrl: string;
        signUpUrl: string;
      };
    }
  | {
      template: "nurture";
      props: {
        day: NurtureDay;
        name: string | null;
        /** The site the lead analyzed, when known. */
        url: string | null;
        ctaUrl: string;
        unsubscribeUrl: string;
      };
    }
  | {
      template: "domain-expiry";
      props: {
        orgName: string;
        domain: string;
        kind: "renewal" | "certificate";
        daysLeft: number;
        expiresOn: string;
        domainUrl: string;
      };
    }
  | {
      template: "ticket-message";
      props: {
        orgName: string;
        ticketNumber: number;
        subject: string;
        authorName: string | null;
        event: "opened" | "replied";
        excerpt: string;
        ticketUrl: string;
      };
    }
  | {
      template: "payment-failed";
      props: {
        orgName: string;
        planName: string;
        /** The last day the plan is kept if the payment is not fixed. */
        graceEndsAt: Date;
        billingUrl: string;
      };
    }
);

export type EmailTemplate = EmailMessage["template"];

export type SendEmailInput = EmailMessage & {
  to: string;
  /** One key per business event (e.g. `welcome:<userId>`): the same key never sends twice. */
  idempotencyKey: string;
  orgId?: string | null;
};

export type EmailStatus = "queued" | "sent" | "failed" | "stored";
export type EmailProvider = "resend" | "outbox";

export interface SendEmailResult {
  /** The `email_outbox` row. */
  id: string;
  /**
   * `stored`: kept in the dev outbox only. `queued` appears only on a duplicate whose first
   * attempt is still sending (or was interrupted mid-send).
   */
  status: EmailStatus;
  provider: EmailProvider;
  /** True when the idempotency key was already used: nothing was sent this time. */
  duplicate: boolean;
}

export interface OutboxSummary {
  id: string;
  to: string;
  subject: string;
  template: string;
  status: EmailStatus;
  provider: EmailProvider;
  createdAt: Date;
}

export interface OutboxMessage extends OutboxSummary {
  orgId: string | null;
  from: string;
  html: string;
  text: string | null;
  error: string | null;
  providerMessageId: string | null;
  sentAt: Date | null;
  /** Its sign-in, verification or invitation link was withheld: only the recipient has it. */
  linksWithheld: boolean;
}
