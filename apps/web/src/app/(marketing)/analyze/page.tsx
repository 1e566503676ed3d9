import type { Metadata } from "next";
import { randomUUID } from "node:crypto";

import { StartAnalysis } from "~/components/analysis/start-analysis";
import { UrlForm } from "~/components/url-form";
import { analyzeSchema } from "~/lib/validation";
import { currentUser } from "~/trpc/me";

export const metadata: Metadata = {
  title: "Analyze a website",
  robots: { index: false },
};

export default async function AnalyzePage({ searchParams }: PageProps<"/analyze">) {
  const { url } = await searchParams;
  const input = Array.isArray(url) ? url[0] : url;
  const result = input === undefined ? undefined : analyzeSchema.safeParse({ url: input });
  const error = result && !result.success ? result.error.issues[0]?.message : undefined;
  const me = result?.success ? await currentUser() : null;

  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-16 sm:px-6 sm:py-20">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Analyze a website</h1>
        <p className="mt-3 text-lg text-muted-foreground">
          Enter the address of any public page to check its SEO, performance, security,
          accessibility and best practices.
        </p>
      </div>

      {result?.success ? (
        // A new key per request: submitting the same address again starts a new run.
        <StartAnalysis key={randomUUID()} url={result.data.url} signedIn={me !== null} />
      ) : null}

      <UrlForm
        label={result?.success ? "Analyze another address" : "Website address"}
        defaultValue={input}
        error={error}
      />
    </div>
  );
}
