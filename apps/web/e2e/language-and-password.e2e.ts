import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { newAccount, PASSWORD } from "./accounts";
import { linkIn, newPage, readEmail, signIn, useBrowser, visible } from "./browser";

async function chooseLanguage(page: Page, current: string, language: string) {
  await page.getByRole("button", { name: `Change language (now ${current})` }).click();
  await page.getByRole("menuitemradio", { name: language }).click();
  await page.locator(`html[lang="${language === "English" ? "en" : "pt-BR"}"]`).waitFor();
}

describe("the language", () => {
  const browser = useBrowser();

  it("follows the browser, and a visitor's choice sticks in this browser", async () => {
    const portuguese = await newPage(browser(), { locale: "pt-BR" });
    await portuguese.goto("/");
    expect(await portuguese.locator("html").getAttribute("lang")).toBe("pt-BR");
    await visible(portuguese.getByRole("banner").getByRole("link", { name: "Entrar" }));
    await portuguese.context().close();

    const visitor = await newPage(browser(), { locale: "en-US" });
    await visitor.goto("/");
    await visible(visitor.getByRole("banner").getByRole("link", { name: "Sign in" }));
    await chooseLanguage(visitor, "English", "Português (Brasil)");
    await visible(visitor.getByRole("banner").getByRole("link", { name: "Entrar" }));
    await visitor.reload();
    expect(await visitor.locator("html").getAttribute("lang")).toBe("pt-BR");
    await visitor.context().close();
  });

  it("is saved on the account: another browser and the emails follow it", async () => {
    const email = await newAccount(browser(), "Paula Poliglota");
    const first = await newPage(browser(), { locale: "en-US" });
    await signIn(first, email, PASSWORD);
    await chooseLanguage(first, "English", "Português (Brasil)");
    await visible(first.getByRole("link", { name: "Configurações" }).first());
    await first.context().close();

    // A fresh English browser, signed in: the account's choice wins over Accept-Language.
    const second = await newPage(browser(), { locale: "en-US" });
    await signIn(second, email, PASSWORD);
    expect(await second.locator("html").getAttribute("lang")).toBe("pt-BR");
    await second.context().close();

    // Emails go out in the recipient's language.
    const visitor = await newPage(browser(), { locale: "en-US" });
    await visitor.goto(`/forgot-password?${new URLSearchParams({ email })}`);
    await visitor.getByRole("button", { name: "Email me a reset link" }).click();
    await visible(visitor.getByRole("heading", { name: "Check your inbox" }));
    expect(await readEmail(email, { template: "password-reset" })).toMatch(/senha/i);
    await visitor.context().close();
  });
});

describe("forgot password", () => {
  const browser = useBrowser();

  it("sets a new password from a single-use link and signs the account out everywhere", async () => {
    const email = await newAccount(browser(), "Paula Poliglota");
    const elsewhere = await newPage(browser());
    await signIn(elsewhere, email, PASSWORD);

    const page = await newPage(browser());
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.waitForURL(/\/forgot-password/);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await visible(page.getByRole("heading", { name: "Check your inbox" }));

    const link = linkIn(await readEmail(email, { template: "password-reset" }), "/reset-password");
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("a much better passphrase");
    await page.getByLabel("Confirm the new password").fill("a much better passphrase");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await visible(page.getByRole("heading", { name: "Your password was changed" }));

    // The other browser's session ended with the reset.
    await elsewhere.goto("/dashboard");
    await elsewhere.waitForURL(/\/sign-in/);
    await elsewhere.context().close();

    // The link worked once; the new password opens the account.
    await page.goto(link);
    await page.getByLabel("New password", { exact: true }).fill("yet another passphrase");
    await page.getByLabel("Confirm the new password").fill("yet another passphrase");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await visible(page.getByRole("heading", { name: "This reset link no longer works" }));
    await signIn(page, email, "a much better passphrase");
    await page.context().close();
  });
});
