// @vitest-environment jsdom
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";

import { ChangeDiff } from "~/components/admin/audit/change-diff";
import { fieldChanges } from "~/components/admin/audit/diff";
import { readView, sessionsInput, viewHref } from "~/components/admin/audit/filters";

import { WithIntl } from "./intl";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ORG = "0b0f4c1e-8a54-4b6e-9d2f-0f7a1c9e2b33";

describe("the audit view's address", () => {
  it("keeps the valid filters, and leaves out (and says) the one typed wrong", () => {
    const view = readView(
      new URLSearchParams({ clientOrgId: ORG, actorUserId: "nobody", action: "tickets.", x: "1" }),
    );
    expect(view).toMatchObject({
      tab: "entries",
      session: null,
      filters: { clientOrgId: ORG, action: "tickets." },
      rejected: ["That actor is not valid: choose one from the list."],
    });
  });

  it("opens the sessions tab on a session, and gives the sessions the same people and days", () => {
    const view = readView(
      new URLSearchParams({ session: ORG, actorUserId: ORG, from: "2026-03-01" }),
    );
    expect(view).toMatchObject({ tab: "sessions", session: ORG });
    expect(sessionsInput(view.filters)).toMatchObject({ staffUserId: ORG, from: "2026-03-01" });
    expect(viewHref({ tab: "sessions", filters: { action: "tickets." } })).toBe(
      "/admin/audit?action=tickets.&tab=sessions",
    );
  });
});

describe("an entry's changes", () => {
  it("pairs the fields of before and after and says which changed", () => {
    expect(
      fieldChanges({ status: "open", title: "A" }, { status: "closed", title: "A", by: 1 }),
    ).toEqual([
      { field: "status", before: "open", after: "closed", changed: true },
      { field: "title", before: "A", after: "A", changed: false },
      { field: "by", before: undefined, after: 1, changed: true },
    ]);
    expect(fieldChanges(null, null)).toEqual([]);
    expect(fieldChanges(null, ["a"])).toEqual([
      { field: "value", before: null, after: ["a"], changed: true },
    ]);
  });

  let unmount = () => {};
  afterEach(() => unmount());

  it("shows each field with both values, the changed ones marked for every reader", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const root = createRoot(container);
    act(() =>
      root.render(
        <WithIntl>
          <ChangeDiff
            before={{ status: "open", title: "A" }}
            after={{ status: "closed", title: "A" }}
          />
        </WithIntl>,
      ),
    );
    unmount = () => act(() => root.unmount());
    const rows = [...container.querySelectorAll("tbody tr")].map((row) => row.textContent);
    expect(rows).toEqual(['status (Changed)•"open""closed"', 'title (Unchanged)"A""A"']);
    expect(container.querySelector("caption")?.textContent).toMatch(/before and after/);
  });
});
