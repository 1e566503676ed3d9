import { SearchX } from "lucide-react";

import { UrlForm } from "~/components/url-form";

export default function AnalysisNotFound() {
  return (
    <div className="mx-auto grid max-w-2xl gap-8 px-4 py-16 sm:px-6 sm:py-24">
      <div className="grid justify-items-start gap-4">
        <span className="grid size-12 place-items-center rounded-full bg-muted text-muted-foreground">
          <SearchX aria-hidden className="size-6" />
        </span>
        <h1 className="text-3xl font-semibold tracking-tight">This analysis isn’t available</h1>
        <p className="text-lg text-muted-foreground">
          The link may be incomplete, or the analysis belongs to another account. Reports saved to
          an account are only visible to it; ask its owner for a share link instead.
        </p>
      </div>
      <UrlForm label="Analyze a page yourself" />
    </div>
  );
}
