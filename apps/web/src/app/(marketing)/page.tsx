import {
  Accessibility,
  BadgeCheck,
  Building2,
  ChartLine,
  CreditCard,
  FolderKanban,
  FolderOpen,
  Gauge,
  Globe,
  History,
  Inbox,
  LifeBuoy,
  ListChecks,
  ScanSearch,
  ScrollText,
  Search,
  ShieldCheck,
  SlidersHorizontal,
  UserPlus,
  UserRoundCog,
  Users,
} from "lucide-react";
import type { LucideIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";

import { Pricing } from "~/components/landing/pricing";
import { SampleReport } from "~/components/landing/sample-report";
import { UrlForm } from "~/components/url-form";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardHeader } from "~/components/ui/card";
import { getCaller } from "~/trpc/server";

/** The five checks, keyed like `marketing.categories` and `home.analysis.checks`. */
const checks = [
  { key: "seo", icon: Search },
  { key: "performance", icon: Gauge },
  { key: "security", icon: ShieldCheck },
  { key: "accessibility", icon: Accessibility },
  { key: "bestPractices", icon: BadgeCheck },
] as const;

const audiences = [
  { key: "analysis", icon: Globe },
  { key: "clients", icon: Building2 },
  { key: "agency", icon: Users },
] as const;

const clientFeatures = [
  { key: "projects", icon: FolderKanban },
  { key: "domains", icon: Globe },
  { key: "tickets", icon: LifeBuoy },
  { key: "files", icon: FolderOpen },
  { key: "members", icon: UserPlus },
  { key: "analyses", icon: ScanSearch },
  { key: "billing", icon: CreditCard },
] as const;

const agencyFeatures = [
  { key: "tickets", icon: ListChecks },
  { key: "clients", icon: Users },
  { key: "impersonation", icon: UserRoundCog },
  { key: "audit", icon: ScrollText },
  { key: "metrics", icon: ChartLine },
  { key: "plans", icon: SlidersHorizontal },
  { key: "outbox", icon: Inbox },
] as const;

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

function AnalysisPoint({ icon, title, text }: { icon: LucideIcon; title: string; text: string }) {
  return (
    <li className="flex gap-4">
      <FeatureIcon icon={icon} />
      <div>
        <h3 className="font-semibold">{title}</h3>
        <p className="mt-1.5 text-muted-foreground">{text}</p>
      </div>
    </li>
  );
}

// Prices and limits come from the plans table, which admins edit: render per request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [plans, t] = await Promise.all([
    getCaller().then((caller) => caller.plans.list()),
    getTranslations("marketing"),
  ]);
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
              {t("home.hero.badge")}
            </Badge>
            <h1
              id="hero-title"
              className="mt-5 text-4xl font-semibold tracking-tight text-balance sm:text-5xl lg:text-6xl"
            >
              {t("home.hero.title")}
            </h1>
            <p className="mt-5 max-w-xl text-lg text-pretty text-muted-foreground">
              {t("home.hero.text")}
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
            eyebrow={t("home.audiences.eyebrow")}
            title={t("home.audiences.title")}
          >
            {t("home.audiences.text")}
          </SectionIntro>
          <ul className="mt-12 grid gap-6 md:grid-cols-3">
            {audiences.map((audience) => (
              <li key={audience.key} className="flex">
                <Card className="w-full">
                  <CardHeader className="gap-4">
                    <FeatureIcon icon={audience.icon} />
                    <div>
                      <p className="text-sm font-medium text-muted-foreground">
                        {t(`home.audiences.${audience.key}.who`)}
                      </p>
                      <h3 className="mt-1 text-xl font-semibold">
                        {t(`home.audiences.${audience.key}.title`)}
                      </h3>
                    </div>
                  </CardHeader>
                  <CardContent className="flex flex-1 flex-col justify-between gap-6">
                    <p className="text-muted-foreground">
                      {t(`home.audiences.${audience.key}.text`)}
                    </p>
                    <a
                      href={`#${audience.key}`}
                      className="w-fit rounded-sm text-sm font-medium text-primary underline-offset-4 outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                    >
                      {t(`home.audiences.${audience.key}.link`)}
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
            eyebrow={t("home.analysis.eyebrow")}
            title={t("home.analysis.title")}
          >
            {t("home.analysis.text")}
          </SectionIntro>
          <ul className="mt-12 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
            {checks.map((check) => (
              <AnalysisPoint
                key={check.key}
                icon={check.icon}
                title={t(`categories.${check.key}`)}
                text={t(`home.analysis.checks.${check.key}`)}
              />
            ))}
            <AnalysisPoint
              icon={History}
              title={t("home.analysis.history.title")}
              text={t("home.analysis.history.text")}
            />
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
              eyebrow={t("home.clients.eyebrow")}
              title={t("home.clients.title")}
            >
              {t("home.clients.text")}
            </SectionIntro>
          </div>
          <ul className="grid gap-4 sm:grid-cols-2">
            {clientFeatures.map((feature) => (
              // An odd last card takes the whole row rather than leave a hole beside it.
              <li key={feature.key} className="flex sm:last:odd:col-span-2">
                <Card className="w-full gap-4">
                  <CardHeader className="gap-4">
                    <FeatureIcon icon={feature.icon} />
                    <h3 className="font-semibold">
                      {t(`home.clients.features.${feature.key}.title`)}
                    </h3>
                  </CardHeader>
                  <CardContent>
                    <p className="text-sm text-muted-foreground">
                      {t(`home.clients.features.${feature.key}.text`)}
                    </p>
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
            eyebrow={t("home.agency.eyebrow")}
            title={t("home.agency.title")}
          >
            {t("home.agency.text")}
          </SectionIntro>
          <ul className="mt-12 grid gap-6 md:grid-cols-3">
            {agencyFeatures.map((feature) => (
              // A last card alone on its row takes the whole row.
              <li
                key={feature.key}
                className="rounded-xl border p-6 md:[&:last-child:nth-child(3n+1)]:col-span-3"
              >
                <FeatureIcon icon={feature.icon} />
                <h3 className="mt-5 font-semibold">
                  {t(`home.agency.features.${feature.key}.title`)}
                </h3>
                <p className="mt-2 text-muted-foreground">
                  {t(`home.agency.features.${feature.key}.text`)}
                </p>
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
              {t("home.cta.title")}
            </h2>
            <p className="mt-3 text-lg text-pretty opacity-90">{t("home.cta.text")}</p>
          </div>
          <div className="rounded-xl bg-background p-5 text-foreground shadow-lg">
            <UrlForm />
          </div>
        </div>
      </section>
    </>
  );
}
