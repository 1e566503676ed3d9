import { describe, expect, it } from "vitest";

import {
  linkIn,
  newPage,
  readEmail,
  uniqueEmail,
  useBrowser,
  visible,
  requestSignInLink,
} from "./browser";
import type { Page } from "playwright-core";

async function fillSignUp(page: Page, { name, email }: { name: string; email: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
  await page.getByRole("button", { name: "Create account" }).click();
}

describe("signing up", () => {
  const browser = useBrowser();

  it("creates the account, which opens with the password once the emailed link confirms the address", async () => {
    const page = await newPage(browser());
    const email = uniqueEmail("maya");

    await fillSignUp(page, { name: "Maya Rocha", email });
    await visible(page.getByRole("heading", { name: "Check your inbox" }));
    await visible(page.getByText(email));

    // Before the address is confirmed, the password does not open the account.
    await page.goto("/sign-in");
    await page.getByLabel("Email", { exact: true }).first().fill(email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await visible(page.getByText(/Confirm your email address first/));

    const link = linkIn(await readEmail(email, { template: "verify-email" }), "/verify-email");
    await page.goto(link);
    await visible(page.getByRole("heading", { level: 1, name: "Your email is verified" }));
    await page.getByRole("link", { name: "Sign in to continue" }).click();
    await page.waitForURL(/\/sign-in\?/);
    expect(await page.getByLabel("Email", { exact: true }).first().inputValue()).toBe(email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/dashboard$/);
    await visible(page.getByRole("heading", { level: 1, name: "Maya's organization" }));
    expect(
      await page.getByRole("button", { name: /^Organization: Maya's organization/ }).count(),
    ).toBe(1);

    // The welcome email comes from a background job (`user/signed-up`), run by the app's own
    // local runner: no Inngest is configured here.
    expect(await readEmail(email, { template: "welcome" })).toContain("Welcome to Arco");

    // The link works once.
    await page.goto(link);
    await visible(page.getByRole("heading", { name: "This link is invalid or has expired" }));
    await page.context().close();
  });

  it("opens an organization and sends the welcome email for a new address signing in with a link", async () => {
    const page = await newPage(browser());
    const email = uniqueEmail("lina");
    await requestSignInLink(page, email);
    await page.goto(
      linkIn(await readEmail(email, { template: "magic-link" }), "/api/auth/callback/email"),
    );
    await page.waitForURL(/\/dashboard$/);
    // The same account set-up as a password sign-up: an organization of their own, and the
    // `user/signed-up` event that sends the welcome email.
    const localPart = email.split("@")[0]!;
    await visible(page.getByRole("heading", { level: 1, name: `${localPart}'s organization` }));
    expect(await readEmail(email, { template: "welcome" })).toContain("Welcome to Arco");
    await page.context().close();
  });

  it("answers a taken address like a new one, and tells only its owner, by email", async () => {
    const page = await newPage(browser());
    await fillSignUp(page, { name: "Someone Else", email: "owner@vela.test" });
    await visible(page.getByRole("heading", { name: "Check your inbox" }));
    expect(await page.getByText(/already exists/).count()).toBe(0);
    const notice = await readEmail("owner@vela.test", { template: "sign-up-attempt" });
    expect(notice).toContain("already has an account");
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
