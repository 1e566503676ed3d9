"use client";

import { RouteError } from "~/components/route-error";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return <RouteError error={error} retry={retry} homeHref="/admin" homeLabel="Back to admin" />;
}
