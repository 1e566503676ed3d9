import { render } from "@react-email/render";
import type { ReactElement } from "react";

import { AnalysisReportEmail, analysisReportSubject } from "./templates/analysis-report";
import { DomainExpiryEmail, domainExpirySubject } from "./templates/domain-expiry";
import { InvitationEmail, invitationSubject } from "./templates/invitation";
import { MagicLinkEmail, magicLinkSubject } from "./templates/magic-link";
import { NurtureEmail, nurtureSubject } from "./templates/nurture";
import { PaymentFailedEmail, paymentFailedSubject } from "./templates/payment-failed";
import { PasswordResetEmail, passwordResetSubject } from "./templates/password-reset";
import { SignUpAttemptEmail, signUpAttemptSubject } from "./templates/sign-up-attempt";
import { TicketMessageEmail, ticketMessageSubject } from "./templates/ticket-message";
import { VerifyEmailEmail, verifyEmailSubject } from "./templates/verify-email";
import { WelcomeEmail, welcomeSubject } from "./templates/welcome";
import type { EmailMessage } from "./types";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

function compose(message: EmailMessage): {
  subject: string;
  element: ReactElement;
  urls: string[];
} {
  const { locale } = message;
  switch (message.template) {
    case "welcome":
      return {
        subject: welcomeSubject({ locale }),
        element: <WelcomeEmail locale={locale} {...message.props} />,
        urls: [message.props.dashboardUrl],
      };
    case "magic-link":
      return {
        subject: magicLinkSubject({ locale }),
        element: <MagicLinkEmail locale={locale} {...message.props} />,
        urls: [message.props.url],
      };
    case "verify-email":
      return {
        subject: verifyEmailSubject({ locale }),
        element: <VerifyEmailEmail locale={locale} {...message.props} />,
        urls: [message.props.url],
      };
    case "password-reset":
      return {
        subject: passwordResetSubject({ locale }),
        element: <PasswordResetEmail locale={locale} {...message.props} />,
        urls: [message.props.url],
      };
    case "sign-up-attempt":
      return {
        subject: signUpAttemptSubject({ locale }),
        element: <SignUpAttemptEmail locale={locale} {...message.props} />,
        urls: [message.props.signInUrl],
      };
    case "invitation":
      return {
        subject: invitationSubject({ locale, ...message.props }),
        element: <InvitationEmail locale={locale} {...message.props} />,
        urls: [message.props.acceptUrl],
      };
    case "analysis-report":
      return {
        subject: analysisReportSubject({ locale, ...message.props }),
        element: <AnalysisReportEmail locale={locale} {...message.props} />,
        urls: [message.props.reportUrl, message.props.signUpUrl],
      };
    case "nurture":
      return {
        subject: nurtureSubject({ locale, ...message.props }),
        element: <NurtureEmail locale={locale} {...message.props} />,
        urls: [message.props.ctaUrl, message.props.unsubscribeUrl],
      };
    case "domain-expiry":
      return {
        subject: domainExpirySubject({ locale, ...message.props }),
        element: <DomainExpiryEmail locale={locale} {...message.props} />,
        urls: [message.props.domainUrl],
      };
    case "ticket-message":
      return {
        subject: ticketMessageSubject({ locale, ...message.props }),
        element: <TicketMessageEmail locale={locale} {...message.props} />,
        urls: [message.props.ticketUrl],
      };
    case "payment-failed":
      return {
        subject: paymentFailedSubject({ locale, ...message.props }),
        element: <PaymentFailedEmail locale={locale} {...message.props} />,
        urls: [message.props.billingUrl],
      };
  }
}

/** Callers build links from the app's origin; anything else in an href is a bug. */
function assertWebUrl(url: string) {
  const protocol = URL.parse(url)?.protocol;
  if (protocol !== "https:" && protocol !== "http:") {
    throw new TypeError(`Email links must be absolute http(s) URLs, got "${url}".`);
  }
}

// html-to-text upper-cases headings by default, which reads as shouting in the text part.
const headings = ["h1", "h2", "h3"].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

/** Subject, HTML and plain-text parts of a message. */
export async function renderEmail(message: EmailMessage): Promise<RenderedEmail> {
  const { subject, element, urls } = compose(message);
  urls.forEach(assertWebUrl);
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: headings } }),
  ]);
  // Names in subjects come from users; a line break there would end the header.
  return { subject: subject.replace(/\s+/g, " ").trim(), html, text: text.trim() };
}
