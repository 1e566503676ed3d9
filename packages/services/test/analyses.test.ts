import { SafeFetchError, analyzeHtml } from "@arco/analyzer";
import { urlAnalyses } from "@arco/db/schema";
import { createUser, useTestDb } from "@arco/db/testing";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import type { Analyze } from "../src";
import {
  analysisForViewer,
  analyzedPages,
  listAnalyses,
  normalizeAnalyzedUrl,
  runRequestedAnalysis,
  scoreTrend,
  shareAnalysis,
  sharedAnalysis,
  startAnalysis,
} from "../src/analyses";
import { publicScope, recordingEmit, systemScope, userScope } from "../src/testing";

const testDb = useTestDb();

const page = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<meta name="description" content="A page"><meta name="viewport" content="width=device-width">` +
  `</head><body><main><h1>${title}</h1><img src="a.png"></main></body></html>`;

/** The real analyzer on fixed HTML, on this thread: everything but the network and the pool. */
const analyzeFixed =
  (html: string, stages: string[] = []): Analyze =>
  async (url, { onProgress }) => {
    for (const stage of ["fetching", "analyzing"] as const) {
      onProgress(stage);
      stages.push(stage);
    }
    const report = await analyzeHtml({
      url,
      status: 200,
      headers: { "content-type": "text/html" },
      html,
      robotsTxt: null,
    });
    return { report, threadId: 7 };
  };

/** The `analysis/requested` job, as the runner runs it. */
const runJob = (analysisId: string, analyze: Analyze) =>
  runRequestedAnalysis(systemScope(testDb().db, { deps: { analyze } }), { analysisId });

describe("running an analysis", () => {
  it("is queued with its event; the job takes it queued → fetching → analyzing → done", async () => {
    const { db } = testDb();
    const sent = recordingEmit();
    const { id, status } = await startAnalysis(publicScope(db, { emit: sent.emit }), {
      url: "https://shop.example.com/?utm_source=x#top",
      ipHash: "h",
    });
    expect(status).toBe("queued");
    expect(sent.events).toEqual([{ name: "analysis/requested", data: { analysisId: id } }]);

    const stages: string[] = [];
    expect(await runJob(id, analyzeFixed(page("Shop"), stages))).toEqual({
      status: "done",
      threadId: 7,
    });
    expect(stages).toEqual(["fetching", "analyzing"]);
    const [row] = await db.select().from(urlAnalyses).where(eq(urlAnalyses.id, id));
    expect(row).toMatchObject({
      status: "done",
      errorCode: null,
      orgId: null,
      normalizedUrl: "https://shop.example.com/",
    });
    expect(row!.startedAt).toBeInstanceOf(Date);
    expect(row!.score).toBeGreaterThan(0);
    expect(row!.seoScore).not.toBeNull();
    expect((row!.report as { url: string }).url).toBe("https://shop.example.com/?utm_source=x#top");
    expect(row!.finishedAt!.getTime()).toBeGreaterThanOrEqual(row!.createdAt.getTime());
  });

  it("runs once: a second delivery of the event leaves the finished run alone", async () => {
    const { db } = testDb();
    const { id } = await startAnalysis(publicScope(db), {
      url: "https://once.example/",
      ipHash: null,
    });
    await runJob(id, analyzeFixed(page("Once")));
    let calls = 0;
    const counting: Analyze = async (...args) => {
      calls += 1;
      return analyzeFixed(page("Twice"))(...args);
    };
    expect(await runJob(id, counting)).toEqual({ status: "done", threadId: null });
    expect(calls).toBe(0);
  });

  it("records the fetch error code, and INTERNAL for anything unexpected", async () => {
    const { db } = testDb();
    const scope = publicScope(db);
    const blocked = await startAnalysis(scope, { url: "http://10.0.0.1/", ipHash: null });
    await runJob(blocked.id, async () => {
      throw new SafeFetchError(
        "SSRF_BLOCKED",
        "policy",
        "That address points to a private network.",
      );
    });
    const broken = await startAnalysis(scope, { url: "https://x.example/", ipHash: null });
    await runJob(broken.id, async () => {
      throw new Error("The analysis worker failed: it exited (code 1)");
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
    const mine = await startAnalysis(userScope(db, ana), {
      url: "https://a.example/",
      ipHash: null,
    });
    const anon = await startAnalysis(publicScope(db), { url: "https://b.example/", ipHash: null });
    expect((await analysisForViewer(userScope(db, ana), { id: mine.id })).isMine).toBe(true);
    await expect(analysisForViewer(userScope(db, bia), { id: mine.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(analysisForViewer(publicScope(db), { id: mine.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await analysisForViewer(userScope(db, bia), { id: anon.id })).isMine).toBe(false);
  });

  it("shares only finished runs, with one stable token, and the shared copy names nobody", async () => {
    const { db } = testDb();
    const ana = userScope(db, await createUser(db));
    const { id } = await startAnalysis(ana, { url: "https://c.example/", ipHash: "secret" });
    await expect(shareAnalysis(ana, { id })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
    await runJob(id, analyzeFixed(page("C")));
    const first = await shareAnalysis(ana, { id });
    expect(await shareAnalysis(ana, { id })).toEqual(first);
    const shared = await sharedAnalysis(publicScope(db), { token: first.shareToken });
    expect(Object.keys(shared).sort()).toEqual(["createdAt", "report", "score", "url"]);
    expect(JSON.stringify(shared)).not.toContain(ana.actor.userId);
    await expect(
      sharedAnalysis(publicScope(db), { token: "not-a-real-token-at-all" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("history", () => {
  it("lists a user's runs newest first by page, with the score trend oldest first", async () => {
    const { db } = testDb();
    const ana = userScope(db, await createUser(db));
    const ids: string[] = [];
    for (const title of ["One", "Two", "Three"]) {
      const { id } = await startAnalysis(ana, {
        url: `https://d.example/?utm_campaign=${title}`,
        ipHash: null,
      });
      await runJob(id, analyzeFixed(page(title)));
      ids.push(id);
    }
    const other = await startAnalysis(ana, { url: "https://e.example/", ipHash: null });

    const firstPage = await listAnalyses(ana, { limit: 2 });
    const secondPage = await listAnalyses(ana, { limit: 2, cursor: firstPage.nextCursor! });
    expect([...firstPage.items, ...secondPage.items].map((r) => r.id)).toEqual([
      other.id,
      ...ids.reverse(),
    ]);
    expect(secondPage.nextCursor).toBeNull();

    const trend = await scoreTrend(ana, { url: "https://d.example" });
    expect(trend.map((p) => p.id)).toEqual([...ids].reverse());
    expect(trend.every((p) => typeof p.score === "number")).toBe(true);
    const pages = await analyzedPages(ana);
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
