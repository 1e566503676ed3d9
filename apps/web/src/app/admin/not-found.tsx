import Link from "next/link";

import { Button } from "~/components/ui/button";

export default function AdminNotFound() {
  return (
    <div className="mx-auto grid max-w-lg justify-items-center gap-4 py-16 text-center">
      <p className="text-sm font-semibold text-primary">404</p>
      <h1 className="text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="text-muted-foreground">That record doesn’t exist, or it was removed.</p>
      <Button asChild variant="outline">
        <Link href="/admin/outbox">Back to the outbox</Link>
      </Button>
    </div>
  );
}
