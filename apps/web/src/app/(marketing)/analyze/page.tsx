import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { randomUUID } from "node:crypto";

import { StartAnalysis } from "~/components/analysis/start-analysis";
import { UrlForm } from "~/components/url-form";
import { analyzeSchema } from "~/lib/validation";
import { currentUser } from "~/trpc/me";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("marketing.analyze");
  return { title: t("title"), robots: { index: false } };
}

export default async function AnalyzePage({ searchParams }: PageProps<"/analyze">) {
  const { url } = await searchParams;
  const input = Array.isArray(url) ? url[0] : url;
  const result = input === undefined ? undefined : analyzeSchema.safeParse({ url: input });
  const error = result && !result.success ? result.error.issues[0]?.message : undefined;
  const [me, t] = await Promise.all([
    result?.success ? currentUser() : null,
    getTranslations("marketing.analyze"),
  ]);

  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-16 sm:px-6 sm:py-20">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 text-lg text-muted-foreground">{t("text")}</p>
      </div>

      {result?.success ? (
        // A new key per request: submitting the same address again starts a new run.
        <StartAnalysis key={randomUUID()} url={result.data.url} signedIn={me !== null} />
      ) : null}

      <UrlForm
        label={result?.success ? t("another") : undefined}
        defaultValue={input}
        error={error}
      />
    </div>
  );
}
