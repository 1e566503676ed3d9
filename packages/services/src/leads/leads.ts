import type { Transaction } from "@arco/db";
import { leads, urlAnalyses } from "@arco/db/schema";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";

import { normalizeEmail } from "../accounts/normalize";
import { recipientLocale } from "../accounts/recipient-locale";
import { recordAudit } from "../audit";
import type { PublicScope } from "../context";
import { within } from "../context";
import { ServiceError, notFound } from "../errors";
import { convertLeads } from "./conversion";
import { categoriesOf, ensureShareToken, reportUrlFor, topFindingsOf } from "./report";
import { nurtureDueAt } from "./schedule";

export type LeadSource = "report-email" | "sign-up-prompt";

export interface CaptureLeadInput {
  email: string;
  name?: string | null;
  /** Agreement to the nurture emails; the report itself is sent either way. */
  consent: boolean;
  source: LeadSource;
  analysisId: string;
}

const inputSchema = z.object({
  email: z.email().max(320),
  name: z.string().trim().max(200).nullish(),
});

/**
 * Records the person who asked for an analysis's report (or to save it), by email, and for
 * "report-email" sends them the report. Asking again never sends the same report twice, never
 * withdraws a consent given before, and keeps the analysis the lead first came from. The
 * nurture sequence starts (`lead/captured`) once, when consent is first given, unless the
 * address has an account already (the lead has converted).
 */
export async function captureLead(
  scope: PublicScope,
  input: CaptureLeadInput,
): Promise<{ leadId: string; emailed: boolean }> {
  const { db, actor, appUrl, emit } = scope;
  const parsed = inputSchema.safeParse({ email: normalizeEmail(input.email), name: input.name });
  if (!parsed.success) throw new ServiceError("BAD_REQUEST", "Please enter a valid email address.");
  const email = parsed.data.email;
  const name = parsed.data.name || null;

  const analysis = z.uuid().safeParse(input.analysisId).success
    ? (
        await db
          .select({
            id: urlAnalyses.id,
            url: urlAnalyses.url,
            status: urlAnalyses.status,
            score: urlAnalyses.score,
            performanceScore: urlAnalyses.performanceScore,
            accessibilityScore: urlAnalyses.accessibilityScore,
            bestPracticesScore: urlAnalyses.bestPracticesScore,
            seoScore: urlAnalyses.seoScore,
            securityScore: urlAnalyses.securityScore,
            report: urlAnalyses.report,
          })
          .from(urlAnalyses)
          .where(eq(urlAnalyses.id, input.analysisId))
      )[0]
    : undefined;
  if (!analysis) throw notFound("The analysis");
  const source = analysis;
  if (analysis.status !== "done") {
    throw new ServiceError(
      "PRECONDITION_FAILED",
      "This analysis has not finished. Try again once the report is ready.",
    );
  }
  const score = analysis.score;
  if (input.source === "report-email" && score === null) {
    throw new ServiceError("PRECONDITION_FAILED", "This analysis has no score to send.");
  }

  const now = scope.now();
  const { leadId, startNurture } = await db.transaction(async (tx) => {
    const result = await upsertLead(tx);
    await recordAudit(tx, actor, {
      orgId: null,
      action: "leads.capture",
      resourceType: "lead",
      resourceId: result.leadId,
      after: { source: input.source, consent: input.consent, analysisId: analysis.id },
    });
    // An address that has an account converts at once: nothing asks it to sign up.
    const converted = await convertLeads(within(scope, tx), { leadId: result.leadId });
    return { ...result, startNurture: result.startNurture && converted.length === 0 };
  });

  async function upsertLead(tx: Transaction) {
    const analysis = source;
    const consented = input.consent ? { consentAt: now, nextNurtureAt: nurtureDueAt(now, 3) } : {};
    const [created] = await tx
      .insert(leads)
      .values({
        email,
        name,
        consent: input.consent,
        source: input.source,
        sourceAnalysisId: analysis.id,
        ...consented,
      })
      .onConflictDoNothing()
      .returning({ id: leads.id });
    if (created) return { leadId: created.id, startNurture: input.consent };

    // Locked until commit, so two captures of one address cannot both see consent as new.
    const [lead] = await tx
      .select()
      .from(leads)
      .where(sql`lower(${leads.email}) = ${email}`)
      .for("update");
    if (!lead) throw new ServiceError("CONFLICT", "Please try again.");
    // consent_at is set exactly when consent is first given, and consent is never withdrawn here.
    const grantsConsent = input.consent && lead.consentAt === null;
    const changes = {
      ...(grantsConsent ? { consent: true, ...consented } : {}),
      ...(name && !lead.name ? { name } : {}),
      ...(!lead.sourceAnalysisId ? { sourceAnalysisId: analysis.id } : {}),
      ...(!lead.source ? { source: input.source } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await tx.update(leads).set(changes).where(eq(leads.id, lead.id));
    }
    // A converted lead is not nurtured, whenever it consents.
    return { leadId: lead.id, startNurture: grantsConsent && lead.convertedAt === null };
  }

  let emailed = false;
  if (input.source === "report-email" && score !== null) {
    const shareToken = await ensureShareToken(db, analysis.id);
    const result = await scope.deps.sendEmail(db, {
      locale: await recipientLocale(db, { email }),
      template: "analysis-report",
      props: {
        url: analysis.url,
        score,
        categories: categoriesOf(analysis),
        topFindings: topFindingsOf(analysis.report),
        reportUrl: reportUrlFor(appUrl, shareToken),
        signUpUrl: new URL("/sign-up", appUrl).toString(),
      },
      to: email,
      idempotencyKey: `report:${analysis.id}:${email}`,
    });
    emailed = !result.duplicate && result.status !== "failed";
  }

  if (startNurture) await emit({ name: "lead/captured", data: { leadId } });
  return { leadId, emailed };
}
