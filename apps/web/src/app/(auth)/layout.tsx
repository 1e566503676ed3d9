import { LanguageSwitch } from "~/components/language-switch";
import { Logo } from "~/components/logo";
import { ThemeToggle } from "~/components/theme-toggle";

/** Sign-in, sign-up and the pages reached from email links: one focused card, no distractions. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="border-b">
        <div className="mx-auto flex h-16 max-w-6xl items-center justify-between px-4 sm:px-6">
          <Logo />
          <div className="flex items-center gap-2">
            <LanguageSwitch />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="relative isolate flex flex-1 items-start justify-center px-4 py-10 outline-none sm:items-center sm:py-16"
      >
        <div
          aria-hidden
          className="absolute inset-0 -z-10 bg-[radial-gradient(60%_50%_at_50%_0%,color-mix(in_oklch,var(--primary)_12%,transparent),transparent)]"
        />
        <div className="w-full max-w-md">{children}</div>
      </main>
    </>
  );
}
