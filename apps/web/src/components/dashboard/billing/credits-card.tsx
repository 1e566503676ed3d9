"use client";

import { useInfiniteQuery, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { Coins, LoaderCircle } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";

import type { RouterOutputs } from "@arco/api";
import { creditEntryTypes } from "@arco/api/schemas/billing";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import { Button } from "~/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "~/components/ui/card";
import { Label } from "~/components/ui/label";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "~/components/ui/table";
import { nativeSelect } from "~/lib/native-select";
import { cn } from "~/lib/utils";
import { useTRPC } from "~/trpc/react";

import { useMoney } from "./money";
import { ledgerQuery } from "./queries";
import type { LedgerType } from "./queries";
import { useStripeRedirect } from "./use-stripe-redirect";

type Pack = RouterOutputs["billing"]["overview"]["packs"][number];

/** The balance, the top-ups on sale, what operations cost, and the history of every change. */
export function CreditsCard({ packs, awaiting }: { packs: Pack[]; awaiting: boolean }) {
  const t = useTranslations("billing.credits");
  const format = useFormatter();
  const trpc = useTRPC();
  const { data: balance } = useSuspenseQuery(
    trpc.billing.balance.queryOptions(undefined, { refetchInterval: awaiting ? 3000 : false }),
  );
  return (
    <Card id="credits" className="scroll-mt-20">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Coins aria-hidden className="size-4 text-primary" />
          <h2>{t("title")}</h2>
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-3">
          <div className="grid content-start gap-1">
            <p className="text-sm text-muted-foreground">{t("balance")}</p>
            <p className="text-3xl font-semibold" data-testid="credit-balance">
              {t("balanceValue", { count: balance.balance })}
            </p>
            <p className="text-sm text-muted-foreground">
              {t("lifetime", {
                granted: format.number(balance.lifetimeGranted),
                used: format.number(balance.lifetimeUsed),
              })}
            </p>
          </div>
          <TopUps packs={packs} />
          <Prices />
        </div>
        <Ledger />
      </CardContent>
    </Card>
  );
}

function TopUps({ packs }: { packs: Pack[] }) {
  const t = useTranslations("billing.credits");
  const format = useFormatter();
  const money = useMoney();
  const { topUp } = useStripeRedirect();
  const [buying, setBuying] = useState<string | null>(null);
  const onSale = packs.filter((pack) => pack.onSale);
  if (onSale.length === 0) return null;
  return (
    <section aria-labelledby="top-ups" className="grid gap-2">
      <h3 id="top-ups" className="text-sm font-medium">
        {t("topUp")}
      </h3>
      <ul className="grid gap-2">
        {onSale.map((pack) => (
          <li
            key={pack.id}
            className="flex items-center justify-between gap-3 rounded-lg border p-3"
          >
            <p className="font-medium">{t("pack", { credits: format.number(pack.credits) })}</p>
            <Button
              type="button"
              size="sm"
              variant="outline"
              disabled={buying !== null}
              onClick={() => {
                setBuying(pack.id);
                topUp.mutate({ packId: pack.id }, { onError: () => setBuying(null) });
              }}
            >
              {buying === pack.id ? <LoaderCircle aria-hidden className="animate-spin" /> : null}
              {t("buy", { price: money(pack.priceCents, pack.currency) })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The operations' names and units in the reader's language; one added later shows as stored. */
const operationKeys: Record<string, "aiText" | "aiImage" | "performanceAudit" | "reportPdf"> = {
  "ai.text": "aiText",
  "ai.image": "aiImage",
  "performance.audit": "performanceAudit",
  "report.pdf": "reportPdf",
};

function Prices() {
  const t = useTranslations("billing.credits");
  const trpc = useTRPC();
  const prices = useQuery(trpc.billing.pricing.queryOptions());
  if (!prices.data || prices.data.length === 0) return null;
  return (
    <section aria-labelledby="credit-prices" className="grid gap-2">
      <h3 id="credit-prices" className="text-sm font-medium">
        {t("prices")}
      </h3>
      <ul className="grid gap-1 text-sm">
        {prices.data.map((price) => {
          const key = operationKeys[price.operation];
          return (
            <li key={price.operation} className="flex justify-between gap-4">
              <span>{key ? t(`operations.${key}`) : price.operation}</span>
              <span className="text-muted-foreground tabular-nums">
                {t("perUnit", {
                  count: price.creditsPerUnit,
                  unit: key ? t(`units.${key}`) : price.unit,
                })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Ledger() {
  const t = useTranslations("billing.credits");
  const format = useFormatter();
  const trpc = useTRPC();
  const [type, setType] = useState<LedgerType | "">("");
  const ledger = useInfiniteQuery(ledgerQuery(trpc, type || undefined));
  return (
    <section aria-labelledby="credit-ledger" className="grid gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h3 id="credit-ledger" className="text-sm font-medium">
          {t("ledger")}
        </h3>
        <div className="grid w-52 gap-1">
          <Label htmlFor="ledger-type">{t("filter")}</Label>
          <select
            id="ledger-type"
            className={nativeSelect}
            value={type}
            onChange={(event) => setType(event.target.value as LedgerType | "")}
          >
            <option value="">{t("allTypes")}</option>
            {creditEntryTypes.map((value) => (
              <option key={value} value={value}>
                {t(`types.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ListStates
        query={ledger}
        items={ledger.data?.pages.flatMap((page) => page.items)}
        loadingLabel={t("loading")}
        rows={4}
        rowClassName="h-9"
        empty={<EmptyState icon={Coins} title={type ? t("emptyFiltered") : t("empty")} />}
      >
        {(items) => (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.when")}</TableHead>
                <TableHead>{t("columns.what")}</TableHead>
                <TableHead className="text-right">{t("columns.amount")}</TableHead>
                <TableHead className="hidden text-right sm:table-cell">
                  {t("columns.balance")}
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell className="whitespace-nowrap">
                    <time dateTime={entry.createdAt.toISOString()}>
                      {format.dateTime(entry.createdAt, "date")}
                    </time>
                  </TableCell>
                  <TableCell>
                    <span className="font-medium">{t(`types.${entry.type}`)}</span>
                    {entry.description ? (
                      <span className="block text-xs text-muted-foreground" translate="no">
                        {entry.description}
                      </span>
                    ) : null}
                  </TableCell>
                  <TableCell
                    className={cn(
                      "text-right tabular-nums",
                      entry.amount > 0 ? "text-success" : "text-foreground",
                    )}
                  >
                    {format.number(entry.amount, { signDisplay: "always" })}
                  </TableCell>
                  <TableCell className="hidden text-right tabular-nums sm:table-cell">
                    {format.number(entry.balanceAfter)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </ListStates>
    </section>
  );
}
