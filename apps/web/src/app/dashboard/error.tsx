"use client";

import { RouteError } from "~/components/route-error";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteError error={error} retry={retry} homeHref="/dashboard" homeLabel="Back to overview" />
  );
}
