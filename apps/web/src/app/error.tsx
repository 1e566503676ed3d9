"use client";

import { RouteError } from "~/components/route-error";

/** Failures in a layout (the dashboard's or the admin area's) land here, inside the root shell. */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="flex-1 px-4 outline-none sm:px-6">
      <RouteError error={error} retry={retry} />
    </main>
  );
}
