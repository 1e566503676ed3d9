import { describe, expect, it } from "vitest";

import {
  analyze,
  ANALYSIS_URL,
  linkIn,
  newPage,
  readEmail,
  signIn,
  sitePage,
  uniqueEmail,
  useBrowser,
  visible,
  visitorHeaders,
  e2e,
} from "./browser";
import { expectAccessible } from "./axe";

const unique = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

describe("the instant site analysis", () => {
  const browser = useBrowser();

  it("takes an anonymous visitor from the landing page to a report, watching the progress", async () => {
    const page = await newPage(browser(), { extraHTTPHeaders: visitorHeaders() });
    // A page that answers slowly, so the progress can be seen.
    const url = sitePage(`slow/${unique("bakery")}`);

    await page.goto("/");
    const hero = page.getByRole("region", { name: "Find out what’s holding your website back" });
    await hero.getByLabel("Website address").fill(url);
    await hero.getByRole("button", { name: "Analyze" }).click();

    await page.waitForURL(ANALYSIS_URL);
    const step = page.locator('li[aria-current="step"]');
    await visible(step);
    expect(await step.textContent()).toContain("Fetching the page");
    await visible(page.getByRole("heading", { name: "Analysis in progress" }));

    // The report replaces the progress once the run is done.
    await visible(page.getByRole("img", { name: /^Overall score: \d+ out of 100, / }));
    // Every category of the fixture page is decided, accessibility (axe-core in the server) too.
    for (const category of ["Performance", "Accessibility", "Best practices", "SEO", "Security"]) {
      const gauge = new RegExp(`^${category}: \\d+ out of 100`);
      await visible(page.getByRole("img", { name: gauge }));
    }
    expect(await step.count()).toBe(0);
    await visible(page.getByText(/Estimated: Performance/));

    const findings = page.getByRole("region", { name: "What to fix" });
    const altText = findings.locator("details").filter({ hasText: /alternative text/i });
    await visible(altText.first());
    // The most serious findings are open, with their fix and the offending element.
    await visible(altText.first().getByText("How to fix it"));
    await visible(altText.first().getByText('<img src="/loaves.jpg">'));
    const description = findings.locator("details").filter({ hasText: "No meta description" });
    await description.locator("summary").click();
    await visible(description.getByText("How to fix it"));

    const audits = page.getByRole("region", { name: "Lighthouse audits" });
    await visible(audits.getByText("Document has a meta description").first());
    await visible(
      page.getByRole("region", { name: "Network and page" }).getByText("HTTP/1.1").first(),
    );
    await visible(
      page
        .getByRole("region", { name: "Not evaluated without a browser" })
        .locator("code", { hasText: "color-contrast" }),
    );
    // Visitors without an account are offered one.
    await visible(page.getByRole("heading", { name: "Sign up to save your history" }));
    await page.context().close();
  });

  it("emails the report, and turns a visitor into an account that keeps the page", async () => {
    const page = await newPage(browser(), { extraHTTPHeaders: visitorHeaders() });
    const url = sitePage(`leads/${unique("page")}`);
    await analyze(page, url);

    await page.getByRole("button", { name: "Email me this report" }).click();
    const dialog = page.getByRole("dialog", { name: "Email me this report" });
    const reader = uniqueEmail("reader");
    await dialog.getByLabel("Email address").fill(reader);
    const tips = dialog.getByRole("checkbox", {
      name: "Send me occasional tips to improve my site",
    });
    expect(await tips.getAttribute("aria-checked")).toBe("false");
    await tips.click();
    await dialog.getByRole("button", { name: "Send the report" }).click();
    await visible(dialog.getByText(`The report is on its way to ${reader}.`, { exact: false }));
    await page.keyboard.press("Escape");

    const saver = uniqueEmail("saver");
    const save = page.getByRole("form", { name: "Sign up to save your history" });
    await save.getByLabel("Email address").fill(saver);
    await save.getByRole("button", { name: "Sign up free" }).click();
    await page.waitForURL(/\/sign-up\?/);
    expect(await page.getByLabel("Email").inputValue()).toBe(saver);
    await page.getByLabel("Name").fill("Sam Saver");
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Create account" }).click();
    await visible(page.getByRole("heading", { name: "Check your inbox" }));

    // The emailed link confirms the address; signing in comes back to the page.
    await page.goto(linkIn(await readEmail(saver, { template: "verify-email" }), "/verify-email"));
    await page.getByRole("link", { name: "Sign in to continue" }).click();
    await page.getByRole("textbox", { name: "Password", exact: true }).fill("copper lantern river");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();

    // Back on the page, analyzed again under the new account: the first entry of its history.
    await page.waitForURL(ANALYSIS_URL);
    await visible(page.getByRole("img", { name: /^Overall score: / }));
    await visible(page.getByRole("link", { name: "History of this page" }));
    await page.goto("/dashboard/analyses");
    await visible(page.getByRole("navigation", { name: "Analyzed pages" }).getByText(url.slice(7)));
    await page.context().close();
  });

  it("explains a failed run and offers another address", async () => {
    const page = await newPage(browser(), { extraHTTPHeaders: visitorHeaders() });
    await page.goto(`/analyze?${new URLSearchParams({ url: "http://10.20.30.40/" })}`);
    await page.waitForURL(ANALYSIS_URL);
    await visible(page.getByRole("alert").getByText("This address points to a private network"));
    await visible(page.getByText(/which Arco never fetches/));
    await visible(page.getByLabel("Try another address"));

    await page.goto(`/analyze?${new URLSearchParams({ url: sitePage("data.json") })}`);
    await page.waitForURL(ANALYSIS_URL);
    await visible(page.getByRole("alert").getByText("This address isn’t a web page"));
    await page.context().close();
  });

  it("stops the sixth anonymous analysis in an hour with a clear message", async () => {
    const page = await newPage(browser(), { extraHTTPHeaders: visitorHeaders() });
    for (let run = 1; run <= 5; run++) {
      await page.goto(`/analyze?${new URLSearchParams({ url: sitePage(`run-${run}`) })}`);
      await page.waitForURL(ANALYSIS_URL);
    }

    await page.goto(`/analyze?${new URLSearchParams({ url: sitePage("run-6") })}`);
    const alert = page.getByRole("alert").filter({ hasText: "You’ve reached the hourly limit" });
    await visible(alert);
    expect(await alert.textContent()).toMatch(/You can analyze another page in \d+ minutes?\./);
    await visible(alert.getByRole("link", { name: "Create a free account" }));
    // The visitor stays on the form, free to try again later.
    expect(page.url()).toContain("/analyze?url=");
    await visible(page.getByLabel("Analyze another address"));
    await page.context().close();
  });

  it("keeps a signed-in user's runs, with the trend, and shares a report read-only", async () => {
    const page = await newPage(browser(), { extraHTTPHeaders: visitorHeaders() });
    await signIn(page, "owner@vela.test");
    const url = sitePage(`history/${unique("page")}`);
    const first = await analyze(page, url);
    // Signed in: no sign-up prompt, and the email form knows the address.
    expect(await page.getByRole("heading", { name: "Sign up to save your history" }).count()).toBe(
      0,
    );

    await page.goto("/dashboard");
    await page.getByRole("link", { name: "Site analyses" }).first().click();
    await page.waitForURL(/\/dashboard\/analyses/);
    await visible(page.getByRole("heading", { level: 1, name: "Site analyses" }));
    const label = url.replace(/^http:\/\//, "");
    await page.getByRole("navigation", { name: "Analyzed pages" }).getByText(label).click();
    await visible(page.getByRole("heading", { level: 2, name: label }));
    const trend = page.getByRole("img", { name: `Score trend of ${label}` });
    await visible(trend);
    expect(await page.locator(`a[href="/analyze/${first}"]`).count()).toBe(1);
    // Pointing at the plot opens the tooltip with the run's scores.
    const plot = (await trend.boundingBox())!;
    await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
    await visible(trend.locator("li", { hasText: /^Overall\d+$/ }));

    // One click runs it again; the new run joins the history and the trend.
    await page.getByRole("button", { name: `Re-run the analysis of ${label}` }).click();
    await page.waitForURL((u) => ANALYSIS_URL.test(u.pathname) && !u.pathname.endsWith(first));
    await visible(page.getByRole("img", { name: /^Overall score: / }));
    const second = page.url().split("/").at(-1)!;
    await page.goto(`/dashboard/analyses?${new URLSearchParams({ page: url })}`);
    const selected = page.locator('nav[aria-label="Analyzed pages"] a[aria-current="page"]');
    expect(await selected.textContent()).toContain("2 runs");
    expect(await page.locator(`a[href="/analyze/${second}"]`).count()).toBe(1);
    const table = page.locator("figure table");
    expect(await table.locator("tbody tr").count()).toBe(2);
    expect(await page.locator("figcaption").textContent()).toMatch(/^Over 2 runs /);
    // The chart, its toggles and the runs list pass axe in both themes.
    await expectAccessible(page);

    // Shared, the report opens for anyone, read-only and without the owner's details.
    await page.goto(`/analyze/${second}`);
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const link = await page.getByLabel("Share link").inputValue();
    expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{16,}$/);
    await page.context().close();

    const visitor = await newPage(browser());
    await visitor.goto(link);
    await visible(visitor.getByText("Shared report", { exact: true }));
    await visible(visitor.getByRole("heading", { level: 1, name: label }));
    await visible(visitor.getByRole("img", { name: /^Overall score: / }));
    await expectAccessible(visitor);
    expect(await visitor.title()).toMatch(
      new RegExp(`${label.replace(/[.]/g, "\\.")} scores \\d+/100`),
    );
    expect(await visitor.locator('meta[property="og:title"]').getAttribute("content")).toMatch(
      /scores \d+\/100/,
    );
    // The share preview is an image of this report, on the public origin.
    const image = await visitor.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`^${e2e().baseUrl}/r/[^/]+/opengraph-image`));
    const preview = await fetch(image!);
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toBe("image/png");
    for (const action of ["Share", "Re-run", "Email me this report"]) {
      expect(await visitor.getByRole("button", { name: action, exact: true }).count(), action).toBe(
        0,
      );
    }
    const body = (await visitor.locator("body").textContent()) ?? "";
    expect(body).not.toContain("owner@vela.test");
    expect(body).not.toContain("Vela");
    await visitor.getByRole("link", { name: "Analyze your own site" }).click();
    await visible(visitor.getByLabel("Website address"));
    await visitor.context().close();
  });
});
