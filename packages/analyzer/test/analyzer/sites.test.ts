/**
 * First party or third party: registrable domains by the Public Suffix List (tldts, with its
 * private section), where a two-label guess gets `.odo.br`, `.adv.br` and `github.io` wrong.
 */
import { describe, expect, it } from "vitest";

import { analyzeHtml } from "../../src/analyze-html.ts";
import { siteOf } from "../../src/lib/url.ts";
import { doc, page } from "./helpers.ts";

describe("siteOf", () => {
  it("takes the registrable domain from the Public Suffix List", () => {
    expect(siteOf("www.clinica.odo.br")).toBe("clinica.odo.br");
    expect(siteOf("static.escritorio.adv.br")).toBe("escritorio.adv.br");
    expect(siteOf("ana.github.io")).toBe("ana.github.io");
    expect(siteOf("shop.example.co.uk")).toBe("example.co.uk");
    expect(siteOf("127.0.0.1")).toBe("127.0.0.1");
  });
});

describe("third-party hosts", () => {
  it("counts another registrant under the same public suffix as a third party", async () => {
    const scripts = [
      "https://cdn.clinica.odo.br/app.js",
      "https://outra.odo.br/widget.js",
      "https://bia.github.io/lib.js",
    ]
      .map((src) => `<script src="${src}"></script>`)
      .join("");
    const report = await analyzeHtml(page(doc(scripts), { url: "https://www.clinica.odo.br/" }), {
      accessibility: false,
    });
    expect(report.signals.pageWeight.thirdPartyHosts).toEqual(["bia.github.io", "outra.odo.br"]);

    const pages = await analyzeHtml(
      page(doc('<script src="https://bia.github.io/lib.js"></script>'), {
        url: "https://ana.github.io/",
      }),
      { accessibility: false },
    );
    expect(pages.signals.pageWeight.thirdPartyHosts).toEqual(["bia.github.io"]);
  });
});
