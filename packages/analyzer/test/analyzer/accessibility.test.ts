import http from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, describe, expect, it } from "vitest";

import { analyzeHtml } from "../../src/analyze-html.ts";
import {
  closeAccessibilityWorker,
  runAccessibility,
} from "../../src/audits/accessibility-runner.ts";
import * as engine from "../../src/audits/axe-engine.mjs";
import { doc, page } from "./helpers.ts";

afterAll(() => closeAccessibilityWorker());

async function axeVerdicts(html: string, isolation: "worker" | "in-process" = "worker") {
  const outcome = await runAccessibility(html, "https://shop.example/", isolation);
  if (!outcome.run) throw new Error(outcome.error ?? "no run");
  return { verdict: (id: string) => outcome.run?.outcomes.get(id)?.verdict, outcome };
}

// Starting a worker (jsdom, axe) takes seconds on a busy machine.
describe("accessibility audits (axe-core on a server-side DOM)", { timeout: 60_000 }, () => {
  it("runs in the isolated worker with Lighthouse's mobile viewport", async () => {
    const { outcome } = await axeVerdicts(doc(""));
    expect(outcome.engine).toBe("worker");
    expect(outcome.run?.viewportEmulated).toBe(true);
  });

  it("reports Lighthouse verdicts: fail, pass and not-applicable", async () => {
    const { verdict } = await axeVerdicts(
      doc(
        '<meta name="viewport" content="width=device-width, user-scalable=no">',
        '<main><img src="a.png"><button>Buy</button></main>',
      ),
    );
    expect(verdict("image-alt")).toBe("fail");
    expect(verdict("meta-viewport")).toBe("fail");
    expect(verdict("button-name")).toBe("pass");
    expect(verdict("landmark-one-main")).toBe("pass");
    expect(verdict("video-caption")).toBe("na");
  });

  it("fails landmark-one-main without <main>, html-has-lang without lang", async () => {
    const { verdict } = await axeVerdicts(
      "<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>",
    );
    expect(verdict("landmark-one-main")).toBe("fail");
    expect(verdict("html-has-lang")).toBe("fail");
  });

  it("marks informative audits info when axe flags something, else na", async () => {
    const noBypass = await axeVerdicts(
      "<!DOCTYPE html><html lang=en><head><title>T</title></head><body><a href=/x>x</a></body></html>",
    );
    expect(noBypass.verdict("bypass")).toBe("info");
    const withHeading = await axeVerdicts(doc("", "<main><h1>Tea</h1><a href=/x>x</a></main>"));
    expect(withHeading.verdict("bypass")).toBe("na");
  });

  it("applies media queries for a 412 px wide screen", async () => {
    // Hidden on narrow screens: the unlabeled desktop-only button is not audited.
    const css = "<style>@media (max-width: 600px) { .desktop { display: none } }</style>";
    const { verdict } = await axeVerdicts(
      doc(css, '<main><button class="desktop"></button></main>'),
    );
    expect(verdict("button-name")).toBe("na");
    const wide = "<style>@media (min-width: 900px) { .mobile { display: none } }</style>";
    const shown = await axeVerdicts(doc(wide, '<main><button class="mobile"></button></main>'));
    expect(shown.verdict("button-name")).toBe("fail");
  });

  it("ignores <noscript> content, as a browser with scripting enabled does", async () => {
    const { verdict } = await axeVerdicts(
      doc("", '<main><noscript><img src="pixel.gif"></noscript></main>'),
    );
    expect(verdict("image-alt")).toBe("na");
  });

  it("never runs page scripts", async () => {
    const html = doc(
      "",
      "<main><div id=out></div><script>document.getElementById('out').innerHTML = '<img src=x.png>'</script></main>",
    );
    const { verdict } = await axeVerdicts(html);
    expect(verdict("image-alt")).toBe("na");
  });

  it("never requests anything the page references", async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => {
      requests++;
      res.end("");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = doc(
        `<link rel="stylesheet" href="${origin}/s.css"><script src="${origin}/a.js"></script>`,
        `<main><img src="${origin}/i.png" alt=""><iframe src="${origin}/f" title="f"></iframe><object data="${origin}/o"></object><script>fetch("${origin}/x")</script></main>`,
      );
      await axeVerdicts(html);
      await axeVerdicts(html, "in-process");
      expect(requests).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("applies the one dependency-free inline idiom it knows (showing an element)", async () => {
    const html = doc(
      "",
      '<main><div id="searchbox" style="display: none"><input type="text" name="q"></div><script>document.getElementById(\'searchbox\').style.display = "block"</script></main>',
    );
    const { verdict } = await axeVerdicts(html);
    expect(verdict("label")).toBe("fail");
  });

  it("gives the same verdicts in-process", async () => {
    const html = doc("", '<main><img src="a.png"><a href="/x"></a></main>');
    const inWorker = await axeVerdicts(html, "worker");
    const inProcess = await axeVerdicts(html, "in-process");
    for (const id of ["image-alt", "link-name", "landmark-one-main"])
      expect(inProcess.verdict(id)).toBe(inWorker.verdict(id));
  });

  it("builds axe's selector index only on demand (nothing reported needs a selector)", async () => {
    await axeVerdicts(doc(""), "in-process");
    // False after an axe-core upgrade that changes the line deferred: audits stay right, but
    // each pays again for an index of every element.
    expect(engine.selectorIndexDeferred).toBe(true);
  });

  it("audits frames without waiting for them to load (jsdom never loads one)", async () => {
    const frames = Array.from({ length: 8 }, (_, i) => `<iframe src="/f/${i}"></iframe>`).join("");
    const { verdict, outcome } = await axeVerdicts(
      doc("", `<main>${frames}<iframe src="/t" title="Map"></iframe></main>`),
    );
    expect(verdict("frame-title")).toBe("fail");
    expect(outcome.run?.outcomes.get("frame-title")?.itemCount).toBe(8);
  });

  it("shows each flagged element's markup, or only its opening tag when it is long", async () => {
    const longSrc = `/images/${"x".repeat(400)}.png`;
    const { outcome } = await axeVerdicts(
      doc("", `<main><img src="a.png"><a href="/big"><img src="${longSrc}" alt=""></a></main>`),
    );
    const evidence = (id: string) => outcome.run?.outcomes.get(id)?.items.map((i) => i.value);
    expect(evidence("image-alt")).toEqual(['<img src="a.png">']);
    expect(evidence("link-name")).toEqual(['<a href="/big">']);
  });

  it("leaves elements hidden from screen readers out of rules that look at every element", async () => {
    // aria-allowed-attr selects every element and keeps those with ARIA attributes: the
    // visibility test must still drop the hidden ones, whether hidden by a style sheet or aria.
    const misused = (text: string) => `<div role="link" aria-checked="true">${text}</div>`;
    const { verdict, outcome } = await axeVerdicts(
      doc(
        "<style>.closed { display: none }</style>",
        `<main>${misused("Shown")}<div class="closed">${misused("Styled away")}</div>` +
          `<div aria-hidden="true">${misused("Aria-hidden")}</div></main>`,
      ),
    );
    expect(verdict("aria-allowed-attr")).toBe("fail");
    expect(outcome.run?.outcomes.get("aria-allowed-attr")?.items.map((i) => i.value)).toEqual([
      misused("Shown"),
    ]);
  });

  it("audits a large page in the larger worker", async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<li><a href="/p/${i}">Product ${i}</a></li>`,
    ).join("");
    const report = await analyzeHtml(page(doc("", `<main><ul>${rows}</ul></main>`)));
    expect(report.warnings).toEqual([]);
    expect(report.lighthouse.list?.verdict).toBe("pass");
  });
});

describe("stripNoscript", () => {
  it("removes noscript elements up to their end tag", () => {
    expect(engine.stripNoscript("a<noscript><img src=x></noscript>b<NOSCRIPT>c</NOSCRIPT>d")).toBe(
      "abd",
    );
  });

  it("leaves a '<noscript>' inside a script or a comment alone", () => {
    const html = "<script>var s = '<noscript>';</script><!-- <noscript> --><p>kept</p>";
    expect(engine.stripNoscript(html)).toBe(html);
  });
});
