import { Heading, Link, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

/**
 * Pieces of the longer emails (the analysis report and the nurture sequence), in the palette of
 * `layout.tsx`: headings inside the card, list lines and a footnote link.
 */
const styles = {
  subheading: {
    color: "#1f2937",
    fontSize: "18px",
    lineHeight: "26px",
    margin: "24px 0 8px",
  },
  item: { color: "#1f2937", fontSize: "15px", lineHeight: "24px", margin: "0 0 10px" },
  fine: { color: "#4b5563", fontSize: "13px", lineHeight: "20px", margin: "16px 0 0" },
  link: { color: "#4f46e5", textDecoration: "underline" },
} satisfies Record<string, CSSProperties>;

export function Subheading({ children }: { children: ReactNode }) {
  return (
    <Heading as="h2" style={styles.subheading}>
      {children}
    </Heading>
  );
}

export function Item({ children }: { children: ReactNode }) {
  return <Text style={styles.item}>{children}</Text>;
}

export function InlineLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} style={styles.link}>
      {children}
    </Link>
  );
}

export function FinePrint({ children }: { children: ReactNode }) {
  return <Text style={styles.fine}>{children}</Text>;
}

/** The host of a URL for subjects and headings; the URL itself when it does not parse. */
export const hostOf = (url: string) => URL.parse(url)?.hostname ?? url;
