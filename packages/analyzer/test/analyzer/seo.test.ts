import { describe, expect, it } from "vitest";

import type { AnalyzeHtmlInput } from "../../src/input.ts";
import { audit, doc, page, verdict } from "./helpers.ts";

describe("meta-description", () => {
  it("passes with a non-empty description in <head>", () => {
    expect(
      verdict(
        "meta-description",
        page(doc('<meta name="description" content="Loose-leaf teas.">')),
      ),
    ).toBe("pass");
  });

  it("matches the name case-insensitively", () => {
    expect(verdict("meta-description", page(doc('<meta name="Description" content="Teas">')))).toBe(
      "pass",
    );
  });

  it("fails when missing or only whitespace", () => {
    expect(verdict("meta-description", page(doc("")))).toBe("fail");
    expect(verdict("meta-description", page(doc('<meta name="description" content="   ">')))).toBe(
      "fail",
    );
  });

  it("ignores a description the parser moves into <body> (after body content)", () => {
    const html =
      '<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p><meta name="description" content="late"></body></html>';
    expect(verdict("meta-description", page(html))).toBe("fail");
  });

  it("ignores a description after the first non-head element, even inside an unclosed <head>", () => {
    const html =
      '<!DOCTYPE html><html><head><title>T</title><div>oops</div><meta name="description" content="late"></head><body></body></html>';
    expect(verdict("meta-description", page(html))).toBe("fail");
  });

  it("counts a description written after </head> but before any body content (the parser puts it back in head)", () => {
    const html =
      '<!DOCTYPE html><html><head><title>T</title></head><meta name="description" content="ok"><body><p>x</p></body></html>';
    expect(verdict("meta-description", page(html))).toBe("pass");
  });

  it("ignores a description inside <noscript> (raw text when scripting is on)", () => {
    expect(
      verdict(
        "meta-description",
        page(doc('<noscript><meta name="description" content="nojs"></noscript>')),
      ),
    ).toBe("fail");
  });

  it("uses only the first description", () => {
    expect(
      verdict(
        "meta-description",
        page(doc('<meta name="description" content=""><meta name="description" content="second">')),
      ),
    ).toBe("fail");
  });
});

describe("document-title", () => {
  it("fails without a title or with a whitespace-only title", () => {
    expect(
      verdict("document-title", page("<!DOCTYPE html><html><head></head><body>x</body></html>")),
    ).toBe("fail");
    expect(verdict("document-title", page("<!DOCTYPE html><title> \n&nbsp; </title><p>x"))).toBe(
      "fail",
    );
  });

  it("uses the first HTML <title> anywhere, not an SVG <title>", () => {
    expect(
      verdict("document-title", page("<!DOCTYPE html><body><p>x</p><title>Late but real</title>")),
    ).toBe("pass");
    expect(
      verdict("document-title", page("<!DOCTYPE html><body><svg><title>Icon</title></svg></body>")),
    ).toBe("fail");
  });
});

describe("http-status-code", () => {
  it.each([
    [200, "pass"],
    [304, "pass"],
    [399, "pass"],
    [400, "fail"],
    [404, "fail"],
    [500, "fail"],
    [599, "fail"],
  ])("status %i → %s", (status, expected) => {
    expect(verdict("http-status-code", page(doc(""), { status }))).toBe(expected);
  });
});

describe("is-crawlable (fails only when all five crawlers are blocked)", () => {
  const base = (head = "", overrides = {}) => page(doc(head), overrides);
  const robots = (body: string) => ({ robotsTxt: { status: 200, body } });

  it("passes an ordinary page", () => {
    expect(verdict("is-crawlable", base())).toBe("pass");
  });

  it("fails on a generic robots noindex / none in <head>", () => {
    expect(verdict("is-crawlable", base('<meta name="robots" content="noindex, follow">'))).toBe(
      "fail",
    );
    expect(verdict("is-crawlable", base('<meta name="ROBOTS" content="NONE">'))).toBe("fail");
  });

  it("ignores a robots meta in <body>", () => {
    const html = '<!DOCTYPE html><title>T</title><p>x</p><meta name="robots" content="noindex">';
    expect(verdict("is-crawlable", page(html))).toBe("pass");
  });

  it("passes when only one named crawler is blocked", () => {
    expect(verdict("is-crawlable", base('<meta name="googlebot" content="noindex">'))).toBe("pass");
  });

  it("lets a crawler-specific meta override the generic one", () => {
    const head =
      '<meta name="robots" content="noindex"><meta name="bingbot" content="index, follow">';
    expect(verdict("is-crawlable", base(head))).toBe("pass");
  });

  it("fails on an X-Robots-Tag noindex header", () => {
    expect(verdict("is-crawlable", base("", { headers: { "x-robots-tag": "noindex" } }))).toBe(
      "fail",
    );
  });

  it("treats a user-agent-prefixed X-Robots-Tag as that crawler only (case-sensitive, as Lighthouse)", () => {
    expect(
      verdict("is-crawlable", base("", { headers: { "X-Robots-Tag": "Googlebot: noindex" } })),
    ).toBe("pass");
    expect(
      audit("is-crawlable", base("", { headers: { "X-Robots-Tag": "Googlebot: noindex" } }))
        .warnings?.[0],
    ).toMatch(/Googlebot/);
  });

  it("honours unavailable_after only once the date has passed", () => {
    const headers = { "x-robots-tag": "unavailable_after: 25 Jun 2020 15:00:00 PST" };
    expect(verdict("is-crawlable", base("", { headers }), new Date("2026-01-01"))).toBe("fail");
    expect(verdict("is-crawlable", base("", { headers }), new Date("2019-01-01"))).toBe("pass");
  });

  it("fails when robots.txt disallows the page for every crawler", () => {
    expect(verdict("is-crawlable", base("", robots("User-agent: *\nDisallow: /")))).toBe("fail");
  });

  it("passes when a crawler has its own group that allows the page", () => {
    expect(
      verdict(
        "is-crawlable",
        base("", robots("User-agent: *\nDisallow: /\n\nUser-agent: DuckDuckBot\nAllow: /")),
      ),
    ).toBe("pass");
  });

  it("fails when each crawler's own group disallows it", () => {
    const txt = ["*", "Googlebot", "bingbot", "DuckDuckBot", "archive.org_bot"]
      .map((ua) => `User-agent: ${ua}\nDisallow: /products/`)
      .join("\n\n");
    expect(verdict("is-crawlable", base("", robots(txt)))).toBe("fail");
  });

  it("uses the longest matching rule, allow winning a tie", () => {
    expect(
      verdict("is-crawlable", base("", robots("User-agent: *\nDisallow: /\nAllow: /products/"))),
    ).toBe("pass");
    expect(
      verdict(
        "is-crawlable",
        base("", robots("User-agent: *\nAllow: /products\nDisallow: /products/tea")),
      ),
    ).toBe("fail");
    expect(
      verdict(
        "is-crawlable",
        base("", robots("User-agent: *\nDisallow: /products/tea\nAllow: /products/tea")),
      ),
    ).toBe("pass");
  });

  it("supports * and $ in patterns", () => {
    expect(verdict("is-crawlable", base("", robots("User-agent: *\nDisallow: /*/tea$")))).toBe(
      "fail",
    );
    expect(verdict("is-crawlable", base("", robots("User-agent: *\nDisallow: /*/te$")))).toBe(
      "pass",
    );
  });

  it("groups consecutive user-agent lines", () => {
    const txt =
      "User-agent: *\nUser-agent: Googlebot\nUser-agent: bingbot\nUser-agent: DuckDuckBot\nUser-agent: archive.org_bot\nDisallow: /";
    expect(verdict("is-crawlable", base("", robots(txt)))).toBe("fail");
  });

  it("ignores robots.txt when it answered 404", () => {
    expect(
      verdict(
        "is-crawlable",
        base("", { robotsTxt: { status: 404, body: "User-agent: *\nDisallow: /" } }),
      ),
    ).toBe("pass");
  });
});

describe("robots-txt", () => {
  const withRobots = (robotsTxt: AnalyzeHtmlInput["robotsTxt"]) => page(doc(""), { robotsTxt });

  it("passes a valid file with comments, blank lines and known directives", () => {
    const body =
      "# hi\nUser-agent: *\nDisallow: /admin # private\nAllow: /admin/public$\nCrawl-delay: 5\nContent-Signal: search=yes\n\nSitemap: https://shop.example/sitemap.xml\nSitemap: ftp://shop.example/s.xml\n";
    expect(verdict("robots-txt", withRobots({ status: 200, body }))).toBe("pass");
  });

  it("fails on a server error or 429, is not applicable on 4xx or an empty file", () => {
    expect(verdict("robots-txt", withRobots({ status: 503, body: "down" }))).toBe("fail");
    expect(verdict("robots-txt", withRobots({ status: 429, body: "" }))).toBe("fail");
    expect(verdict("robots-txt", withRobots({ status: 404, body: "nope" }))).toBe("na");
    expect(verdict("robots-txt", withRobots({ status: 200, body: "" }))).toBe("na");
  });

  it("fails when the fetch itself failed, and is n/a when it wasn't attempted", () => {
    expect(verdict("robots-txt", withRobots({ status: null, body: null, error: "TIMEOUT" }))).toBe(
      "fail",
    );
    expect(verdict("robots-txt", withRobots(null))).toBe("na");
  });

  it.each([
    ["an unknown directive", "User-agent: *\nDisalow: /x", "Unknown directive"],
    ["a line without a colon", "User-agent *", "Syntax not understood"],
    [
      "allow/disallow before any user-agent",
      "Disallow: /x\nUser-agent: *",
      "No user-agent specified",
    ],
    ["an empty user-agent", "User-agent:\nDisallow: /", "No user-agent specified"],
    [
      "a pattern not starting with / or *",
      "User-agent: *\nDisallow: private",
      'Pattern should either be empty, start with "/" or "*"',
    ],
    [
      "a $ that isn't last",
      "User-agent: *\nDisallow: /a$b",
      '"$" should only be used at the end of the pattern',
    ],
    ["a relative sitemap", "Sitemap: /sitemap.xml", "Invalid sitemap URL"],
    [
      "a sitemap with another protocol",
      "Sitemap: file:///etc/passwd",
      "Invalid sitemap URL protocol",
    ],
  ])("fails on %s", (_name, body, message) => {
    const r = audit("robots-txt", withRobots({ status: 200, body }));
    expect(r.verdict).toBe("fail");
    expect(r.items[0]?.label).toContain(message);
  });
});

describe("link-text", () => {
  const links = (body: string, lang = "en") =>
    page(
      `<!DOCTYPE html><html lang="${lang}"><head><title>T</title></head><body>${body}</body></html>`,
    );

  it("fails on generic text, trimmed and case-insensitive", () => {
    expect(verdict("link-text", links('<a href="/pricing">  Click HERE </a>'))).toBe("fail");
    expect(verdict("link-text", links('<a href="/blog/1">Read\n   more</a>'))).toBe("fail");
  });

  it("passes descriptive text", () => {
    expect(verdict("link-text", links('<a href="/pricing">Pricing for teams</a>'))).toBe("pass");
  });

  it("skips nofollow, javascript:, mailto: and same-page fragment links", () => {
    const body =
      '<a href="/x" rel="nofollow">here</a><a href="javascript:go()">more</a><a href="mailto:a@b.c">here</a><a href="#top">more</a><a href="https://shop.example/products/tea#faq">here</a>';
    expect(verdict("link-text", links(body))).toBe("pass");
  });

  it("uses the link's language list", () => {
    expect(verdict("link-text", links('<a href="/x">mehr</a>', "de"))).toBe("fail");
    expect(verdict("link-text", links('<a href="/x">mehr</a>', "en"))).toBe("pass");
    expect(
      verdict("link-text", links('<a href="/x" lang="es">aquí</a><p lang="fr">x</p>', "en")),
    ).toBe("fail");
  });

  it("checks every language's list when the page declares none", () => {
    expect(verdict("link-text", page('<!DOCTYPE html><title>T</title><a href="/x">hier</a>'))).toBe(
      "fail",
    );
  });

  it("reads rendered text: hidden parts don't count", () => {
    expect(
      verdict("link-text", links('<a href="/x">Learn more<span hidden> about plans</span></a>')),
    ).toBe("fail");
    expect(
      verdict(
        "link-text",
        links('<a href="/x">Learn more<span style="display: none"> about plans</span></a>'),
      ),
    ).toBe("fail");
    expect(
      verdict("link-text", links('<a href="/x">Learn more<span> about plans</span></a>')),
    ).toBe("pass");
  });
});

describe("crawlable-anchors", () => {
  const a = (anchor: string) => page(doc("", anchor));

  it.each([
    ['<a href="/tea">Tea</a>', "pass"],
    ['<a href="">Home</a>', "pass"],
    ['<a href="mailto:hi@shop.example">Mail</a>', "pass"],
    ['<a href="javascript:void(0)">Menu</a>', "fail"],
    // White space is removed before matching, as Lighthouse does.
    ['<a href="javascript:void 0">Menu</a>', "fail"],
    ['<a href="file:///C:/tea.html">Tea</a>', "fail"],
    ['<a href="http://[bad">Bad</a>', "fail"],
    ["<a>placeholder</a>", "pass"],
    ['<a onclick="go()">Go</a>', "fail"],
    ['<div onclick="go()"><a>Go</a></div>', "fail"],
    ['<a id="faq" onclick="go()">Anchor target</a>', "pass"],
    ['<a name="top" onclick="go()">Top</a>', "pass"],
    ['<a role="button" href="javascript:void(0)">Menu</a>', "pass"],
    ['<a target="_blank">Orphan target</a>', "fail"],
  ])("%s → %s", (anchor, expected) => {
    expect(verdict("crawlable-anchors", a(anchor))).toBe(expected);
  });

  it("doesn't count window handlers declared on <body> as listeners", () => {
    const html =
      '<!DOCTYPE html><html lang="en"><head><title>T</title></head><body onload="init()"><a>x</a></body></html>';
    expect(verdict("crawlable-anchors", page(html))).toBe("pass");
  });
});

describe("hreflang", () => {
  it("passes valid alternates and x-default", () => {
    const head =
      '<link rel="alternate" hreflang="en-GB" href="https://shop.example/uk/"><link rel="alternate" hreflang="x-default" href="https://shop.example/">';
    expect(verdict("hreflang", page(doc(head)))).toBe("pass");
  });

  it("fails on an unknown language code or a relative href", () => {
    expect(
      verdict(
        "hreflang",
        page(doc('<link rel="alternate" hreflang="english" href="https://shop.example/en/">')),
      ),
    ).toBe("fail");
    expect(verdict("hreflang", page(doc('<link rel="alternate" hreflang="fr" href="/fr/">')))).toBe(
      "fail",
    );
  });

  it("checks Link: response headers too", () => {
    const headers = { link: '<https://shop.example/de/>; rel="alternate"; hreflang="xx-DE"' };
    expect(verdict("hreflang", page(doc(""), { headers }))).toBe("fail");
  });

  it("ignores alternates in <body>", () => {
    expect(
      verdict("hreflang", page(doc("", '<p>x</p><link rel="alternate" hreflang="zz" href="/x">'))),
    ).toBe("pass");
  });
});

describe("canonical", () => {
  const canon = (head: string, overrides = {}) => page(doc(head), overrides);

  it("is not applicable without a canonical", () => {
    expect(verdict("canonical", canon(""))).toBe("na");
  });

  it("passes a single absolute canonical", () => {
    expect(
      verdict(
        "canonical",
        canon('<link rel="canonical" href="https://shop.example/products/tea">'),
      ),
    ).toBe("pass");
  });

  it("fails a relative canonical", () => {
    expect(verdict("canonical", canon('<link rel="canonical" href="/products/tea">'))).toBe("fail");
  });

  it("fails conflicting canonicals, including one from a Link header", () => {
    expect(
      verdict(
        "canonical",
        canon('<link rel="canonical" href="https://shop.example/a">', {
          headers: { link: '<https://shop.example/b>; rel="canonical"' },
        }),
      ),
    ).toBe("fail");
    expect(
      verdict(
        "canonical",
        canon('<link rel="canonical" href="https://shop.example/a">', {
          headers: { link: '<https://shop.example/a>; rel="canonical"' },
        }),
      ),
    ).toBe("pass");
  });

  it("reads a canonical given only in a Link header", () => {
    expect(
      verdict(
        "canonical",
        canon("", { headers: { link: '<https://shop.example/products/tea>; rel="canonical"' } }),
      ),
    ).toBe("pass");
  });

  it("fails a canonical pointing at the site root from a deeper page", () => {
    expect(verdict("canonical", canon('<link rel="canonical" href="https://shop.example/">'))).toBe(
      "fail",
    );
  });

  it("fails a canonical pointing at another hreflang alternate", () => {
    const head =
      '<link rel="canonical" href="https://shop.example/fr/products/tea"><link rel="alternate" hreflang="en" href="https://shop.example/products/tea"><link rel="alternate" hreflang="fr" href="https://shop.example/fr/products/tea">';
    expect(verdict("canonical", canon(head))).toBe("fail");
  });

  it("ignores canonicals in <body>", () => {
    expect(verdict("canonical", page(doc("", '<p>x</p><link rel="canonical" href="/rel">')))).toBe(
      "na",
    );
  });
});

describe("image-alt (static twin of axe's rule)", () => {
  it.each([
    ['<img src="a.png" alt="A teapot">', "pass"],
    ['<img src="a.png" alt="">', "pass"],
    ['<img src="a.png" role="presentation">', "pass"],
    ['<img src="a.png" title="A teapot">', "pass"],
    ['<img src="a.png" aria-label="A teapot">', "pass"],
    ['<img src="a.png">', "fail"],
    ['<img src="a.png" alt="  ">', "fail"],
    ['<img src="a.png" hidden>', "na"],
    ['<div aria-hidden="true"><img src="a.png"></div>', "na"],
  ])("%s → %s", (img, expected) => {
    expect(verdict("image-alt", page(doc("", img)))).toBe(expected);
  });
});
