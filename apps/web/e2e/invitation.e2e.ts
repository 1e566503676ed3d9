import { describe, expect, it } from "vitest";

import { linkIn, newPage, readEmail, signIn, uniqueEmail, useBrowser, visible } from "./browser";

describe("inviting someone to an organization", () => {
  const browser = useBrowser();

  it("takes a new person from the invitation email to the team", async () => {
    const invitee = uniqueEmail("invitee");

    // The owner of Vela Outdoor sends the invitation.
    const owner = await newPage(browser());
    await signIn(owner, "owner@vela.test");
    await owner.goto("/dashboard/members");
    await owner.getByLabel("Email address").fill(invitee);
    await owner.getByRole("button", { name: "Send invitation" }).click();
    await visible(owner.getByText(`Invitation sent to ${invitee}.`));
    await visible(owner.locator("#invitations").getByText(invitee));
    await owner.context().close();

    // The invitee reads the email.
    const invitePath = new URL(
      linkIn(await readEmail(invitee, { template: "invitation" }), "/invite"),
    ).pathname;

    // The invitee opens the link, creates an account and accepts.
    const page = await newPage(browser());
    await page.goto(invitePath);
    await visible(page.getByRole("heading", { level: 1, name: "Join Vela Outdoor on Arco" }));
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL(/\/sign-up\?callbackUrl=/);
    await page.getByLabel("Name").fill("Iris Invitee");
    await page.getByLabel("Email").fill(invitee);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Create account" }).click();
    await visible(page.getByRole("heading", { name: "Check your inbox" }));

    // The verification link confirms the address and leads back to the invitation.
    await page.goto(
      linkIn(await readEmail(invitee, { template: "verify-email" }), "/verify-email"),
    );
    await page.getByRole("link", { name: "Sign in to continue" }).click();
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname === invitePath);
    await page.getByRole("button", { name: "Accept and join Vela Outdoor" }).click();
    await page.waitForURL(/\/dashboard$/);
    await visible(page.getByRole("button", { name: /^Organization: Vela Outdoor/ }));
    await visible(page.getByRole("heading", { level: 1, name: "Vela Outdoor" }));

    await page.getByRole("link", { name: "Members" }).first().click();
    await page.waitForURL(/\/dashboard\/members$/);
    const me = page.getByRole("row").filter({ hasText: "Iris Invitee" });
    await visible(me.getByText("You", { exact: true }));
    expect(await me.textContent()).toContain("Member");
    await page.context().close();
  });
});
