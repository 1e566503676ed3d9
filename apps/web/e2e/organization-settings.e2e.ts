import { describe, expect, it } from "vitest";

import { newPage, signIn, useBrowser, visible } from "./browser";
import { newAccount, PASSWORD } from "./accounts";

describe("organization settings", () => {
  const browser = useBrowser();

  it("let the owner rename the organization and choose its language, zone and invite policy", async () => {
    const email = await newAccount(browser(), "Otto Owner");
    const page = await newPage(browser());
    await signIn(page, email, PASSWORD);
    await page.goto("/dashboard/settings");
    await visible(page.getByRole("heading", { level: 1, name: "Organization settings" }));

    // Nothing changed yet: nothing to save.
    const save = page.getByRole("button", { name: "Save settings" });
    expect(await save.isDisabled()).toBe(true);
    expect(await page.getByLabel("Time zone").inputValue()).toBe("America/Sao_Paulo");

    await page.getByLabel("Name").fill("");
    await save.click();
    await visible(page.getByText("Enter a name."));

    await page.getByLabel("Name").fill("Otto Studio");
    await page.getByRole("combobox", { name: "Language" }).selectOption("en");
    await page.getByLabel("Time zone").selectOption("Europe/Lisbon");
    await page.getByLabel("Who may invite people").selectOption("members");
    await save.click();
    await visible(page.getByText("The organization's settings were saved."));

    await page.goto("/dashboard/settings");
    expect(await page.getByLabel("Name").inputValue()).toBe("Otto Studio");
    expect(await page.getByRole("combobox", { name: "Language" }).inputValue()).toBe("en");
    expect(await page.getByLabel("Time zone").inputValue()).toBe("Europe/Lisbon");
    expect(await page.getByLabel("Who may invite people").inputValue()).toBe("members");
    await visible(page.getByRole("button", { name: /^Organization: Otto Studio/ }));
    await page.context().close();
  });

  it("are read-only for members who do not manage the organization", async () => {
    const page = await newPage(browser());
    await signIn(page, "viewer@vela.test");
    await page.goto("/dashboard/settings");
    await visible(
      page.getByText("Only the organization's owners and admins can change these settings."),
    );
    expect(await page.getByLabel("Name").isDisabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Save settings" }).count()).toBe(0);
    await page.context().close();
  });
});
