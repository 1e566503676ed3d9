import { chromium } from "playwright-core";
import type { Browser, BrowserContextOptions, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

import { DEMO_PASSWORD } from "@arco/db/seed";
import { latestDroppedMail } from "@arco/email";

export { DEMO_PASSWORD };

export const e2e = () => inject("e2e");

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** One Chromium per test file; every scenario opens its own context (its own cookies). */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: e2e().chromiumPath,
      headless: true,
      args: LAUNCH_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is available inside tests only.");
    return browser;
  };
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}) {
  // Every context is a client of its own (its own address for the per-IP limits), so limits
  // spent by one scenario never leak into the next.
  const context = await browser.newContext({
    baseURL: e2e().baseUrl,
    viewport: { width: 1280, height: 900 },
    reducedMotion: "reduce",
    extraHTTPHeaders: visitorHeaders(),
    ...options,
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  // After a full page load, wait until React has hydrated it (see HydrationMark): a form filled
  // in before that would be submitted by the browser itself instead of the app.
  const load = page.goto.bind(page);
  page.goto = async (url, gotoOptions) => {
    const response = await load(url, gotoOptions);
    await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
    return response;
  };
  return page;
}

/**
 * Signs in through the password form, as a person would, and waits for their home: the
 * dashboard, or the admin area for agency staff without an organization.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email", { exact: true }).first().fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/(dashboard|admin)$/);
}

/** Asks for an email sign-in link for `email`, up to the "Check your inbox" screen. */
export async function requestSignInLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("tab", { name: "Email link" }).click();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await visible(page.getByRole("heading", { name: "Check your inbox" }));
}

export const visible = (locator: Locator) => locator.waitFor({ state: "visible" });

export const uniqueEmail = (label: string) =>
  `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;

/**
 * The plain-text body of the newest email to `to`, read from the server's mail drop as its
 * recipient would (the outbox staff read withholds sign-in, verification and invitation links).
 * Waits for it: emails are written as the request that sends them finishes.
 */
export async function readEmail(to: string, { template }: { template?: string } = {}) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mail = await latestDroppedMail(to, { dir: e2e().mailDropDir, template });
    if (mail) return mail.text;
    if (Date.now() > deadline) throw new Error(`No ${template ?? ""} email reached ${to}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first link in `text` whose path starts with `path` (e.g. "/verify-email"). */
export function linkIn(text: string, path: string) {
  const url = (text.match(/https?:\/\/[^\s\])>]+/g) ?? []).find((candidate) =>
    new URL(candidate).pathname.startsWith(path),
  );
  if (!url) throw new Error(`No ${path} link in: ${text}`);
  return url;
}

/**
 * A client address of its own (IPv6 documentation range, a /64 of its own), sent as
 * `x-forwarded-for`: the browser plays the one trusted proxy the test server is configured
 * with (TRUSTED_PROXY_HOPS=1), so the per-IP limits key on this address. Each visitor then has
 * its own hourly allowance of anonymous analyses, whatever ran before.
 */
export function visitorHeaders() {
  const hex = () => Math.floor(Math.random() * 0x10000).toString(16);
  return { "x-forwarded-for": `2001:db8:${hex()}:${hex()}::1` };
}

/** An address on the local test site (see site.ts); distinct paths are distinct pages. */
export const sitePage = (path = "") => new URL(path, e2e().siteUrl).href;

export const ANALYSIS_URL = /\/analyze\/[0-9a-f-]{36}$/;

/** Opens /analyze for `url`, as the landing form does, and waits for the finished report. */
export async function analyze(page: Page, url: string) {
  await page.goto(`/analyze?${new URLSearchParams({ url })}`);
  await page.waitForURL(ANALYSIS_URL);
  await visible(page.getByRole("img", { name: /^Overall score: / }));
  return page.url().split("/").at(-1)!;
}
