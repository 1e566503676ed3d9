import {
  Accessibility,
  Activity,
  BadgeCheck,
  Building2,
  FolderKanban,
  FolderOpen,
  Gauge,
  Globe,
  History,
  LifeBuoy,
  Megaphone,
  Search,
  Settings2,
  ShieldCheck,
  UserRoundCheck,
  Users,
} from "lucide-react";
import type { LucideIcon } from "lucide-react";

import { Pricing } from "~/components/landing/pricing";
import { SampleReport } from "~/components/landing/sample-report";
import { UrlForm } from "~/components/url-form";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardHeader } from "~/components/ui/card";
import { getCaller } from "~/trpc/server";

interface Feature {
  icon: LucideIcon;
  title: string;
  text: string;
}

const checks: Feature[] = [
  {
    icon: Search,
    title: "SEO",
    text: "Titles, meta descriptions, headings, canonical links, structured data and whether search engines are allowed to index the page.",
  },
  {
    icon: Gauge,
    title: "Performance",
    text: "Load time, page weight, render-blocking resources, image sizes and caching, measured the way your visitors experience them.",
  },
  {
    icon: ShieldCheck,
    title: "Security",
    text: "HTTPS and certificate, security headers, mixed content and cookie flags that protect the people using your site.",
  },
  {
    icon: Accessibility,
    title: "Accessibility",
    text: "Text alternatives, colour contrast, form labels, heading order and landmarks, so everyone can use the page.",
  },
  {
    icon: BadgeCheck,
    title: "Best practices",
    text: "A valid document, no console errors or deprecated APIs, a mobile viewport and the details browsers expect.",
  },
  {
    icon: History,
    title: "Keep your history",
    text: "Create a free account to keep every report, run the analysis again after a fix and receive the report by email.",
  },
];

const audiences = [
  {
    icon: Globe,
    who: "Anyone with a website",
    title: "Instant site analysis",
    text: "Paste a URL, get a score for SEO, performance, security, accessibility and best practices, and the fixes that matter. Free.",
    href: "#analysis",
    link: "How the analysis works",
  },
  {
    icon: Building2,
    who: "Our clients",
    title: "One dashboard for your digital presence",
    text: "Projects, domains, support tickets, files, performance, uptime and campaigns, on a plan that fits: free, basic, pro or enterprise.",
    href: "#clients",
    link: "What clients get",
  },
  {
    icon: Users,
    who: "The agency team",
    title: "Every client in one place",
    text: "Work the ticket queue, see each client as they see themselves through audited impersonation, and configure the platform.",
    href: "#agency",
    link: "How the team works",
  },
] as const;

const clientFeatures: Feature[] = [
  {
    icon: FolderKanban,
    title: "Projects",
    text: "Milestones, deliveries and progress for everything we build with you.",
  },
  {
    icon: Globe,
    title: "Domains",
    text: "Renewal dates, DNS and certificates for each of your domains.",
  },
  {
    icon: LifeBuoy,
    title: "Support tickets",
    text: "Open a ticket, follow the conversation and see how much of your monthly allowance is left.",
  },
  {
    icon: FolderOpen,
    title: "Files",
    text: "Brand assets, contracts and deliverables, organized in folders within your storage.",
  },
  {
    icon: Activity,
    title: "Performance and uptime",
    text: "Scheduled audits, uptime checks and incidents, with trends so you see what changed.",
  },
  {
    icon: Megaphone,
    title: "Campaigns",
    text: "Spend, clicks and conversions of your ad campaigns next to your site’s numbers.",
  },
];

const agencyFeatures: Feature[] = [
  {
    icon: Users,
    title: "Every client in one place",
    text: "Organizations, plans, usage, open tickets and site health across all clients, with the ticket queue, business metrics and the audit log beside them.",
  },
  {
    icon: UserRoundCheck,
    title: "Audited impersonation",
    text: "See exactly what a client sees. Each session needs a reason, ends within an hour and records every action under both names. Billing, credentials and deletions stay locked.",
  },
  {
    icon: Settings2,
    title: "Platform configuration",
    text: "Plans and limits, AI providers and which tasks they handle, backups and deploy servers, all managed from the admin area.",
  },
];

function SectionIntro({
  id,
  eyebrow,
  title,
  children,
}: {
  id: string;
  eyebrow: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <div className="max-w-2xl">
      <p className="text-sm font-semibold text-primary">{eyebrow}</p>
      <h2 id={id} className="mt-2 text-3xl font-semibold tracking-tight text-balance sm:text-4xl">
        {title}
      </h2>
      <p className="mt-4 text-lg text-pretty text-muted-foreground">{children}</p>
    </div>
  );
}

function FeatureIcon({ icon: Icon }: { icon: LucideIcon }) {
  return (
    <span className="grid size-10 shrink-0 place-items-center rounded-lg bg-primary/10 text-primary">
      <Icon aria-hidden className="size-5" />
    </span>
  );
}

// Prices and limits come from the plans table, which admins edit: render per request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const plans = await (await getCaller()).plans.list();
  return (
    <>
      <section aria-labelledby="hero-title" className="relative isolate overflow-hidden">
        <div
          aria-hidden
          className="absolute inset-0 -z-10 bg-[radial-gradient(70%_60%_at_50%_0%,color-mix(in_oklch,var(--primary)_16%,transparent),transparent)]"
        />
        <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 pt-16 pb-20 sm:px-6 sm:pt-24 lg:grid-cols-[1.1fr_1fr] lg:gap-16 lg:pb-28">
          <div>
            <Badge variant="outline" className="bg-background/60 px-3 py-1 text-sm">
              Free website analysis
            </Badge>
            <h1
              id="hero-title"
              className="mt-5 text-4xl font-semibold tracking-tight text-balance sm:text-5xl lg:text-6xl"
            >
              Find out what’s holding your website back
            </h1>
            <p className="mt-5 max-w-xl text-lg text-pretty text-muted-foreground">
              Paste an address and Arco checks the page for SEO, performance, security,
              accessibility and best practices. You get a score for each and concrete fixes you can
              act on today.
            </p>
            <UrlForm className="mt-8 max-w-xl" />
          </div>
          <SampleReport />
        </div>
      </section>

      <section aria-labelledby="audiences-title" className="border-y bg-muted/40 py-16 sm:py-24">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <SectionIntro
            id="audiences-title"
            eyebrow="One platform"
            title="Built for everyone who works on your site"
          >
            Arco is where our agency runs its business: the free analysis anyone can use, the
            dashboard our clients rely on and the tools our team works with every day.
          </SectionIntro>
          <ul className="mt-12 grid gap-6 md:grid-cols-3">
            {audiences.map((audience) => (
              <li key={audience.who} className="flex">
                <Card className="w-full">
                  <CardHeader className="gap-4">
                    <FeatureIcon icon={audience.icon} />
                    <div>
                      <p className="text-sm font-medium text-muted-foreground">{audience.who}</p>
                      <h3 className="mt-1 text-xl font-semibold">{audience.title}</h3>
                    </div>
                  </CardHeader>
                  <CardContent className="flex flex-1 flex-col justify-between gap-6">
                    <p className="text-muted-foreground">{audience.text}</p>
                    <a
                      href={audience.href}
                      className="w-fit rounded-sm text-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                    >
                      {audience.link}
                      <span aria-hidden> →</span>
                    </a>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section id="analysis" aria-labelledby="analysis-title" className="py-16 sm:py-24">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <SectionIntro
            id="analysis-title"
            eyebrow="Site analysis"
            title="Five checks, one clear score"
          >
            Each analysis looks at the page the way search engines, browsers and visitors do, and
            explains every problem in plain language with the fix next to it.
          </SectionIntro>
          <ul className="mt-12 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
            {checks.map((check) => (
              <li key={check.title} className="flex gap-4">
                <FeatureIcon icon={check.icon} />
                <div>
                  <h3 className="font-semibold">{check.title}</h3>
                  <p className="mt-1.5 text-muted-foreground">{check.text}</p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section
        id="clients"
        aria-labelledby="clients-title"
        className="border-y bg-muted/40 py-16 sm:py-24"
      >
        <div className="mx-auto grid max-w-6xl gap-12 px-4 sm:px-6 lg:grid-cols-[1fr_1.4fr] lg:gap-16">
          <div className="lg:sticky lg:top-28 lg:self-start">
            <SectionIntro
              id="clients-title"
              eyebrow="For clients"
              title="Your whole digital presence, one dashboard"
            >
              No more chasing updates by email. Follow your projects, ask for help and watch how
              your site performs, with your team invited and the limits of your plan always in view.
            </SectionIntro>
            <p className="mt-6 text-muted-foreground">
              Pro and Enterprise add AI insights that turn your numbers into next steps.
            </p>
          </div>
          <ul className="grid gap-4 sm:grid-cols-2">
            {clientFeatures.map((feature) => (
              <li key={feature.title} className="flex">
                <Card className="w-full gap-4">
                  <CardHeader className="gap-4">
                    <FeatureIcon icon={feature.icon} />
                    <h3 className="font-semibold">{feature.title}</h3>
                  </CardHeader>
                  <CardContent>
                    <p className="text-sm text-muted-foreground">{feature.text}</p>
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section id="agency" aria-labelledby="agency-title" className="py-16 sm:py-24">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <SectionIntro
            id="agency-title"
            eyebrow="For the agency team"
            title="Run every account from one place"
          >
            The admin area gives our team the full picture and the controls to act on it, with every
            sensitive step on the record.
          </SectionIntro>
          <ul className="mt-12 grid gap-6 md:grid-cols-3">
            {agencyFeatures.map((feature) => (
              <li key={feature.title} className="rounded-xl border p-6">
                <FeatureIcon icon={feature.icon} />
                <h3 className="mt-5 font-semibold">{feature.title}</h3>
                <p className="mt-2 text-muted-foreground">{feature.text}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <div className="border-t">
        <Pricing plans={plans} />
      </div>

      <section aria-labelledby="cta-title" className="px-4 pb-16 sm:px-6 sm:pb-24">
        <div className="mx-auto grid max-w-6xl gap-8 rounded-2xl bg-primary px-6 py-12 text-primary-foreground sm:px-12 lg:grid-cols-2 lg:items-center">
          <div>
            <h2 id="cta-title" className="text-3xl font-semibold tracking-tight text-balance">
              See how your site scores
            </h2>
            <p className="mt-3 text-lg text-pretty opacity-90">
              It takes an address and a few seconds. No account, no card.
            </p>
          </div>
          <div className="rounded-xl bg-background p-5 text-foreground shadow-lg">
            <UrlForm />
          </div>
        </div>
      </section>
    </>
  );
}
