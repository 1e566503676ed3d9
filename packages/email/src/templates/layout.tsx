import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

import { translator } from "../i18n";
import type { Locale } from "@arco/i18n/locales";

/**
 * Arco's email frame. Inline styles only (mail clients drop stylesheets), system fonts, and
 * colours that keep at least 4.5:1 contrast: body text on white and white on the indigo accent.
 */
const colors = {
  accent: "#4f46e5",
  text: "#1f2937",
  muted: "#4b5563",
  border: "#e5e7eb",
  page: "#f4f5fb",
};

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const styles = {
  body: { backgroundColor: colors.page, fontFamily, margin: 0, padding: "32px 0" },
  container: { maxWidth: "560px", margin: "0 auto", padding: "0 16px" },
  wordmark: {
    color: colors.accent,
    fontSize: "22px",
    fontWeight: 700,
    letterSpacing: "-0.02em",
    margin: "0 0 16px",
  },
  card: {
    backgroundColor: "#ffffff",
    border: `1px solid ${colors.border}`,
    borderTop: `4px solid ${colors.accent}`,
    borderRadius: "8px",
    padding: "32px",
  },
  heading: { color: colors.text, fontSize: "22px", lineHeight: "30px", margin: "0 0 16px" },
  text: { color: colors.text, fontSize: "16px", lineHeight: "26px", margin: "0 0 16px" },
  small: { color: colors.muted, fontSize: "14px", lineHeight: "22px", margin: "0 0 12px" },
  button: {
    backgroundColor: colors.accent,
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "16px",
    fontWeight: 600,
    padding: "12px 24px",
    textDecoration: "none",
  },
  buttonRow: { margin: "8px 0 24px" },
  link: { color: colors.accent, textDecoration: "underline", wordBreak: "break-all" },
  hr: { borderColor: colors.border, margin: "24px 0" },
  footer: { color: colors.muted, fontSize: "12px", lineHeight: "18px", margin: "16px 0 0" },
} satisfies Record<string, CSSProperties>;

export function Layout({
  locale,
  preview,
  footer,
  children,
}: {
  locale: Locale;
  /** The line inbox lists show next to the subject. */
  preview: string;
  /** Why the recipient got this email. */
  footer: string;
  children: ReactNode;
}) {
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.wordmark}>Arco</Text>
          <Section style={styles.card}>{children}</Section>
          <Text style={styles.footer}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Title({ children }: { children: ReactNode }) {
  return (
    <Heading as="h1" style={styles.heading}>
      {children}
    </Heading>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={styles.text}>{children}</Text>;
}

export function Note({ children }: { children: ReactNode }) {
  return <Text style={styles.small}>{children}</Text>;
}

/**
 * The one action of the email, followed by the raw link for clients that block buttons. The
 * plain-text part already prints the button's link, so the fallback is left out of it.
 */
export function Action({
  locale,
  href,
  children,
}: {
  locale: Locale;
  href: string;
  children: ReactNode;
}) {
  const t = translator(locale, "layout");
  return (
    <>
      <Section style={styles.buttonRow}>
        <Button href={href} style={styles.button}>
          {children}
        </Button>
      </Section>
      <Hr style={styles.hr} data-skip-in-text="true" />
      <Text style={styles.small} data-skip-in-text="true">
        {t("buttonFallback")}{" "}
        <Link href={href} style={styles.link}>
          {href}
        </Link>
      </Text>
    </>
  );
}
