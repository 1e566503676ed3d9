"use client";

import { useQuery, useSuspenseQueries } from "@tanstack/react-query";
import { CircleCheck, Circle, Sparkles } from "lucide-react";
import type { Route } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";

import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { seatsLeft } from "~/components/dashboard/team-meter";
import { useTRPC } from "~/trpc/react";

/**
 * A new organization's first screen: its first steps, ticked off as they are done, instead of a
 * page of zeros. Shown until the organization has a project or a domain and every step is done.
 */
export function WelcomeCard() {
  const trpc = useTRPC();
  const [{ data: org }, { data: projects }, { data: domains }] = useSuspenseQueries({
    queries: [
      trpc.orgs.current.queryOptions(),
      trpc.projects.overview.queryOptions(),
      trpc.domains.overview.queryOptions(),
    ],
  });
  const isNew = projects.counts.active + projects.counts.archived === 0 && domains.total === 0;
  // Only a new organization asks for its analyses: an established one never shows the card.
  const analyses = useQuery({ ...trpc.analyses.pages.queryOptions(), enabled: isNew });
  if (!isNew) return null;

  const teamSize = org.memberCount + org.pendingInvitations;
  const teamFull = seatsLeft(org.memberCount, org.pendingInvitations, org.plan.maxMembers) === 0;
  const steps: Step[] = [
    {
      id: "analysis",
      href: "/dashboard/analyses",
      done: (analyses.data?.length ?? 0) > 0,
    },
    { id: "domain", href: "/dashboard/domains", done: domains.total > 0 },
    {
      id: "team",
      href: "/dashboard/members",
      done: teamSize > 1,
      full: teamFull && teamSize <= 1 ? (org.plan.maxMembers ?? undefined) : undefined,
    },
  ];
  if (steps.every((step) => step.done)) return null;
  return <Checklist orgName={org.name} steps={steps} />;
}

interface Step {
  id: "analysis" | "domain" | "team";
  href: Route;
  done: boolean;
  /** The team step, when the plan has no seat for anyone else: how many seats it has. */
  full?: number;
}

function Checklist({ orgName, steps }: { orgName: string; steps: Step[] }) {
  const t = useTranslations("dashboard.overview.welcome");
  const done = steps.filter((step) => step.done).length;
  return (
    <Card className="border-primary/30 bg-primary/5">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Sparkles aria-hidden className="size-4 text-primary" />
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>
          {t("description", { org: orgName })}{" "}
          <span className="font-medium text-foreground">
            {t("progress", { done, total: steps.length })}
          </span>
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4 md:grid-cols-3">
          {steps.map((step) => (
            <li key={step.id} className="grid content-start gap-1.5">
              <p className="flex items-center gap-2 font-medium">
                {step.done ? (
                  <CircleCheck aria-hidden className="size-4 shrink-0 text-success" />
                ) : (
                  <Circle aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                )}
                <span className={step.done ? "text-muted-foreground line-through" : undefined}>
                  {t(`${step.id}.title`)}
                </span>
                {step.done ? <span className="sr-only">{t("done")}</span> : null}
              </p>
              <p className="text-sm text-muted-foreground">
                {step.id === "team" && step.full !== undefined
                  ? t("team.bodyFull", { count: step.full })
                  : step.id === "team"
                    ? t("team.body", { org: orgName })
                    : t(`${step.id}.body`)}
              </p>
              {step.done ? null : (
                <Link
                  href={step.href}
                  className="w-fit text-sm font-medium text-primary underline-offset-4 hover:underline"
                >
                  {t(`${step.id}.action`)}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
