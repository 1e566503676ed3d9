/**
 * An agency admin acts for a Vela member in the browser: a reason and a duration, the member's
 * own dashboard under a banner with the time left, a billing change refused by the server, a
 * change made on the record under both names, "Stop" — and then the trail: the audit log shows
 * the session and the change, and Vela's owner finds it under "Agency access".
 */
import { describe, expect, it } from "vitest";

import { expectAccessible } from "./axe";
import { newPage, signIn, useBrowser, visible } from "./browser";

const REASON = "Checking why the ticket list looks empty to Gustavo";

describe("impersonation", () => {
  const browser = useBrowser();

  it("acts as a client's member with a reason, under a banner, refused billing, and on the record", async () => {
    const page = await newPage(browser());
    await signIn(page, "admin@arco.test");
    await page.goto("/admin/clients");
    await page.getByLabel("Search clients").fill("Vela");
    await page.getByRole("link", { name: "Manage Vela Outdoor" }).click();
    await page.waitForURL(/\/admin\/clients\/[0-9a-f-]{36}$/);
    const clientPage = page.url();
    const form = page.getByRole("form", { name: "Act for this client" });
    await form.getByLabel("Act as").selectOption({ label: "Gustavo Nunes · Admin" });
    // A reason is required.
    await form.getByLabel("Reason").fill("because");
    await form.getByRole("button", { name: "Start" }).click();
    await visible(form.getByText("Give a reason of at least 10 characters."));
    await form.getByLabel("Reason").fill(REASON);
    await form.getByLabel("Duration").selectOption({ label: "30 minutes" });
    await form.getByRole("button", { name: "Start" }).click();
    await page.waitForURL(/\/dashboard$/);

    // Gustavo's dashboard, under the banner: who acts as whom, why, and a running clock.
    const banner = page.getByRole("region", { name: "Agency access" });
    await visible(
      banner.getByText("Marina Costa is acting as Gustavo Nunes (Admin) in Vela Outdoor"),
    );
    await visible(banner.getByText(`Reason: ${REASON}`));
    const timer = banner.getByRole("timer");
    expect(await timer.textContent()).toMatch(/^(29|30):\d\d left$/);
    const before = await timer.textContent();
    await page.waitForFunction(
      (text) => document.querySelector('[role="timer"]')?.textContent !== text,
      before,
    );
    await visible(page.getByRole("button", { name: "Gustavo Nunes" }));
    await expectAccessible(page);

    // Billing is refused by the server, whatever a page would offer.
    const refused = await page.evaluate(async () => {
      const response = await fetch("/api/trpc/billing.checkout", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { tier: "basic", interval: "month" } }),
      });
      return { status: response.status, body: await response.text() };
    });
    expect(refused.status).toBe(403);
    expect(refused.body).toContain("Billing and payments are for the client to change");

    // A change made for Gustavo: a ticket.
    await page.goto("/dashboard/tickets");
    await page.getByRole("button", { name: "New ticket" }).click();
    await page.getByLabel("Subject").fill("Opened by the agency for Gustavo");
    await page.getByLabel("Description").fill("The product feed stopped updating yesterday.");
    await page.getByRole("button", { name: "Create ticket" }).click();
    await page.waitForURL(/\/dashboard\/tickets\/[0-9a-f-]{36}$/);

    await page
      .getByRole("region", { name: "Agency access" })
      .getByRole("button", { name: "Stop" })
      .click();
    await page.waitForURL(clientPage);
    await visible(page.getByRole("form", { name: "Act for this client" }));

    // The audit log: the ticket under both names, and the session it belongs to.
    await page.goto("/admin/audit");
    const entry = page
      .getByRole("row")
      .filter({ hasText: "Marina Costa as Gustavo Nunes" })
      .filter({ hasText: "tickets.create" });
    await visible(entry);
    await entry.getByRole("link", { name: "impersonating" }).click();
    await visible(page.getByRole("heading", { name: "Marina Costa as Gustavo Nunes" }));
    await visible(page.getByText(REASON).first());
    const done = page.getByRole("table").filter({ hasText: "tickets.create" });
    await visible(done.getByText("impersonation.start").first());
    await visible(done.getByText("impersonation.end").first());
    await expectAccessible(page);
    await page.context().close();

    // Vela's owner sees the session in the organization's settings.
    const owner = await newPage(browser());
    await signIn(owner, "owner@vela.test");
    await owner.goto("/dashboard/settings");
    const access = owner.getByRole("table", {
      name: "Agency access to this organization, newest first",
    });
    const row = access.getByRole("row").filter({ hasText: REASON });
    await visible(row.getByText("Marina Costa"));
    await visible(row.getByText("as Gustavo Nunes"));
    await visible(row.getByText("Stopped"));
    await visible(row.getByText("1 change"));
    await expectAccessible(owner);
    await owner.context().close();
  });
});
