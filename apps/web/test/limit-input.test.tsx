// @vitest-environment jsdom
/**
 * A limit's control in the plans editor and a client's custom limits: what a person chooses and
 * types reaches the form as the API's value — undefined for the plan's, null for unlimited,
 * bytes for storage typed in gigabytes, NaN (which the schema names) for a number that is not
 * one. Real React and next-intl.
 */
import { act, useState } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";

import type { LimitName } from "@arco/api/schemas/plans";

import { LimitInput } from "~/components/admin/limit-input";
import type { LimitValue } from "~/components/admin/limit-input";

import { WithIntl } from "./intl";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const GB = 1024 ** 3;
let unmount = () => {};
afterEach(() => unmount());

/** Renders the control and returns what it last reported, and its elements. */
function render(name: LimitName, initial: LimitValue, inherited?: number | null) {
  const reported: LimitValue[] = [];
  function Harness() {
    const [value, setValue] = useState<LimitValue>(initial);
    return (
      <WithIntl>
        <LimitInput
          name={name}
          label="Limit"
          value={value}
          onChange={(next) => {
            reported.push(next);
            setValue(next);
          }}
          inherited={inherited}
          control={{ id: "limit", "aria-invalid": false, "aria-describedby": undefined }}
        />
      </WithIntl>
    );
  }
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(<Harness />));
  unmount = () => {
    act(() => root.unmount());
    container.remove();
  };
  return {
    last: () => reported.at(-1),
    select: () => container.querySelector("select"),
    input: () => container.querySelector<HTMLInputElement>("input"),
    options: () => [...container.querySelectorAll("option")].map((o) => o.textContent),
  };
}

/** Sets a form control's value the way React hears it from a person typing or choosing. */
function change(element: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, "value")!.set!;
  act(() => {
    setter.call(element, value);
    element.dispatchEvent(
      new Event(element instanceof HTMLSelectElement ? "change" : "input", {
        bubbles: true,
      }),
    );
  });
}

describe("a limit's control", () => {
  it("shows storage in gigabytes and reports bytes", () => {
    const view = render("storageBytes", 5 * GB);
    expect(view.input()!.value).toBe("5");
    change(view.input()!, "2.5");
    expect(view.last()).toBe(2.5 * GB);
    change(view.input()!, "");
    expect(view.last()).toBeNaN();
  });

  it("offers the plan's value, unlimited or a number for a client", () => {
    const view = render("maxProjects", undefined, 10);
    expect(view.options()).toEqual(["The plan's: 10", "Unlimited", "Limited to"]);
    expect(view.input()).toBeNull();

    change(view.select()!, "value");
    expect(view.last()).toBe(10);
    change(view.input()!, "25");
    expect(view.last()).toBe(25);
    change(view.select()!, "unlimited");
    expect(view.last()).toBeNull();
    change(view.select()!, "plan");
    expect(view.last()).toBeUndefined();
  });

  it("never offers unlimited credits", () => {
    const view = render("monthlyCredits", 500);
    expect(view.select()).toBeNull();
    expect(view.input()!.value).toBe("500");
  });
});
