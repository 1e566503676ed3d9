import type { ReactNode } from "react";

import type { NurtureDay } from "../types";
import { Action, Layout, Note, Paragraph, Title } from "./layout";
import { FinePrint, InlineLink, Item, hostOf } from "./sections";

export interface NurtureProps {
  day: NurtureDay;
  name: string | null;
  /** The site the lead analyzed, when known. */
  url: string | null;
  ctaUrl: string;
  unsubscribeUrl: string;
}

interface Message {
  subject: string;
  preview: string;
  title: string;
  body: ReactNode;
  action: string;
  note?: string;
}

function messageFor({ day, url }: Pick<NurtureProps, "day" | "url">): Message {
  const site = url ? hostOf(url) : "your site";
  switch (day) {
    case 3:
      return {
        subject: `The quickest wins for ${site}`,
        preview: "Small changes that move the score the most, each in minutes.",
        title: `The quickest wins for ${site}`,
        body: (
          <>
            <Paragraph>
              A few days ago you checked {url ?? "a site"} with Arco. Most sites gain the most from
              a handful of small changes, not a redesign:
            </Paragraph>
            <Item>
              <strong>Lighter images.</strong> Serve WebP or AVIF at the size they are shown, and
              give every image a width and height so the page does not jump while it loads.
            </Item>
            <Item>
              <strong>Compression and caching.</strong> Turn on gzip or Brotli for HTML, CSS and
              JavaScript, and long cache lifetimes for versioned files: usually one line of server
              configuration.
            </Item>
            <Item>
              <strong>Titles, descriptions and alt text.</strong> A unique title and meta
              description per page, and a text alternative for every image: search engines and
              screen readers read them first.
            </Item>
            <Item>
              <strong>Security headers.</strong> Strict-Transport-Security, X-Content-Type-Options
              and a Content-Security-Policy can be set by your host or CDN without touching the
              site.
            </Item>
          </>
        ),
        action: "Review your report",
        note: "Run the check again after each change to watch the score move.",
      };
    case 7:
      return {
        subject: "What a one-time check can't see",
        preview: "Downtime, expiring certificates and slow drift happen between checks.",
        title: "What a one-time check can't see",
        body: (
          <>
            <Paragraph>
              Your report is a snapshot of {site} at one moment. The problems that cost visitors
              most often happen between checks:
            </Paragraph>
            <Item>
              <strong>Downtime.</strong> A site that goes down at night loses visitors and ad spend
              until someone notices. Uptime monitoring checks around the clock and tells you first.
            </Item>
            <Item>
              <strong>Expiring certificates and domains.</strong> An expired SSL certificate shows
              visitors a full-page warning, and a lapsed domain can be lost for good. Arco tracks
              both and reminds you weeks ahead.
            </Item>
            <Item>
              <strong>Slow drift.</strong> A new plugin, a heavy banner or another tracking script
              wears performance down a little at a time. Regular checks show the trend, not just
              today&apos;s score.
            </Item>
          </>
        ),
        action: "Save your checks in a free account",
        note: "A free account keeps your reports and their history; monitoring comes with our paid plans.",
      };
    case 14:
      return {
        subject: "How Arco works with clients",
        preview: "One dashboard for your sites, support and campaigns, on the plan that fits.",
        title: "How Arco works with clients",
        body: (
          <>
            <Paragraph>
              Arco is the agency behind the check you ran. We build, run and grow websites for
              businesses, and every client works with us from one dashboard:
            </Paragraph>
            <Item>
              <strong>Projects and support.</strong> Ask for changes in a ticket, follow them to
              done, and see every answer in one place.
            </Item>
            <Item>
              <strong>Sites, domains and certificates.</strong> Monitoring, renewals and reports for
              every site we look after.
            </Item>
            <Item>
              <strong>Plans that grow with you.</strong> Start free with site analysis and a first
              project; paid plans add your team, faster support, AI insights and ad campaigns.
            </Item>
          </>
        ),
        action: "Compare the plans",
      };
    case 30:
      return {
        subject: `Want a hand with ${site}?`,
        preview: "Our team can go through your report with you, free of obligation.",
        title: `Want a hand with ${site}?`,
        body: (
          <Paragraph>
            It has been a month since you checked {url ?? "your site"}. If the fixes are still on
            your list, or you would rather someone else took care of them, our team can help: we
            will go through your report with you, tell you what matters most for your business and
            quote the work, with no obligation.
          </Paragraph>
        ),
        action: "Talk to our team",
        note: "This is the last email of this series.",
      };
  }
}

export const nurtureSubject = (props: Pick<NurtureProps, "day" | "url">) =>
  messageFor(props).subject;

export function NurtureEmail({ day, name, url, ctaUrl, unsubscribeUrl }: NurtureProps) {
  const message = messageFor({ day, url });
  return (
    <Layout
      preview={message.preview}
      footer="You received this email because you asked Arco for a site report and agreed to hear from us."
    >
      <Title>{message.title}</Title>
      <Paragraph>{name ? `Hi ${name},` : "Hi,"}</Paragraph>
      {message.body}
      <Action href={ctaUrl}>{message.action}</Action>
      {message.note ? <Note>{message.note}</Note> : null}
      <FinePrint>
        Don&apos;t want these emails? <InlineLink href={unsubscribeUrl}>Unsubscribe</InlineLink> and
        we won&apos;t send another.
      </FinePrint>
    </Layout>
  );
}
