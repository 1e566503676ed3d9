import { describe, expect, it } from "vitest";

import {
  e2e,
  newPage,
  readEmail,
  signIn,
  uniqueEmail,
  useBrowser,
  visible,
  requestSignInLink,
} from "./browser";

describe("the admin area", () => {
  const browser = useBrowser();

  it("shows admins the system status and the email outbox, without anyone's sign-in link", async () => {
    // Something to find in the outbox: a sign-in link requested by a visitor.
    const visitor = await newPage(browser());
    const address = uniqueEmail("visitor");
    await requestSignInLink(visitor, address);
    await visitor.context().close();

    const page = await newPage(browser());
    await signIn(page, "admin@arco.test");
    await page.goto("/admin");
    await visible(page.getByRole("heading", { level: 1, name: "Admin overview" }));
    await visible(page.getByRole("heading", { name: "Database" }));
    await visible(page.getByRole("heading", { name: "Background jobs" }));
    const mode = e2e().databaseMode === "postgres" ? "PostgreSQL" : "Embedded (PGlite)";
    await visible(page.getByText(mode, { exact: true }));
    // Without Inngest, the app runs its background functions itself.
    await visible(page.getByText("Local runner (this app)", { exact: true }));
    const functions = page.getByRole("region", { name: "Background functions" });
    for (const name of [
      "Reset monthly ticket quotas",
      "Send the welcome email",
      "Nurture a captured lead",
    ]) {
      await visible(functions.getByRole("row").filter({ hasText: name }));
    }

    await page.getByRole("link", { name: "Email outbox" }).first().click();
    await page.waitForURL(/\/admin\/outbox$/);
    await page.getByRole("row").filter({ hasText: address }).getByRole("link").first().click();
    await page.waitForURL(/\/admin\/outbox\/[0-9a-f-]+$/);
    expect(await page.locator("iframe").getAttribute("sandbox")).toBe("");
    await visible(page.getByText(/carried a single-use link/));
    const stored = (await page.getByTestId("email-text").textContent()) ?? "";
    expect(stored).not.toContain("/api/auth/callback/email");
    expect(stored).toContain("link-withheld.invalid");
    // The visitor's own copy has the working link.
    expect(await readEmail(address, { template: "magic-link" })).toContain(
      "/api/auth/callback/email",
    );
    await page.context().close();
  });

  it("keeps the outbox from support staff", async () => {
    const page = await newPage(browser());
    await signIn(page, "support@arco.test");
    await page.goto("/admin");
    await visible(page.getByRole("heading", { level: 1, name: "Admin overview" }));
    expect(await page.getByRole("link", { name: "Email outbox" }).count()).toBe(0);
    const outbox = await page.goto("/admin/outbox");
    expect(outbox?.status()).toBe(404);
    await page.context().close();
  });

  it("is a plain 404 for everyone else", async () => {
    const page = await newPage(browser());
    await signIn(page, "owner@vela.test");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(404);
    await visible(page.getByRole("heading", { level: 1, name: "Page not found" }));
    expect(await page.getByText("Email outbox").count()).toBe(0);

    const outbox = await page.goto("/admin/outbox");
    expect(outbox?.status()).toBe(404);
    await page.context().close();
  });

  it("lets support staff work in a client's organization as staff, on the record, and stop", async () => {
    const page = await newPage(browser());
    await signIn(page, "support@arco.test");
    await page.goto("/admin/clients");
    await page.getByLabel("Search clients").fill("Aurora");
    await page.getByRole("link", { name: "Manage Aurora Bakery" }).click();
    await page.waitForURL(/\/admin\/clients\/[0-9a-f-]{36}$/);
    const form = page.getByRole("form", { name: "Act for this client" });
    // The owner is for agency admins; support staff may work as staff.
    expect(
      await form.getByRole("option", { name: /Beatriz Souza · Owner — admins only/ }).isDisabled(),
    ).toBe(true);
    await form.getByLabel("Reason").fill("Publishing the new menu the client sent");
    await form.getByRole("button", { name: "Start" }).click();
    await page.waitForURL(/\/dashboard$/);
    await visible(page.getByText("Rafael Lima is working in Aurora Bakery as agency staff"));
    await visible(page.getByRole("heading", { level: 1, name: "Aurora Bakery" }));

    // The client's work, with the controls staff may use, and no say over the client's team.
    await page.goto("/dashboard/projects");
    await visible(page.getByRole("link", { name: /Bakery website/ }));
    await visible(page.getByRole("button", { name: "New project" }));
    await page.goto("/dashboard/members");
    await visible(page.getByRole("heading", { level: 1, name: "Members" }));
    expect(await page.getByRole("button", { name: "Send invitation" }).count()).toBe(0);

    // Starting is in the client's activity, under the staff member's name.
    await page.goto("/dashboard");
    const activity = page.getByRole("listitem").filter({ hasText: "Rafael Lima" });
    await visible(activity.filter({ hasText: "started agency access" }).first());

    await page.getByRole("button", { name: "Stop" }).click();
    await page.waitForURL(/\/admin\/clients\/[0-9a-f-]{36}$/);
    await page.goto("/dashboard");
    expect(await page.getByText("as agency staff").count()).toBe(0);
    await page.context().close();
  });
});
