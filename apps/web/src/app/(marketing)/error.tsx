"use client";

import { RouteError } from "~/components/route-error";

export default function MarketingError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="px-4 sm:px-6">
      <RouteError error={error} retry={retry} />
    </div>
  );
}
