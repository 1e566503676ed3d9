"use client";

import "./globals.css";

/**
 * The root layout itself failed: a plain document, since nothing of the app can be trusted, not
 * even the messages of the person's language. So it says it in both of Arco's languages.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-svh place-items-center bg-background p-6 text-foreground">
        <main className="grid max-w-md justify-items-center gap-4 text-center">
          <h1 className="text-2xl font-semibold">Arco couldn’t load this page</h1>
          <p className="text-muted-foreground">
            Something went wrong on our side. Try again in a moment.
          </p>
          <div lang="pt-BR" className="grid gap-1">
            <p className="font-semibold">O Arco não conseguiu carregar esta página</p>
            <p className="text-muted-foreground">
              Algo deu errado do nosso lado. Tente novamente em instantes.
            </p>
          </div>
          <button
            type="button"
            onClick={retry}
            className="rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground"
          >
            Try again · <span lang="pt-BR">Tentar novamente</span>
          </button>
        </main>
      </body>
    </html>
  );
}
