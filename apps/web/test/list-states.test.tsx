// @vitest-environment jsdom
import { Inbox } from "lucide-react";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";

import { EmptyState } from "~/components/empty-state";
import { ListStates } from "~/components/list-states";
import type { ListQuery } from "~/components/list-states";

import { WithIntl } from "./intl";

// React reports updates outside act() unless told it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settled: ListQuery = { isPending: false, isError: false, error: null, refetch: vi.fn() };

let unmount = () => {};
afterEach(() => unmount());

function show(query: ListQuery, items: string[] | undefined) {
  const container = document.body.appendChild(document.createElement("div"));
  const root = createRoot(container);
  act(() =>
    root.render(
      <WithIntl>
        <ListStates
          query={query}
          items={items}
          loadingLabel="Loading tickets"
          empty={
            <EmptyState icon={Inbox} title="No tickets yet" action={<button>Open a ticket</button>}>
              Tickets you open appear here.
            </EmptyState>
          }
        >
          {(tickets) => (
            <ul>
              {tickets.map((ticket) => (
                <li key={ticket}>{ticket}</li>
              ))}
            </ul>
          )}
        </ListStates>
      </WithIntl>,
    ),
  );
  unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  const button = (name: string) =>
    [...container.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
  return {
    text: () => container.textContent ?? "",
    rows: () => [...container.querySelectorAll("li")].map((li) => li.textContent),
    button,
    click: (name: string) => act(() => button(name)!.click()),
    busy: () => container.querySelector('[aria-busy="true"]')?.getAttribute("aria-label"),
  };
}

describe("a list's states", () => {
  it("says it is loading, without rows, until the first answer", () => {
    const list = show({ ...settled, isPending: true }, undefined);
    expect(list.busy()).toBe("Loading tickets");
    expect(list.rows()).toEqual([]);
  });

  it("gives the reason and a retry when the first page fails", () => {
    const refetch = vi.fn();
    const list = show({ ...settled, isError: true, error: new Error("boom"), refetch }, undefined);
    expect(list.text()).toContain("This couldn’t be loaded");
    list.click("Try again");
    expect(refetch).toHaveBeenCalledOnce();
  });

  it("shows the empty state with its call to action when there is nothing", () => {
    const list = show(settled, []);
    expect(list.text()).toContain("No tickets yet");
    expect(list.text()).toContain("Tickets you open appear here.");
    expect(list.button("Open a ticket")).toBeDefined();
  });

  it("shows the items and fetches the next page on “Load more”", () => {
    const fetchNextPage = vi.fn();
    const list = show({ ...settled, hasNextPage: true, fetchNextPage }, ["#1", "#2"]);
    expect(list.rows()).toEqual(["#1", "#2"]);
    list.click("Load more");
    expect(fetchNextPage).toHaveBeenCalledOnce();
  });

  it("offers no “Load more” on the last page", () => {
    const list = show({ ...settled, hasNextPage: false, fetchNextPage: vi.fn() }, ["#1"]);
    expect(list.rows()).toEqual(["#1"]);
    expect(list.button("Load more")).toBeUndefined();
  });

  it("keeps the rows it has when the next page fails, and retries that page", () => {
    const fetchNextPage = vi.fn();
    const refetch = vi.fn();
    const list = show(
      {
        ...settled,
        isError: true,
        error: new Error("boom"),
        refetch,
        hasNextPage: true,
        fetchNextPage,
      },
      ["#1", "#2"],
    );
    expect(list.rows()).toEqual(["#1", "#2"]);
    expect(list.text()).toContain("The next page couldn’t be loaded");
    list.click("Try again");
    expect(fetchNextPage).toHaveBeenCalledOnce();
    expect(refetch).not.toHaveBeenCalled();
  });
});
