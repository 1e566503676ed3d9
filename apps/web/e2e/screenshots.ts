import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { beforeAll, describe, it } from "vitest";

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
} from "./browser";

import { translateMessage } from "@arco/i18n/translate";

import { catalogs } from "~/i18n/messages";

/**
 * Not an assertion of behaviour but a record to look at: every page, as each kind of visitor
 * sees it, in both themes, on a laptop and on a phone. Written to e2e/screenshots/.
 */
const folder = path.join(import.meta.dirname, "screenshots");
const themes = ["light", "dark"] as const;
const widths = [1280, 390] as const;
const languages = ["en", "pt-BR"] as const;

type Variant = {
  theme: (typeof themes)[number];
  width: (typeof widths)[number];
  locale: (typeof languages)[number];
};
type Tree = { [key: string]: string | Tree };
const flat = (tree: Tree): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[key, value] as [string, string]]
      : flat(value).map(([k, v]) => [`${key}.${k}`, v] as [string, string]),
  );
const english = flat(catalogs.en as unknown as Tree);
const portuguese = new Map(flat(catalogs["pt-BR"] as unknown as Tree));

/**
 * What the page calls `text` (an English message) in `locale`: the message of the same key (any
 * of them, when several keys say it in English), or the API's translation of a validation
 * message.
 */
function say(locale: Variant["locale"], text: string): string | RegExp {
  if (locale === "en") return text;
  const said = [
    ...new Set(
      english.filter(([, message]) => message === text).map(([key]) => portuguese.get(key)!),
    ),
  ];
  if (said.length > 1) return new RegExp(`^(${said.map(escape).join("|")})$`);
  const translated = said[0] ?? translateMessage(text, locale);
  if (translated === text) throw new Error(`No translation of “${text}”.`);
  return translated;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A name that starts like `prefix` (an English message up to its first argument) in `locale`. */
function startsWith(locale: Variant["locale"], prefix: string) {
  if (locale === "en") return new RegExp(`^${escape(prefix)}`);
  const key = english.find(([, message]) => message.startsWith(prefix))?.[0];
  const said = key && portuguese.get(key)?.split("{")[0];
  if (!said) throw new Error(`No message starting “${prefix}” in the English catalog.`);
  return new RegExp(`^${escape(said)}`);
}

type StorageState = Awaited<ReturnType<Awaited<ReturnType<Browser["newContext"]>>["storageState"]>>;

interface Shot {
  name: string;
  path: string;
  /** Something to do after the page loads (open a menu, submit a form). */
  act?: (page: Page, variant: Variant) => Promise<void>;
  only?: (variant: Variant) => boolean;
  /** Request headers for this shot instead of the context's own client address. */
  headers?: Record<string, string>;
  /** False for pages that keep polling (a running analysis): no waiting for the network. */
  settle?: boolean;
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.evaluate(() => document.fonts.ready);
}

async function capture(browser: Browser, who: string, shots: Shot[], storageState?: StorageState) {
  for (const [locale, theme, width] of languages.flatMap((l) =>
    themes.flatMap((t) => widths.map((w) => [l, t, w] as const)),
  )) {
    {
      const variant = { theme, width, locale };
      const options: BrowserContextOptions = {
        locale,
        colorScheme: theme,
        viewport: { width, height: width > 600 ? 900 : 844 },
        ...(storageState ? { storageState } : {}),
      };
      const page = await newPage(browser, options);
      // Each context is a visitor of its own, with its own hourly allowance of analyses.
      const visitor = visitorHeaders();
      for (const shot of shots) {
        if (shot.only && !shot.only(variant)) continue;
        await page.setExtraHTTPHeaders(shot.headers ?? visitor);
        await page.goto(shot.path);
        if (shot.settle !== false) await settle(page);
        await shot.act?.(page, variant);
        if (shot.settle !== false) await settle(page);
        await page.screenshot({
          path: path.join(folder, `${who}--${shot.name}--${locale}-${theme}-${width}.png`),
          fullPage: true,
          animations: "disabled",
        });
      }
      await page.context().close();
    }
  }
}

/** One screenshot of a page reached by a flow rather than by its address (light, 1280). */
async function shoot(page: Page, who: string, name: string) {
  await settle(page);
  await page.screenshot({
    path: path.join(folder, `${who}--${name}--light-1280.png`),
    fullPage: true,
    animations: "disabled",
  });
}

/** The pages of the client's work, each list and the first item of it. */
const detailOf = (list: string, pattern: RegExp): Shot => ({
  name: `${list.split("/").at(-1)!.replace(/s$/, "")}-detail`,
  path: list,
  act: async (page) => {
    await page.locator(`main a[href^="${list}/"]`).first().click();
    await page.waitForURL(pattern);
    await visible(page.getByRole("heading", { level: 1 }));
  },
});

const workShots: Shot[] = [
  { name: "projects", path: "/dashboard/projects" },
  detailOf("/dashboard/projects", /\/dashboard\/projects\/[0-9a-f-]{36}$/),
  { name: "tickets", path: "/dashboard/tickets" },
  detailOf("/dashboard/tickets", /\/dashboard\/tickets\/[0-9a-f-]{36}$/),
  { name: "domains", path: "/dashboard/domains" },
  detailOf("/dashboard/domains", /\/dashboard\/domains\/[0-9a-f-]{36}$/),
  { name: "files", path: "/dashboard/files" },
];

async function signedInState(browser: Browser, email: string) {
  const page = await newPage(browser);
  await signIn(page, email);
  const state = await page.context().storageState();
  await page.context().close();
  return state;
}

describe("screenshots of every page", () => {
  const browser = useBrowser();

  beforeAll(() => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
  });

  it("records signed-out, client and staff pages in both themes at 1280 and 390", async () => {
    const client = await signedInState(browser(), "owner@vela.test");
    const viewer = await signedInState(browser(), "viewer@vela.test");
    const staff = await signedInState(browser(), "admin@arco.test");

    // A live invitation (sent by the client, its link read from the invitee's email) and an
    // outbox email to open.
    const invitee = uniqueEmail("screenshot");
    const owner = await newPage(browser(), { storageState: client });
    await owner.goto("/dashboard/members");
    await owner.getByLabel("Email address").fill(invitee);
    await owner.getByRole("button", { name: "Send invitation" }).click();
    await visible(owner.getByText(`Invitation sent to ${invitee}.`));
    await owner.context().close();

    const admin = await newPage(browser(), { storageState: staff });
    await admin.goto("/admin/outbox");
    await admin.getByRole("row").filter({ hasText: invitee }).getByRole("link").first().click();
    await admin.waitForURL(/\/admin\/outbox\/[0-9a-f-]+$/);
    const emailPath = new URL(admin.url()).pathname;
    await admin.context().close();
    const invitePath = new URL(
      linkIn(await readEmail(invitee, { template: "invitation" }), "/invite"),
    ).pathname;

    const newcomerPage = await newPage(browser());
    const newcomerEmail = uniqueEmail("newcomer");
    await newcomerPage.goto("/sign-up");
    await newcomerPage.getByLabel("Name").fill("Noor Newcomer");
    await newcomerPage.getByLabel("Email").fill(newcomerEmail);
    await newcomerPage
      .getByRole("textbox", { name: "Password", exact: true })
      .fill("copper lantern river");
    await newcomerPage.getByRole("button", { name: "Create account" }).click();
    await visible(newcomerPage.getByRole("heading", { name: "Check your inbox" }));
    await shoot(newcomerPage, "signed-out", "sign-up-check-inbox");
    await newcomerPage.goto(
      linkIn(await readEmail(newcomerEmail, { template: "verify-email" }), "/verify-email"),
    );
    await visible(newcomerPage.getByRole("heading", { name: "Your email is verified" }));
    await shoot(newcomerPage, "signed-out", "verify-email-done");
    await signIn(newcomerPage, newcomerEmail, "copper lantern river");
    const newcomer = await newcomerPage.context().storageState();
    await newcomerPage.context().close();

    // Analyses to show: an anonymous report (shared, for the public copy), a failed run, a
    // visitor who has used up the hour, and a client's history of one page.
    const visitor = await newPage(browser(), { extraHTTPHeaders: visitorHeaders() });
    const reportPath = `/analyze/${await analyze(visitor, sitePage("screens/bakery"))}`;
    await visitor.getByRole("button", { name: "Share", exact: true }).click();
    const sharePath = new URL(await visitor.getByLabel("Share link").inputValue()).pathname;
    await visitor.goto(`/analyze?${new URLSearchParams({ url: "http://10.20.30.40/" })}`);
    await visitor.waitForURL(ANALYSIS_URL);
    const failedPath = new URL(visitor.url()).pathname;
    await visitor.context().close();

    const exhausted = visitorHeaders();
    const spender = await newPage(browser(), { extraHTTPHeaders: exhausted });
    for (let run = 1; run <= 5; run++) {
      await spender.goto(`/analyze?${new URLSearchParams({ url: sitePage(`spent-${run}`) })}`);
      await spender.waitForURL(ANALYSIS_URL);
    }
    await spender.context().close();

    const history = sitePage("screens/shop");
    const owner2 = await newPage(browser(), { storageState: client });
    let clientReportPath = "";
    for (let run = 0; run < 3; run++) {
      clientReportPath = `/analyze/${await analyze(owner2, history)}`;
    }
    await analyze(owner2, sitePage("screens/contact"));
    await owner2.context().close();
    const fakeUnsubscribe = `00000000-0000-4000-8000-000000000000.${"A".repeat(43)}`;

    await capture(browser(), "signed-out", [
      { name: "home", path: "/" },
      { name: "analyze", path: "/analyze" },
      { name: "analyze-invalid", path: "/analyze?url=ftp://example.com" },
      {
        name: "analyze-progress",
        path: `/analyze?${new URLSearchParams({ url: sitePage(`slow/${Date.now()}`) })}`,
        settle: false,
        act: async (page) => {
          await page.waitForURL(ANALYSIS_URL);
          await visible(page.locator('li[aria-current="step"]'));
        },
      },
      { name: "analyze-report", path: reportPath },
      {
        name: "analyze-email-dialog",
        path: reportPath,
        act: async (page, { locale }) => {
          await page.getByRole("button", { name: say(locale, "Email me this report") }).click();
          await visible(page.getByRole("dialog"));
        },
      },
      {
        name: "analyze-shared-link",
        path: reportPath,
        act: async (page, { locale }) => {
          await page.getByRole("button", { name: say(locale, "Share"), exact: true }).click();
          await visible(page.getByLabel(say(locale, "Share link")));
        },
      },
      { name: "analyze-failed", path: failedPath },
      {
        name: "analyze-rate-limited",
        path: `/analyze?${new URLSearchParams({ url: sitePage("one-more") })}`,
        headers: exhausted,
        act: async (page, { locale }) => {
          await visible(page.getByText(say(locale, "You’ve reached the hourly limit")));
        },
      },
      { name: "analysis-not-found", path: "/analyze/00000000-0000-4000-8000-000000000000" },
      { name: "shared-report", path: sharePath },
      { name: "shared-report-not-found", path: "/r/not-a-real-share-token-000" },
      { name: "unsubscribe", path: `/unsubscribe/${fakeUnsubscribe}` },
      {
        name: "unsubscribe-invalid",
        path: `/unsubscribe/${fakeUnsubscribe}`,
        act: async (page, { locale }) => {
          await page.getByRole("button", { name: say(locale, "Unsubscribe") }).click();
          await visible(
            page.getByRole("heading", { name: say(locale, "This unsubscribe link isn’t valid") }),
          );
        },
      },
      { name: "sign-in", path: "/sign-in" },
      {
        name: "sign-in-errors",
        path: "/sign-in",
        act: async (page, { locale }) => {
          await page.getByRole("button", { name: say(locale, "Sign in"), exact: true }).click();
          await visible(page.getByText(say(locale, "Enter your password.")));
        },
      },
      {
        name: "sign-in-link-sent",
        path: "/sign-in",
        act: async (page, { theme, width, locale }) => {
          await page.getByRole("tab", { name: say(locale, "Email link") }).click();
          await page
            .getByLabel(say(locale, "Email"), { exact: true })
            .fill(`link-${theme}-${width}-${Date.now()}@example.test`);
          await page.getByRole("button", { name: say(locale, "Email me a sign-in link") }).click();
          await visible(page.getByRole("heading", { name: say(locale, "Check your inbox") }));
        },
      },
      { name: "sign-in-expired-link", path: "/sign-in?error=Verification" },
      {
        name: "sign-up",
        path: "/sign-up",
        act: async (page, { locale }) => {
          await page
            .getByRole("textbox", { name: say(locale, "Password"), exact: true })
            .fill("lanternfish2");
        },
      },
      { name: "verify-email-invalid", path: "/verify-email?token=not-a-real-token-at-all-000" },
      { name: "invite", path: invitePath! },
      { name: "invite-unknown", path: "/invite/not-a-real-invitation-token-000" },
      { name: "forgot-password", path: "/forgot-password" },
      { name: "reset-password-expired", path: "/reset-password" },
      { name: "not-found", path: "/no-such-page" },
    ]);

    await capture(
      browser(),
      "client",
      [
        { name: "home", path: "/" },
        { name: "dashboard", path: "/dashboard" },
        ...workShots,
        {
          name: "new-project-dialog",
          path: "/dashboard/projects",
          act: async (page, { locale }) => {
            await page.getByRole("button", { name: say(locale, "New project") }).click();
            await visible(page.getByRole("dialog"));
          },
        },
        {
          name: "new-ticket-dialog",
          path: "/dashboard/tickets",
          act: async (page, { locale }) => {
            await page.getByRole("button", { name: say(locale, "New ticket") }).click();
            await visible(page.getByRole("dialog"));
          },
        },
        { name: "members", path: "/dashboard/members" },
        { name: "account", path: "/dashboard/account" },
        { name: "settings", path: "/dashboard/settings" },
        { name: "billing", path: "/dashboard/billing" },
        {
          name: "analyses",
          path: `/dashboard/analyses?${new URLSearchParams({ page: history })}`,
          act: async (page, { locale }) => {
            await visible(page.getByRole("img", { name: startsWith(locale, "Score trend of ") }));
          },
        },
        { name: "analyze-report", path: clientReportPath },
        { name: "invite-other-account", path: invitePath! },
        {
          name: "org-switcher",
          path: "/dashboard",
          act: async (page, { locale }) => {
            await page.getByRole("button", { name: startsWith(locale, "Organization:") }).click();
            await visible(page.getByRole("menuitem", { name: say(locale, "Create organization") }));
          },
        },
        {
          name: "create-org-dialog",
          path: "/dashboard",
          act: async (page, { locale }) => {
            await page.getByRole("button", { name: startsWith(locale, "Organization:") }).click();
            await page.getByRole("menuitem", { name: say(locale, "Create organization") }).click();
            await visible(page.getByRole("dialog"));
          },
        },
        {
          name: "notifications",
          path: "/dashboard",
          act: async (page, { locale }) => {
            await page.getByRole("button", { name: startsWith(locale, "Notifications") }).click();
            await visible(page.getByRole("menu"));
          },
        },
        {
          name: "user-menu",
          path: "/dashboard",
          act: async (page, { locale }) => {
            await page.getByRole("button", { name: "Fernanda Alves" }).click();
            await visible(page.getByRole("menuitem", { name: say(locale, "Sign out") }));
          },
        },
        {
          name: "mobile-nav",
          path: "/dashboard/members",
          only: ({ width }) => width < 600,
          act: async (page, { locale }) => {
            await page.getByRole("button", { name: say(locale, "Open navigation") }).click();
            await visible(page.getByRole("dialog"));
          },
        },
      ],
      client,
    );

    await capture(
      browser(),
      "viewer",
      [
        { name: "dashboard", path: "/dashboard" },
        ...workShots,
        { name: "members", path: "/dashboard/members" },
        { name: "settings", path: "/dashboard/settings" },
        { name: "billing", path: "/dashboard/billing" },
      ],
      viewer,
    );

    await capture(
      browser(),
      "newcomer",
      [
        { name: "dashboard", path: "/dashboard" },
        { name: "members", path: "/dashboard/members" },
        { name: "account", path: "/dashboard/account" },
        { name: "analyses", path: "/dashboard/analyses" },
      ],
      newcomer,
    );

    await capture(
      browser(),
      "staff",
      [
        { name: "admin", path: "/admin" },
        { name: "outbox", path: "/admin/outbox" },
        {
          name: "outbox-email",
          path: emailPath,
          // The email renders in a sandboxed frame that paints after the page settles.
          act: async (page) => {
            await page
              .frameLocator("iframe")
              .getByText("Arco")
              .filter({ visible: true })
              .first()
              .waitFor();
          },
        },
        { name: "clients", path: "/admin/clients" },
        {
          name: "client",
          path: "/admin/clients",
          act: async (page) => {
            await page.locator('main a[href^="/admin/clients/"]').first().click();
            await page.waitForURL(/\/admin\/clients\/[0-9a-f-]{36}$/);
            await visible(page.getByRole("heading", { level: 1 }));
          },
        },
        { name: "plans", path: "/admin/plans" },
        { name: "audit", path: "/admin/audit" },
        { name: "audit-sessions", path: "/admin/audit?tab=sessions" },
        { name: "people", path: "/admin/people" },
        { name: "leads", path: "/admin/leads" },
        { name: "tickets", path: "/admin/tickets" },
        {
          name: "ticket",
          path: "/admin/tickets",
          act: async (page) => {
            await page.locator('a[href^="/admin/tickets/"]').first().click();
            await page.waitForURL(/\/admin\/tickets\/[0-9a-f-]{36}$/);
            await visible(page.getByRole("heading", { level: 1 }));
          },
        },
        { name: "dashboard", path: "/dashboard" },
      ],
      staff,
    );

    // Support staff working in a client's organization as staff, from its page in /admin.
    const supportPage = await newPage(browser());
    await signIn(supportPage, "support@arco.test");
    await supportPage.goto("/admin/clients");
    await supportPage.getByRole("link", { name: "Manage Lumen Dental" }).click();
    await supportPage.waitForURL(/\/admin\/clients\/[0-9a-f-]{36}$/);
    const act = supportPage.getByRole("form", { name: "Act for this client" });
    await act.getByLabel("Reason").fill("Updating the clinic's opening hours");
    await act.getByRole("button", { name: "Start" }).click();
    await supportPage.waitForURL(/\/dashboard$/);
    const support = await supportPage.context().storageState();
    await supportPage.context().close();
    await capture(
      browser(),
      "support-in-client",
      [{ name: "dashboard", path: "/dashboard" }, ...workShots],
      support,
    );
  }, 900_000);
});
