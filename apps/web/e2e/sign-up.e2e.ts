import { describe, expect, it } from "vitest";

import { newPage, readOutboxEmail, uniqueEmail, useBrowser, visible } from "./browser";

describe("signing up", () => {
  const browser = useBrowser();

  it("creates the account and its organization, and lands on the dashboard", async () => {
    const page = await newPage(browser());
    const email = uniqueEmail("maya");

    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Maya Rocha");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Create account" }).click();

    await page.waitForURL(/\/dashboard$/);
    await visible(page.getByRole("heading", { level: 1, name: "Maya's organization" }));
    expect(
      await page.getByRole("button", { name: /^Organization: Maya's organization/ }).count(),
    ).toBe(1);
    // A new address is unconfirmed until the emailed link is opened.
    await visible(page.getByText("Verify your email address"));
    const text = await readOutboxEmail(browser(), email);
    const link = /\/verify-email\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(link, `no verification link in:\n${text}`).toBeTruthy();
    await page.goto(link!);
    await visible(page.getByRole("heading", { level: 1, name: "Your email is verified" }));
    await page.getByRole("link", { name: "Continue to your dashboard" }).click();
    await page.waitForURL(/\/dashboard$/);
    await visible(page.getByRole("heading", { level: 1, name: "Maya's organization" }));
    expect(await page.getByText("Verify your email address").count()).toBe(0);

    // The link works once.
    await page.goto(link!);
    await visible(page.getByRole("heading", { name: "This link is invalid or has expired" }));
    await page.context().close();
  });

  it("says so when the email already has an account", async () => {
    const page = await newPage(browser());
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Email").fill("owner@vela.test");
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Create account" }).click();

    const email = page.getByLabel("Email");
    await visible(page.getByText("An account with this email already exists. Sign in instead."));
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    await page.context().close();
  });

  it("sends signed-out visitors of the dashboard to sign in, and back afterwards", async () => {
    const page = await newPage(browser());
    await page.goto("/dashboard/members");
    await page.waitForURL(/\/sign-in\?callbackUrl=%2Fdashboard%2Fmembers$/);

    await page.getByLabel("Email", { exact: true }).fill("member@vela.test");
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("wrong password here");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await visible(page.getByText("That email and password don’t match."));

    await page.getByRole("textbox", { name: "Password", exact: true }).fill("arco-demo-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/dashboard\/members$/);
    await visible(page.getByRole("heading", { level: 1, name: "Members" }));
    await page.context().close();
  });
});
