"use client";

import "./globals.css";

/** The root layout itself failed: a plain document, since nothing of the app can be trusted. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-svh place-items-center bg-background p-6 text-foreground">
        <main className="grid max-w-md justify-items-center gap-4 text-center">
          <h1 className="text-2xl font-semibold">Arco couldn’t load this page</h1>
          <p className="text-muted-foreground">
            Something went wrong on our side. Try again in a moment.
          </p>
          <button
            type="button"
            onClick={retry}
            className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
