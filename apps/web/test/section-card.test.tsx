// @vitest-environment jsdom
/**
 * An overview card reads its data by suspending: while its query runs it shows placeholders,
 * when the query fails it says so with "Try again" (which runs the query again), and one
 * card's trouble never hides another card. Real React and TanStack Query; the query functions
 * stand in for the API.
 */
import { QueryClient, QueryClientProvider, useSuspenseQuery } from "@tanstack/react-query";
import { FolderKanban, LifeBuoy } from "lucide-react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";

import { SectionCard } from "~/components/dashboard/overview/section-card";

import { WithIntl } from "./intl";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount = () => {};
afterEach(() => unmount());

function Names({ queryKey, load }: { queryKey: string; load: () => Promise<string[]> }) {
  const { data } = useSuspenseQuery({ queryKey: [queryKey], queryFn: load });
  return (
    <ul>
      {data.map((name) => (
        <li key={name}>{name}</li>
      ))}
    </ul>
  );
}

async function show(cards: { title: string; load: () => Promise<string[]> }[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const container = document.body.appendChild(document.createElement("div"));
  const root = createRoot(container);
  await act(async () =>
    root.render(
      <WithIntl>
        <QueryClientProvider client={client}>
          {cards.map(({ title, load }, i) => (
            <SectionCard
              key={title}
              title={title}
              description="…"
              icon={i === 0 ? FolderKanban : LifeBuoy}
            >
              <Names queryKey={title} load={load} />
            </SectionCard>
          ))}
        </QueryClientProvider>
      </WithIntl>,
    ),
  );
  unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  return {
    text: () => container.textContent ?? "",
    busy: () =>
      [...container.querySelectorAll('[aria-busy="true"]')].map((el) =>
        el.getAttribute("aria-label"),
      ),
    retry: () =>
      act(async () =>
        [...container.querySelectorAll("button")]
          .find((b) => b.textContent?.includes("Try again"))!
          .click(),
      ),
    settle: () => act(async () => new Promise((resolve) => setTimeout(resolve, 0))),
  };
}

describe("an overview card", () => {
  it("shows placeholders while its query runs, then what it read", async () => {
    let finish: (names: string[]) => void = () => {};
    const load = () => new Promise<string[]>((resolve) => (finish = resolve));
    const card = await show([{ title: "Projects", load }]);
    expect(card.busy()).toEqual(["Loading Projects"]);
    await act(async () => finish(["Online store", "Trail app"]));
    expect(card.busy()).toEqual([]);
    expect(card.text()).toContain("Online store");
  });

  it("gives the reason and a retry that runs the query again, without hiding other cards", async () => {
    // React logs the error an error boundary caught; that is the case under test.
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const projects = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(new Error("The database did not answer."))
      .mockResolvedValue(["Online store"]);
    const card = await show([
      { title: "Projects", load: projects },
      { title: "Support", load: async () => ["#12 Checkout is slow"] },
    ]);
    await card.settle();
    expect(card.text()).toContain("This couldn’t be loaded");
    expect(card.text()).toContain("#12 Checkout is slow");
    expect(card.text()).not.toContain("Online store");

    await card.retry();
    await card.settle();
    expect(projects).toHaveBeenCalledTimes(2);
    expect(card.text()).toContain("Online store");
    expect(card.text()).not.toContain("This couldn’t be loaded");
    logged.mockRestore();
  });
});
