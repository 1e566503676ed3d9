import type { Metadata } from "next";
import Link from "next/link";

import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { Button } from "~/components/ui/button";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <div className="mx-auto grid max-w-xl justify-items-center gap-4 px-4 py-24 text-center sm:px-6">
          <p className="text-sm font-semibold text-primary">404</p>
          <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Page not found</h1>
          <p className="text-lg text-muted-foreground">
            The page you’re looking for doesn’t exist or has moved.
          </p>
          <div className="flex flex-wrap justify-center gap-3">
            <Button asChild>
              <Link href="/">Go to the home page</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/dashboard">Open your dashboard</Link>
            </Button>
          </div>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
