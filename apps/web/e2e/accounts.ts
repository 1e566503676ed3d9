import type { Browser } from "playwright-core";

import { linkIn, newPage, readEmail, uniqueEmail, visible } from "./browser";

export const PASSWORD = "copper lantern river";

/**
 * A new, verified account with an organization of its own, signed up as a person would: for
 * tests that change what is saved on an account or organization, so nothing leaks into the
 * demo accounts other tests read.
 */
export async function newAccount(browser: Browser, name: string) {
  const page = await newPage(browser);
  const email = uniqueEmail(name.split(" ")[0]!.toLowerCase());
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await visible(page.getByRole("heading", { name: "Check your inbox" }));
  await page.goto(linkIn(await readEmail(email, { template: "verify-email" }), "/verify-email"));
  await visible(page.getByRole("heading", { name: "Your email is verified" }));
  await page.context().close();
  return email;
}
