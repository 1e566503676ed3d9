"use client";

import type { RouterOutputs } from "@arco/api";
import { useFormatter, useTranslations } from "next-intl";

import { Badge } from "~/components/ui/badge";
import { Card } from "~/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { scoreTone } from "~/lib/score";
import { cn } from "~/lib/utils";

type Lead = RouterOutputs["admin"]["leads"]["list"]["items"][number];

/** Emails in the nurture sequence (days 3, 7, 14 and 30). */
const NURTURE_EMAILS = 4;

/**
 * One row per lead: its address, where it came from and the analyses it left it on, its consent,
 * where its emails stand and, once it signed up, the person's organization and whether it pays.
 * An unsubscribed lead is marked: it is never emailed again.
 */
export function LeadsTable({ leads }: { leads: Lead[] }) {
  const t = useTranslations("adminLeads.list");
  const tStatus = useTranslations("adminLeads.nurtureStatus");
  const tSource = useTranslations("adminLeads.source");
  const format = useFormatter();
  const sourceLabel = (source: string | null) =>
    source === "report-email" || source === "sign-up-prompt" ? tSource(source) : (source ?? "—");

  return (
    <Card className="py-2">
      <div className="overflow-x-auto">
        <Table>
          <caption className="sr-only">{t("caption")}</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="pl-6">{t("lead")}</TableHead>
              <TableHead>{t("analyses")}</TableHead>
              <TableHead>{t("consent")}</TableHead>
              <TableHead>{t("nurture")}</TableHead>
              <TableHead className="pr-6">{t("conversion")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {leads.map((lead) => (
              <TableRow key={lead.email} className={cn(lead.unsubscribedAt && "bg-muted/40")}>
                <TableCell className="min-w-60 pl-6 align-top">
                  <span className="block font-medium" translate="no">
                    {lead.email}
                  </span>
                  {lead.name ? (
                    <span className="block text-sm text-muted-foreground">{lead.name}</span>
                  ) : null}
                  <span className="block text-xs text-muted-foreground">
                    {t("captured", {
                      source: sourceLabel(lead.source),
                      date: format.dateTime(lead.createdAt, "date"),
                    })}
                  </span>
                  {lead.unsubscribedAt ? (
                    <Badge variant="destructive" className="mt-1">
                      {t("unsubscribed", { date: format.dateTime(lead.unsubscribedAt, "date") })}
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell className="min-w-56 align-top">
                  {lead.analyses.length === 0 ? (
                    <span className="text-muted-foreground">{t("noAnalyses")}</span>
                  ) : (
                    <ul className="grid gap-1 text-sm">
                      {lead.analyses.map((analysis) => (
                        <li key={`${analysis.url}-${analysis.createdAt.toISOString()}`}>
                          <span
                            className="block max-w-64 truncate"
                            translate="no"
                            title={analysis.url}
                          >
                            {analysis.url}
                          </span>
                          <span className="text-xs text-muted-foreground">
                            {analysis.score === null ? (
                              t("noScore")
                            ) : (
                              <span className={cn("font-medium", scoreTone(analysis.score).text)}>
                                {t("score", { score: analysis.score })}
                              </span>
                            )}
                            {" · "}
                            {format.dateTime(analysis.createdAt, "date")}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </TableCell>
                <TableCell className="align-top">
                  {lead.consent && lead.consentAt ? (
                    <span className="text-sm">
                      {t("consented", { date: format.dateTime(lead.consentAt, "date") })}
                    </span>
                  ) : (
                    <span className="text-sm text-muted-foreground">{t("noConsent")}</span>
                  )}
                </TableCell>
                <TableCell className="min-w-40 align-top">
                  <Badge variant="outline">{tStatus(lead.nurtureStatus)}</Badge>
                  <span className="mt-1 block text-xs text-muted-foreground">
                    {t("step", { sent: lead.nurtureStep, total: NURTURE_EMAILS })}
                  </span>
                  {lead.nurtureStatus === "active" && lead.nextNurtureAt ? (
                    <span className="block text-xs text-muted-foreground">
                      {t("nextEmail", { date: format.dateTime(lead.nextNurtureAt, "date") })}
                    </span>
                  ) : null}
                </TableCell>
                <TableCell className="min-w-48 pr-6 align-top">
                  {lead.convertedAt ? (
                    <div className="grid gap-1">
                      <span className="flex flex-wrap gap-1">
                        <Badge variant="secondary">{t("signedUp")}</Badge>
                        {lead.convertedOrg?.pays ? (
                          <Badge variant="outline" className="border-success/50 text-success">
                            {t("paying")}
                          </Badge>
                        ) : null}
                      </span>
                      <span className="text-xs text-muted-foreground">
                        {format.dateTime(lead.convertedAt, "date")}
                        {lead.convertedOrg ? ` · ${lead.convertedOrg.name}` : ""}
                      </span>
                    </div>
                  ) : (
                    <span className="text-sm text-muted-foreground">{t("notConverted")}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Card>
  );
}
