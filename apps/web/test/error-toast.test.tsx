// @vitest-environment jsdom
/**
 * A failed action is told in a toast; when it failed for want of credits (the API's
 * PAYMENT_REQUIRED, from INSUFFICIENT_CREDITS), the toast leads to where credits are bought.
 * Real React, sonner and next-intl. The App Router cannot mount outside Next, so `useRouter` is
 * replaced by one that records where it was sent.
 */
import { TRPCClientError } from "@trpc/client";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { Toaster, toast } from "sonner";
import { afterEach, describe, expect, it, vi } from "vitest";

import { BUY_CREDITS_HREF, useErrorToast } from "~/lib/error-toast";

import { WithIntl } from "./intl";

const pushed: string[] = [];
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: (href: string) => pushed.push(href) }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount = () => {};
afterEach(() => {
  // sonner keeps its toasts in a module-wide store: each story starts with none.
  act(() => toast.dismiss());
  unmount();
  pushed.length = 0;
});

const apiError = (code: string, message: string) =>
  new TRPCClientError(message, { result: { error: { message, code: -1, data: { code } } } });

function Failing({ error }: { error: unknown }) {
  const showError = useErrorToast();
  return (
    <button type="button" onClick={() => showError(error)}>
      Run
    </button>
  );
}

async function fail(error: unknown, locale: "en" | "pt-BR" = "en") {
  const container = document.body.appendChild(document.createElement("div"));
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <WithIntl locale={locale}>
        <Toaster />
        <Failing error={error} />
      </WithIntl>,
    ),
  );
  unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  await act(async () => container.querySelector("button")!.click());
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return container;
}

const buttonNamed = (container: HTMLElement, name: string) =>
  [...container.querySelectorAll("button")].find((b) => b.textContent === name);

describe("the error toast", () => {
  it("offers to buy credits when an action needs more than the balance", async () => {
    const message = "This needs 4 credits and your balance is 3. Buy a top-up to continue.";
    const container = await fail(apiError("PAYMENT_REQUIRED", message));
    expect(container.textContent).toContain(message);
    const buy = buttonNamed(container, "Buy credits");
    expect(buy).toBeDefined();
    await act(async () => buy!.click());
    expect(pushed).toEqual([BUY_CREDITS_HREF]);
  });

  it("says it in Portuguese too", async () => {
    const container = await fail(apiError("PAYMENT_REQUIRED", "Saldo insuficiente."), "pt-BR");
    expect(buttonNamed(container, "Comprar créditos")).toBeDefined();
  });

  it("shows any other failure without the offer", async () => {
    const container = await fail(apiError("FORBIDDEN", "Only owners can do that."));
    const shown = [...container.querySelectorAll("[data-sonner-toast]")].find((t) =>
      t.textContent?.includes("Only owners can do that."),
    );
    expect(shown).toBeDefined();
    expect(shown!.textContent).not.toContain("Buy credits");
  });
});
