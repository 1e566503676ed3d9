"use client";

import { useQuery } from "@tanstack/react-query";
import { Download, ExternalLink, ReceiptText } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Badge } from "~/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { useTRPC } from "~/trpc/react";

import { useMoney } from "./money";

const STATUSES = ["draft", "open", "paid", "uncollectible", "void"] as const;
type InvoiceStatus = (typeof STATUSES)[number];
const isStatus = (value: string | null): value is InvoiceStatus =>
  (STATUSES as readonly (string | null)[]).includes(value);

/** Stripe's invoices, each with its hosted page and PDF. */
export function InvoicesCard({
  stripeConfigured,
  hasCustomer,
}: {
  stripeConfigured: boolean;
  hasCustomer: boolean;
}) {
  const t = useTranslations("billing.invoices");
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <ReceiptText aria-hidden className="size-4 text-primary" />
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {stripeConfigured && hasCustomer ? (
          <Invoices />
        ) : (
          <EmptyState icon={ReceiptText} title={stripeConfigured ? t("empty") : t("noStripe")} />
        )}
      </CardContent>
    </Card>
  );
}

function Invoices() {
  const t = useTranslations("billing.invoices");
  const tPlan = useTranslations("billing.plan");
  const format = useFormatter();
  const money = useMoney();
  const trpc = useTRPC();
  const account = useQuery(trpc.billing.account.queryOptions());
  return (
    <ListStates
      query={account}
      items={account.data?.invoices}
      loadingLabel={tPlan("stripeLoading")}
      rows={3}
      rowClassName="h-9"
      empty={<EmptyState icon={ReceiptText} title={t("empty")} />}
    >
      {(invoices) => (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("columns.date")}</TableHead>
              <TableHead>{t("columns.number")}</TableHead>
              <TableHead className="text-right">{t("columns.amount")}</TableHead>
              <TableHead>{t("columns.status")}</TableHead>
              <TableHead>{t("columns.links")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {invoices.map((invoice) => {
              const number = invoice.number ?? invoice.id;
              return (
                <TableRow key={invoice.id}>
                  <TableCell className="whitespace-nowrap">
                    {format.dateTime(invoice.createdAt, "date")}
                  </TableCell>
                  <TableCell translate="no">{number}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {money(invoice.amountDue, invoice.currency)}
                  </TableCell>
                  <TableCell>
                    {isStatus(invoice.status) ? (
                      <Badge variant={invoice.status === "paid" ? "secondary" : "outline"}>
                        {t(`status.${invoice.status}`)}
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <div className="flex gap-3">
                      {invoice.hostedUrl ? (
                        <a
                          href={invoice.hostedUrl}
                          target="_blank"
                          rel="noreferrer"
                          className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline"
                          aria-label={t("view", { number })}
                        >
                          <ExternalLink aria-hidden className="size-4" />
                        </a>
                      ) : null}
                      {invoice.pdfUrl ? (
                        <a
                          href={invoice.pdfUrl}
                          className="inline-flex items-center gap-1 text-primary underline-offset-4 hover:underline"
                          aria-label={t("pdf", { number })}
                        >
                          <Download aria-hidden className="size-4" />
                          PDF
                        </a>
                      ) : null}
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </ListStates>
  );
}
