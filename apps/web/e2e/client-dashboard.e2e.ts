import { readFile } from "node:fs/promises";

import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { newPage, signIn, useBrowser, visible } from "./browser";
import { expectAccessible } from "./axe";

/** The text of a usage meter on the overview, e.g. "3 of 60 this month". */
async function meter(page: Page, id: string) {
  const text = (await page.locator(`#${id}-value`).textContent()) ?? "";
  return text.trim();
}

const usedOf = (text: string) => Number(/^[\d.]+/.exec(text)?.[0] ?? Number.NaN);

describe("the client dashboard", () => {
  const browser = useBrowser();

  it("lets a client run a project, a ticket and files, and shows the usage move", async () => {
    // An admin of Vela Outdoor: owners and admins run projects, tickets and files alike.
    const page = await newPage(browser());
    await signIn(page, "admin@vela.test");
    await visible(page.getByRole("heading", { name: "Plan usage" }));
    await visible(page.locator("#usage-tickets-value"));
    const ticketsBefore = await meter(page, "usage-tickets");
    const storageBefore = await meter(page, "usage-storage");

    // A project with a milestone.
    const projectName = `Winter catalogue ${Date.now()}`;
    await page.goto("/dashboard/projects");
    await page.getByRole("button", { name: "New project" }).click();
    await page.getByLabel("Name").fill(projectName);
    await page.getByRole("button", { name: "Create project" }).click();
    await page.waitForURL(/\/dashboard\/projects\/[0-9a-f-]{36}$/);
    await visible(page.getByRole("heading", { level: 1, name: projectName }));
    await page.getByRole("button", { name: "Add milestone" }).click();
    await page.getByLabel("Title").fill("Product photos approved");
    await page.getByLabel("Due date").fill("2026-12-15");
    await page.getByRole("dialog").getByRole("button", { name: "Add milestone" }).click();
    await visible(page.getByText("Product photos approved").first());

    // A ticket, and a reply in its thread.
    await page.goto("/dashboard/tickets");
    await page.getByRole("button", { name: "New ticket" }).click();
    await page.getByLabel("Subject").fill("The size guide link is broken");
    await page.getByLabel("Description").fill("On every jacket page the size guide opens a 404.");
    await page.getByRole("button", { name: "Create ticket" }).click();
    await page.waitForURL(/\/dashboard\/tickets\/[0-9a-f-]{36}$/);
    await visible(page.getByRole("heading", { name: /The size guide link is broken/ }));
    await page.getByLabel("Message").fill("It also happens on the boots pages.");
    await page.getByRole("button", { name: "Send reply" }).click();
    await visible(page.getByText("It also happens on the boots pages."));

    // A file, uploaded and downloaded again byte for byte.
    const content = `Brand guidelines ${Date.now()}\n`.repeat(2_000);
    await page.goto("/dashboard/files");
    // The picker reacts once the page is interactive.
    await visible(page.getByRole("button", { name: "Upload files" }));
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Choose files").setInputFiles({
      name: "brand-guidelines.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(content),
    });
    await visible(page.getByRole("button", { name: "Download brand-guidelines.txt" }).first());
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download brand-guidelines.txt" }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe("brand-guidelines.txt");
    expect(await readFile((await download.path())!, "utf8")).toBe(content);

    // The overview counts the new ticket and the stored bytes.
    await page.goto("/dashboard");
    await visible(page.locator("#usage-tickets-value"));
    expect(usedOf(await meter(page, "usage-tickets"))).toBe(usedOf(ticketsBefore) + 1);
    expect(await meter(page, "usage-storage")).not.toBe(storageBefore);
    await visible(page.getByRole("link", { name: projectName }));
    await page.context().close();
  });

  it("warns the owner of an expiring certificate in the bell, and opens the domain", async () => {
    const page = await newPage(browser());
    await signIn(page, "free@arco.test");
    // The seeded warning, and those of the daily domain check the server ran when it started.
    const bell = page.getByRole("button", { name: /^Notifications, \d+ unread$/ });
    await visible(bell);
    const unread = Number((await bell.getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1]);
    expect(unread).toBeGreaterThan(0);
    await bell.click();
    await page
      .getByRole("menuitem", { name: /The TLS certificate of aurora-bakery\.example expires/ })
      .click();
    await page.waitForURL(/\/dashboard\/domains\/[0-9a-f-]{36}$/);
    await visible(page.getByRole("heading", { level: 1, name: "aurora-bakery.example" }));
    // Opening it read it.
    await visible(
      page.getByRole("button", {
        name: unread === 1 ? "Notifications" : `Notifications, ${unread - 1} unread`,
        exact: true,
      }),
    );
    await page.context().close();
  });

  it("shows a viewer the same work without a single edit control", async () => {
    const page = await newPage(browser());
    await signIn(page, "viewer@vela.test");
    const editControls = [
      "New project",
      "Add milestone",
      "New ticket",
      "Send reply",
      "Upload files",
      "New folder",
      "Add domain",
    ];

    await page.goto("/dashboard/projects");
    const project = page.getByRole("link", { name: "Online store" }).first();
    await visible(project);
    await project.click();
    await page.waitForURL(/\/dashboard\/projects\/[0-9a-f-]{36}$/);
    await visible(page.getByRole("heading", { level: 1 }));
    for (const path of [null, "/dashboard/tickets", "/dashboard/files", "/dashboard/domains"]) {
      if (path) await page.goto(path);
      await page.waitForLoadState("networkidle");
      // Lists and their states pass axe in both themes.
      if (path) await expectAccessible(page);
      for (const name of editControls) {
        expect(await page.getByRole("button", { name }).count(), `${name} on ${page.url()}`).toBe(
          0,
        );
      }
    }

    // An id that is not one of the organization's, or not an id at all, is the ordinary 404.
    for (const path of [
      "/dashboard/projects/00000000-0000-4000-8000-000000000000",
      "/dashboard/tickets/not-a-ticket",
      "/dashboard/domains/00000000-0000-4000-8000-000000000000",
    ]) {
      await page.goto(path);
      await visible(page.getByRole("heading", { level: 1, name: "Page not found" }));
    }
    await page.context().close();
  });
});
