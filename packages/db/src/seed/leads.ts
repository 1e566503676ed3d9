import type { DbOrTx } from "../client";
import { auditLogs, leads, urlAnalyses } from "../schema";
import { seedId } from "./ids";

const DAY = 24 * 3600 * 1000;
/** The nurture emails go out this many days after consent (the services' schedule). */
const NURTURE_DAYS = [3, 7, 14, 30];

interface DemoLead {
  email: string;
  name?: string;
  daysAgo: number;
  consent: boolean;
  source: "report-email" | "sign-up-prompt";
  /** The pages they asked about, first one first: a later one only its capture's audit entry records. */
  sites: { url: string; score: number }[];
  /** Days after capture the address signed up, as this demo account. */
  signedUp?: { email: string; afterDays: number };
  /** Days after capture they followed the unsubscribe link. */
  unsubscribedAfterDays?: number;
}

/**
 * Ten weeks of the free analyzer's leads: with and without consent, some unsubscribed, some
 * who signed up — into the free demo organization, and into the paying Lumen and Vela.
 */
const demoLeads: DemoLead[] = [
  {
    email: "joana.ribeiro@mail.test",
    name: "Joana Ribeiro",
    daysAgo: 1,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://joana-doces.example/", score: 58 }],
  },
  {
    email: "marcos.lima@mail.test",
    daysAgo: 2,
    consent: false,
    source: "report-email",
    sites: [{ url: "https://oficina-lima.example/", score: 41 }],
  },
  {
    email: "ana.paula@mail.test",
    name: "Ana Paula",
    daysAgo: 4,
    consent: true,
    source: "sign-up-prompt",
    sites: [{ url: "https://anapaula-fotos.example/", score: 77 }],
  },
  {
    email: "rodrigo.alves@mail.test",
    name: "Rodrigo Alves",
    daysAgo: 6,
    consent: true,
    source: "report-email",
    sites: [
      { url: "https://alves-advocacia.example/", score: 64 },
      { url: "https://alves-advocacia.example/contato", score: 69 },
    ],
  },
  {
    email: "livia.castro@mail.test",
    daysAgo: 8,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://castro-pet.example/", score: 83 }],
    unsubscribedAfterDays: 4,
  },
  {
    email: "free@arco.test",
    name: "Beatriz Souza",
    daysAgo: 9,
    consent: true,
    source: "sign-up-prompt",
    sites: [{ url: "https://aurora-bakery.example/", score: 52 }],
    signedUp: { email: "free@arco.test", afterDays: 1 },
  },
  {
    email: "thiago.nunes@mail.test",
    daysAgo: 11,
    consent: false,
    source: "sign-up-prompt",
    sites: [{ url: "https://nunes-bikes.example/", score: 36 }],
  },
  {
    email: "carla.dias@mail.test",
    name: "Carla Dias",
    daysAgo: 13,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://dias-moveis.example/", score: 71 }],
  },
  {
    email: "pedro.santos@mail.test",
    daysAgo: 16,
    consent: true,
    source: "report-email",
    sites: [
      { url: "https://santos-imoveis.example/", score: 47 },
      { url: "https://santos-imoveis.example/aluguel", score: 44 },
    ],
  },
  {
    email: "owner@lumen.test",
    name: "Carla Mendes",
    daysAgo: 19,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://lumen-dental.example/", score: 66 }],
    signedUp: { email: "owner@lumen.test", afterDays: 2 },
  },
  {
    email: "renata.gomes@mail.test",
    daysAgo: 22,
    consent: false,
    source: "report-email",
    sites: [{ url: "https://gomes-flores.example/", score: 88 }],
  },
  {
    email: "bruno.farias@mail.test",
    name: "Bruno Farias",
    daysAgo: 25,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://farias-cafe.example/", score: 59 }],
    unsubscribedAfterDays: 8,
  },
  {
    email: "julia.moreira@mail.test",
    daysAgo: 29,
    consent: true,
    source: "sign-up-prompt",
    sites: [{ url: "https://moreira-yoga.example/", score: 91 }],
  },
  {
    email: "owner@vela.test",
    name: "Fernanda Alves",
    daysAgo: 33,
    consent: true,
    source: "report-email",
    sites: [
      { url: "https://vela-outdoor.example/", score: 62 },
      { url: "https://vela-outdoor.example/loja", score: 55 },
    ],
    signedUp: { email: "owner@vela.test", afterDays: 5 },
  },
  {
    email: "felipe.rocha@mail.test",
    daysAgo: 37,
    consent: false,
    source: "report-email",
    sites: [{ url: "https://rocha-contabil.example/", score: 49 }],
  },
  {
    email: "camila.martins@mail.test",
    name: "Camila Martins",
    daysAgo: 41,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://martins-moda.example/", score: 73 }],
  },
  {
    email: "member@vela.test",
    name: "Helena Rocha",
    daysAgo: 44,
    consent: false,
    source: "sign-up-prompt",
    sites: [{ url: "https://trilhas-helena.example/", score: 80 }],
    signedUp: { email: "member@vela.test", afterDays: 3 },
  },
  {
    email: "gustavo.pires@mail.test",
    daysAgo: 48,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://pires-auto.example/", score: 38 }],
    unsubscribedAfterDays: 15,
  },
  {
    email: "larissa.melo@mail.test",
    name: "Larissa Melo",
    daysAgo: 52,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://melo-estetica.example/", score: 68 }],
  },
  {
    email: "diego.teles@mail.test",
    daysAgo: 57,
    consent: false,
    source: "report-email",
    sites: [{ url: "https://teles-games.example/", score: 57 }],
  },
  {
    email: "patricia.reis@mail.test",
    name: "Patrícia Reis",
    daysAgo: 61,
    consent: true,
    source: "sign-up-prompt",
    sites: [{ url: "https://reis-turismo.example/", score: 85 }],
  },
  {
    email: "otavio.cunha@mail.test",
    daysAgo: 66,
    consent: true,
    source: "report-email",
    sites: [{ url: "https://cunha-pizzaria.example/", score: 45 }],
  },
];

/** Where a consenting lead's sequence stands `days` after consent: emails sent and what is next. */
function nurtureAfter(consentAt: Date, now: Date) {
  const sent = NURTURE_DAYS.filter((day) => consentAt.getTime() + day * DAY <= now.getTime());
  const next = NURTURE_DAYS[sent.length];
  return next === undefined
    ? { nurtureStep: sent.length, nurtureStatus: "completed" as const, nextNurtureAt: null }
    : { nurtureStep: sent.length, nextNurtureAt: new Date(consentAt.getTime() + next * DAY) };
}

/**
 * The leads console's demo data: each lead with the analyses it was captured on, its consent,
 * its nurture sequence as the job would have left it, unsubscribes, and sign-ups converted as
 * the sign-up converts them (the demo accounts must exist: run after the organizations).
 */
export async function seedLeads(tx: DbOrTx, now: Date) {
  for (const lead of demoLeads) {
    const id = (name: string) => seedId(`lead:${lead.email}:${name}`);
    const capturedAt = new Date(now.getTime() - lead.daysAgo * DAY);
    // The first page was analyzed just before the capture; each later one a day after the last.
    const analyses = lead.sites.map((site, i) => {
      const createdAt = new Date(capturedAt.getTime() - 3600_000 + i * DAY);
      return {
        id: id(`analysis:${i}`),
        url: site.url,
        normalizedUrl: site.url,
        status: "done" as const,
        score: site.score,
        createdAt,
        startedAt: createdAt,
        finishedAt: new Date(createdAt.getTime() + 9_000),
        durationMs: 9_000,
      };
    });
    await tx.insert(urlAnalyses).values(analyses).onConflictDoNothing();

    const unsubscribedAt =
      lead.unsubscribedAfterDays === undefined
        ? null
        : new Date(capturedAt.getTime() + lead.unsubscribedAfterDays * DAY);
    const convertedAt = lead.signedUp
      ? new Date(capturedAt.getTime() + lead.signedUp.afterDays * DAY)
      : null;
    const stopped = { nurtureStatus: "cancelled" as const, nextNurtureAt: null };
    const nurture =
      convertedAt || unsubscribedAt
        ? {
            ...stopped,
            nurtureStep: lead.consent
              ? nurtureAfter(capturedAt, convertedAt ?? unsubscribedAt!).nurtureStep
              : 0,
          }
        : lead.consent
          ? nurtureAfter(capturedAt, now)
          : { nurtureStep: 0 };
    await tx
      .insert(leads)
      .values({
        id: id("lead"),
        email: lead.email,
        name: lead.name ?? null,
        consent: lead.consent,
        consentAt: lead.consent ? capturedAt : null,
        source: lead.source,
        sourceAnalysisId: analyses[0]!.id,
        convertedUserId: lead.signedUp ? seedId(`user:${lead.signedUp.email}`) : null,
        convertedAt,
        unsubscribedAt,
        createdAt: capturedAt,
        ...nurture,
      })
      .onConflictDoNothing();

    // Every capture is audited; the console reads a lead's later analyses from these entries.
    await tx
      .insert(auditLogs)
      .values(
        analyses.map((analysis, i) => ({
          id: id(`audit:capture:${i}`),
          orgId: null,
          action: "leads.capture",
          resourceType: "lead",
          resourceId: id("lead"),
          after: { source: lead.source, consent: lead.consent, analysisId: analysis.id },
          createdAt: i === 0 ? capturedAt : new Date(analysis.createdAt.getTime() + 300_000),
        })),
      )
      .onConflictDoNothing();
  }
}
