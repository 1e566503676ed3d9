import { SafeFetchError, analyzeHtml } from "@arco/analyzer";
import { urlAnalyses } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  analysisForViewer,
  analyzedPages,
  listAnalyses,
  normalizeAnalyzedUrl,
  runAnalysis,
  scoreTrend,
  shareAnalysis,
  sharedAnalysis,
  startAnalysis,
} from "../src/analyses";
import type { Analyze } from "../src/analyses";
import { actorFor } from "./helpers";

const testDb = useTestDb();
const anonymous = { userId: null, actorUserId: null } as const;

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="description" content="A page"><meta name="viewport" content="width=device-width">` +
  `</head><body><main><h1>${title}</h1><img src="a.png"></main></body></html>`;

/** The real analyzer on fixed HTML: everything but the network. */
const analyzeFixed =
  (html: string, stages: string[] = []): Analyze =>
  async (url, { onProgress }) => {
    onProgress("fetching");
    stages.push("fetching");
    onProgress("analyzing");
    stages.push("analyzing");
    return analyzeHtml({
      url,
      status: 200,
      headers: { "content-type": "text/html" },
      html,
      robotsTxt: null,
    });
  };

describe("running an analysis", () => {
  it("goes queued → fetching → analyzing → done and stores the scores and the report", async () => {
    const { db } = testDb();
    const { id, status } = await startAnalysis(db, anonymous, {
      url: "https://shop.example.com/?utm_source=x#top",
      orgId: null,
      ipHash: "h",
    });
    expect(status).toBe("queued");
    await runAnalysis(db, id, analyzeFixed(page("Shop")));
    const [row] = await db.select().from(urlAnalyses).where(eq(urlAnalyses.id, id));
    expect(row).toMatchObject({
      status: "done",
      errorCode: null,
      normalizedUrl: "https://shop.example.com/",
    });
    expect(row!.score).toBeGreaterThan(0);
    expect(row!.seoScore).not.toBeNull();
    expect((row!.report as { url: string }).url).toBe("https://shop.example.com/?utm_source=x#top");
    expect(row!.finishedAt!.getTime()).toBeGreaterThanOrEqual(row!.createdAt.getTime());
  });

  it("records the fetch error code, and INTERNAL for anything unexpected", async () => {
    const { db } = testDb();
    const blocked = await startAnalysis(db, anonymous, {
      url: "http://10.0.0.1/",
      orgId: null,
      ipHash: null,
    });
    await runAnalysis(db, blocked.id, async () => {
      throw new SafeFetchError(
        "SSRF_BLOCKED",
        "policy",
        "That address points to a private network.",
      );
    });
    const broken = await startAnalysis(db, anonymous, {
      url: "https://x.example/",
      orgId: null,
      ipHash: null,
    });
    await runAnalysis(db, broken.id, async () => {
      throw new TypeError("bug");
    });
    const rows = await db.select().from(urlAnalyses);
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.errorCode]]))).toMatchObject({
      [blocked.id]: ["failed", "SSRF_BLOCKED"],
      [broken.id]: ["failed", "INTERNAL"],
    });
  });
});

describe("who sees an analysis", () => {
  it("its user, or anyone for an anonymous run; another user gets not found", async () => {
    const { db } = testDb();
    const [ana, bia] = [await createUser(db), await createUser(db)];
    const mine = await startAnalysis(db, actorFor(ana), {
      url: "https://a.example/",
      orgId: null,
      ipHash: null,
    });
    const anon = await startAnalysis(db, anonymous, {
      url: "https://b.example/",
      orgId: null,
      ipHash: null,
    });
    expect((await analysisForViewer(db, { id: mine.id, userId: ana.id })).isMine).toBe(true);
    await expect(analysisForViewer(db, { id: mine.id, userId: bia.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(analysisForViewer(db, { id: mine.id, userId: null })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await analysisForViewer(db, { id: anon.id, userId: bia.id })).isMine).toBe(false);
  });

  it("shares only finished runs, with one stable token, and the shared copy names nobody", async () => {
    const { db } = testDb();
    const ana = await createUser(db);
    const { id } = await startAnalysis(db, actorFor(ana), {
      url: "https://c.example/",
      orgId: null,
      ipHash: "secret",
    });
    await expect(shareAnalysis(db, actorFor(ana), id)).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await runAnalysis(db, id, analyzeFixed(page("C")));
    const first = await shareAnalysis(db, actorFor(ana), id);
    expect(await shareAnalysis(db, actorFor(ana), id)).toEqual(first);
    const shared = await sharedAnalysis(db, first.shareToken);
    expect(Object.keys(shared).sort()).toEqual(["createdAt", "report", "score", "url"]);
    expect(JSON.stringify(shared)).not.toContain(ana.id);
    await expect(sharedAnalysis(db, "not-a-real-token-at-all")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("history", () => {
  it("lists a user's runs newest first by page, with the score trend oldest first", async () => {
    const { db } = testDb();
    const ana = await createUser(db);
    const ids: string[] = [];
    for (const title of ["One", "Two", "Three"]) {
      const { id } = await startAnalysis(db, actorFor(ana), {
        url: `https://d.example/?utm_campaign=${title}`,
        orgId: null,
        ipHash: null,
      });
      await runAnalysis(db, id, analyzeFixed(page(title)));
      ids.push(id);
    }
    const other = await startAnalysis(db, actorFor(ana), {
      url: "https://e.example/",
      orgId: null,
      ipHash: null,
    });

    const firstPage = await listAnalyses(db, { userId: ana.id, limit: 2 });
    const secondPage = await listAnalyses(db, {
      userId: ana.id,
      limit: 2,
      cursor: firstPage.nextCursor!,
    });
    expect([...firstPage.items, ...secondPage.items].map((r) => r.id)).toEqual([
      other.id,
      ...ids.reverse(),
    ]);
    expect(secondPage.nextCursor).toBeNull();

    const trend = await scoreTrend(db, { userId: ana.id, url: "https://d.example" });
    expect(trend.map((p) => p.id)).toEqual([...ids].reverse());
    expect(trend.every((p) => typeof p.score === "number")).toBe(true);
    const pages = await analyzedPages(db, ana.id);
    expect(pages.map((p) => [p.normalizedUrl, p.runs, p.lastStatus])).toEqual([
      ["https://e.example/", 1, "queued"],
      ["https://d.example/", 3, "done"],
    ]);
    expect(pages[1]!.lastScore).toBe(trend.at(-1)!.score);
  });

  it("treats tracking parameters, fragments and host case as the same page", () => {
    expect(normalizeAnalyzedUrl("https://Shop.Example.com/p?b=2&utm_source=x&a=1#frag")).toBe(
      "https://shop.example.com/p?a=1&b=2",
    );
  });
});
