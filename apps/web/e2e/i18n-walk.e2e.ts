import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";

import { catalogs } from "~/i18n/messages";

import { expectAccessible } from "./axe";
import { analyze, newPage, signIn, sitePage, useBrowser, visible } from "./browser";

/**
 * Every page, walked as a Portuguese-speaking visitor, client and agency staff: no visible text
 * may be a message that exists only in English (a string the page forgot to translate), and
 * axe finds nothing in either theme. The same walk in English checks axe there too.
 */
type Tree = { [key: string]: string | Tree };
const messagesOf = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === "string" ? [value] : messagesOf(value)));

const portuguese = new Set(messagesOf(catalogs["pt-BR"] as unknown as Tree));
/** English messages without arguments that Portuguese says differently. */
const onlyEnglish = new Set(
  messagesOf(catalogs.en as unknown as Tree).filter(
    (message) => !message.includes("{") && !message.includes("<") && !portuguese.has(message),
  ),
);

/** The page's visible text, one entry per element's own text and per accessible label. */
async function visibleTexts(page: Page) {
  return page.evaluate(() => {
    const texts = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // translate="no" marks content in its own language (an email's subject, say).
      if (!parent || parent.closest('script, style, template, [hidden], [translate="no"]')) {
        continue;
      }
      const text = node.textContent?.trim();
      if (text) texts.add(text);
      // The whole of an element whose text is split into pieces ("Sign in" + icon).
      const whole = parent.textContent?.trim();
      if (whole) texts.add(whole);
    }
    for (const element of document.querySelectorAll(
      "[aria-label], [title], [placeholder], img[alt]",
    )) {
      for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(attribute)?.trim();
        if (value) texts.add(value);
      }
    }
    // The tab's title repeats the heading, so it is skipped when the heading is such content.
    if (!document.querySelector('h1 [translate="no"]')) texts.add(document.title);
    return [...texts];
  });
}

interface Stop {
  path: string;
  /** Follows the first link into an item of the list. */
  open?: RegExp;
}

const publicStops: Stop[] = [
  { path: "/" },
  { path: "/analyze" },
  { path: "/sign-in" },
  { path: "/sign-up" },
  { path: "/analyze/00000000-0000-4000-8000-000000000000" },
];

const clientStops: Stop[] = [
  { path: "/dashboard" },
  { path: "/dashboard/projects" },
  { path: "/dashboard/projects", open: /\/dashboard\/projects\/[0-9a-f-]{36}$/ },
  { path: "/dashboard/tickets" },
  { path: "/dashboard/tickets", open: /\/dashboard\/tickets\/[0-9a-f-]{36}$/ },
  { path: "/dashboard/domains" },
  { path: "/dashboard/domains", open: /\/dashboard\/domains\/[0-9a-f-]{36}$/ },
  { path: "/dashboard/files" },
  { path: "/dashboard/analyses" },
  { path: "/dashboard/members" },
  { path: "/dashboard/settings" },
  { path: "/dashboard/billing" },
  { path: "/dashboard/account" },
];

const staffStops: Stop[] = [
  { path: "/admin" },
  { path: "/admin/clients" },
  { path: "/admin/clients", open: /\/admin\/clients\/[0-9a-f-]{36}$/ },
  { path: "/admin/tickets" },
  { path: "/admin/tickets", open: /\/admin\/tickets\/[0-9a-f-]{36}$/ },
  { path: "/admin/plans" },
  { path: "/admin/audit" },
  { path: "/admin/audit?tab=sessions" },
  { path: "/admin/people" },
  { path: "/admin/leads" },
  { path: "/admin/outbox" },
  { path: "/admin/outbox", open: /\/admin\/outbox\/[0-9a-f-]+$/ },
];

async function visit(page: Page, stop: Stop) {
  await page.goto(stop.path);
  if (stop.open) {
    const path = new URL(page.url()).pathname;
    await page.locator(`main a[href^="${path}/"]`).first().click();
    await page.waitForURL(stop.open);
  }
  await visible(page.getByRole("heading", { level: 1 }).first());
  await page.waitForLoadState("networkidle");
}

async function walk(
  browser: Browser,
  locale: "en" | "pt-BR",
  stops: Stop[],
  who?: string,
): Promise<string[]> {
  // Signed in through the English form (the helpers speak English), then read in `locale`.
  let storageState;
  if (who) {
    const english = await newPage(browser, { locale: "en" });
    await signIn(english, who);
    storageState = await english.context().storageState();
    await english.context().close();
  }
  const page = await newPage(browser, { locale, ...(storageState ? { storageState } : {}) });
  const found: string[] = [];
  for (const stop of stops) {
    await visit(page, stop);
    if (locale === "pt-BR") {
      expect(await page.locator("html").getAttribute("lang")).toBe("pt-BR");
      for (const text of await visibleTexts(page)) {
        if (onlyEnglish.has(text)) found.push(`${page.url()}: “${text}”`);
      }
    }
    await expectAccessible(page);
  }
  await page.context().close();
  return found;
}

describe("every page in Portuguese and English", () => {
  const browser = useBrowser();

  it("knows the English-only messages it looks for", () => {
    expect(onlyEnglish.size).toBeGreaterThan(500);
    expect(onlyEnglish.has("Sign in")).toBe(true);
  });

  for (const locale of ["pt-BR", "en"] as const) {
    it(`shows visitors the public pages and a report in ${locale}`, async () => {
      const visitor = await newPage(browser(), { locale: "en" });
      const report = await analyze(visitor, sitePage(`i18n/${locale}`));
      await visitor.context().close();
      const stops = [...publicStops, { path: `/analyze/${report}` }];
      expect(await walk(browser(), locale, stops)).toEqual([]);
    });

    it(`shows a client every dashboard page in ${locale}`, async () => {
      expect(await walk(browser(), locale, clientStops, "owner@vela.test")).toEqual([]);
    });

    it(`shows agency staff the admin area in ${locale}`, async () => {
      expect(await walk(browser(), locale, staffStops, "admin@arco.test")).toEqual([]);
    });
  }
});
