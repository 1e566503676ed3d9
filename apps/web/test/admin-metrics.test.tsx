// @vitest-environment jsdom
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { FunnelCard } from "~/components/admin/metrics/funnel-card";
import { KpiTiles } from "~/components/admin/metrics/kpi-tiles";
import { MovementsCard, RevenueCard } from "~/components/admin/metrics/revenue-cards";
import { SlaCard, TicketVolumeCard } from "~/components/admin/metrics/support-cards";
import { StorageCard, TiersCard } from "~/components/admin/metrics/tier-cards";
import type { BusinessMetrics } from "~/components/admin/metrics/types";
import type { Locale } from "~/i18n/locales";

import { WithIntl } from "./intl";

const month = (m: string, values: Partial<BusinessMetrics["revenue"][number]> = {}) => ({
  month: m,
  mrrCents: 0,
  payingClients: 0,
  new: 0,
  churned: 0,
  ...values,
});
const group = (values: Partial<BusinessMetrics["sla"][number]>) => ({
  responseSlaHours: null,
  tiers: [],
  met: 0,
  breached: 0,
  compliance: null,
  answered: 0,
  firstResponseSeconds: null,
  ...values,
});

/** The business of a small agency over three months. */
const metrics: BusinessMetrics = {
  months: 3,
  currency: "BRL",
  summary: {
    mrrCents: 673_550,
    arrCents: 8_082_600,
    activeClients: 6,
    churnedThisMonth: 1,
    churnRate: 1 / 6,
  },
  revenue: [
    month("2026-03", { mrrCents: 508_500, payingClients: 6, new: 1 }),
    month("2026-04", { mrrCents: 553_550, payingClients: 6, new: 1, churned: 1 }),
    month("2026-05", { mrrCents: 673_550, payingClients: 6, new: 1, churned: 1 }),
  ],
  tiers: [
    { tier: "free", clients: 4 },
    { tier: "basic", clients: 1 },
    { tier: "pro", clients: 4 },
    { tier: "enterprise", clients: 1 },
  ],
  tickets: [
    { month: "2026-03", opened: 3 },
    { month: "2026-04", opened: 4 },
    { month: "2026-05", opened: 2 },
  ],
  sla: [
    group({ tiers: ["free"], answered: 1, firstResponseSeconds: 5 * 3600 }),
    group({
      responseSlaHours: 24,
      tiers: ["basic"],
      met: 3,
      breached: 1,
      compliance: 0.75,
      answered: 4,
      firstResponseSeconds: 9 * 3600,
    }),
    group({ responseSlaHours: 2, met: 0, breached: 1, compliance: 0, answered: 1 }),
    group({ responseSlaHours: 1, tiers: ["enterprise"] }),
  ],
  storage: [
    { tier: "free", bytes: 27_000 },
    { tier: "basic", bytes: 1_000 },
    { tier: "pro", bytes: 17_000 },
    { tier: "enterprise", bytes: 10_000 },
  ],
  funnel: { analyses: 40, leads: 10, signUps: 4, payingOrganizations: 1 },
};

/** Nothing happened yet: a new installation. */
const quiet: BusinessMetrics = {
  ...metrics,
  summary: { mrrCents: 0, arrCents: 0, activeClients: 0, churnedThisMonth: 0, churnRate: null },
  revenue: metrics.revenue.map((m) => month(m.month)),
  tiers: metrics.tiers.map((t) => ({ ...t, clients: 0 })),
  tickets: metrics.tickets.map((m) => ({ ...m, opened: 0 })),
  sla: metrics.sla.map((g) => group({ responseSlaHours: g.responseSlaHours, tiers: g.tiers })),
  storage: metrics.storage.map((t) => ({ ...t, bytes: 0 })),
  funnel: { analyses: 0, leads: 0, signUps: 0, payingOrganizations: 0 },
};

function text(node: ReactNode, locale: Locale = "en") {
  const markup = renderToStaticMarkup(<WithIntl locale={locale}>{node}</WithIntl>);
  return new DOMParser().parseFromString(markup, "text/html");
}

const rows = (document: Document, selector = "table tr") =>
  [...document.querySelectorAll(selector)].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  );

describe("the business metrics on the admin home", () => {
  it("heads the page with MRR, ARR, paying clients and this month's churn, in reais", () => {
    const tiles = rows(text(<KpiTiles metrics={metrics} />, "pt-BR"), "dl > div");
    expect(tiles).toEqual([
      ["MRR", "R$\u00a06.735,50", "Receita recorrente mensal, neste momento"],
      ["ARR", "R$\u00a080.826", "Doze vezes o MRR"],
      ["Clientes pagantes", "6", "Em um plano pago agora"],
      ["Cancelamentos no mês", "1", "17% dos clientes que pagavam no fim do mês passado"],
    ]);
  });

  it("names each SLA promise by the plans making it, the clients' own limits apart", () => {
    const [, ...table] = rows(text(<SlaCard metrics={metrics} />)).slice(-5);
    expect(table).toEqual([
      ["Free · no response time", "—", "—", "5 hr"],
      ["Basic · within 24 hr", "75%", "3 of 4", "9 hr"],
      ["Clients' own limits · within 2 hr", "0%", "0 of 1", "—"],
      ["Enterprise · within 1 hr", "—", "—", "—"],
    ]);
  });

  it("gives each step of the funnel its share of the step before", () => {
    const funnel = text(<FunnelCard metrics={metrics} />);
    expect(rows(funnel, "ol > li")).toEqual([
      ["Analyses", "40"],
      ["Leads", "10", "25% of the step before"],
      ["Sign-ups", "4", "40% of the step before"],
      ["Paying organizations", "1", "25% of the step before"],
    ]);
  });

  it("says so, card by card, when there is nothing to count yet", () => {
    const cards = [RevenueCard, MovementsCard, TiersCard, TicketVolumeCard, SlaCard, StorageCard];
    const empty = [...cards, FunnelCard].map(
      (Card) => text(<Card metrics={quiet} />).querySelector("p.font-semibold")?.textContent,
    );
    expect(empty).toEqual([
      "No recurring revenue yet",
      "No client started or stopped paying in this period",
      "No client organizations yet",
      "No tickets were opened in this period",
      "No tickets were opened in this period",
      "No client has stored a file yet",
      "Nobody used the public analyzer in this period",
    ]);
    expect(text(<KpiTiles metrics={quiet} />).body.textContent).toContain(
      "Nobody was paying at the end of last month",
    );
  });
});
