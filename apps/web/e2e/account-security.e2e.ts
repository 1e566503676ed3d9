import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import {
  linkIn,
  newPage,
  readEmail,
  signIn,
  uniqueEmail,
  useBrowser,
  visible,
  requestSignInLink,
} from "./browser";

const STRANGERS_PASSWORD = "a stranger's chosen password";

async function tryPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).first().fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Whether the page's cookies still open the dashboard, or lead to sign-in. */
async function opensDashboard(page: Page) {
  await page.goto("/dashboard");
  return !new URL(page.url()).pathname.startsWith("/sign-in");
}

describe("an email address belongs to whoever proves it", () => {
  const browser = useBrowser();

  it("a stranger's sign-up with someone's address is theirs to take back, and their invitation lands with them", async () => {
    const address = uniqueEmail("rightful-owner");

    // A stranger signs up with someone else's address and picks the password.
    const stranger = await newPage(browser());
    await stranger.goto("/sign-up");
    await stranger.getByLabel("Name").fill("Not The Owner");
    await stranger.getByLabel("Email").fill(address);
    await stranger.getByRole("textbox", { name: "Password", exact: true }).fill(STRANGERS_PASSWORD);
    await stranger.getByRole("button", { name: "Create account" }).click();
    await visible(stranger.getByRole("heading", { name: "Check your inbox" }));
    // The password does not open an account whose address nobody proved.
    await tryPassword(stranger, address, STRANGERS_PASSWORD);
    await visible(stranger.getByText(/Confirm your email address first/));

    // The owner signs in with a link sent to their address.
    const owner = await newPage(browser());
    await requestSignInLink(owner, address);
    const signInLink = linkIn(
      await readEmail(address, { template: "magic-link" }),
      "/api/auth/callback/email",
    );
    expect(new URL(signInLink).origin).toBe(new URL(owner.url()).origin);
    await owner.goto(signInLink);
    await owner.waitForURL(/\/dashboard$/);

    // The stranger's password is gone with the proof.
    await tryPassword(stranger, address, STRANGERS_PASSWORD);
    await visible(stranger.getByText("That email and password don’t match."));
    await stranger.context().close();

    // Vela Outdoor invites the address; the invitation is accepted into the owner's account.
    const vela = await newPage(browser());
    await signIn(vela, "owner@vela.test");
    await vela.goto("/dashboard/members");
    await vela.getByLabel("Email address").fill(address);
    await vela.getByRole("button", { name: "Send invitation" }).click();
    await visible(vela.getByText(`Invitation sent to ${address}.`));
    await vela.context().close();

    await owner.goto(
      new URL(linkIn(await readEmail(address, { template: "invitation" }), "/invite")).pathname,
    );
    await owner.getByRole("button", { name: "Accept and join Vela Outdoor" }).click();
    await owner.waitForURL(/\/dashboard$/);
    await visible(owner.getByRole("button", { name: /^Organization: Vela Outdoor/ }));
    await owner.goto("/dashboard/account");
    await visible(owner.getByRole("heading", { name: "Set a password" }));
    await owner.context().close();
  });
});

describe("sessions", () => {
  const browser = useBrowser();

  it("a cookie copied before signing out no longer opens the account", async () => {
    const page = await newPage(browser());
    await signIn(page, "viewer@lumen.test");
    const copied = await page.context().storageState();

    await page.getByRole("button", { name: "Elisa Prado" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.context().close();

    const replay = await newPage(browser(), { storageState: copied });
    expect(await opensDashboard(replay)).toBe(false);
    await replay.context().close();
  });

  it("'sign out everywhere' ends every session of the account, this one included", async () => {
    const laptop = await newPage(browser());
    const phone = await newPage(browser());
    await signIn(laptop, "admin@lumen.test");
    await signIn(phone, "admin@lumen.test");

    await laptop.goto("/dashboard/account");
    await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
    await laptop
      .getByRole("alertdialog")
      .getByRole("button", { name: "Sign out everywhere" })
      .click();
    await laptop.waitForURL(/\/sign-in/);

    expect(await opensDashboard(phone)).toBe(false);
    expect(await opensDashboard(laptop)).toBe(false);
    await laptop.context().close();
    await phone.context().close();
  });
});
