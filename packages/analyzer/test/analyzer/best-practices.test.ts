import { describe, expect, it } from "vitest";

import { audit, doc, page, verdict } from "./helpers.ts";

describe("doctype (decided by parse5's document mode)", () => {
  it.each([
    ["<!DOCTYPE html><title>T</title>", "pass"],
    ["<!doctype HTML><title>T</title>", "pass"],
    ['<!DOCTYPE html SYSTEM "about:legacy-compat"><title>T</title>', "pass"],
    ["<!-- generated --><!DOCTYPE html><title>T</title>", "pass"],
    ["\uFEFF<!DOCTYPE html><title>T</title>", "pass"],
    ["<title>T</title>", "fail"],
    ["<html><!DOCTYPE html><title>T</title>", "fail"],
    [
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><title>T</title>',
      "fail",
    ],
    [
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><title>T</title>',
      "pass",
    ],
    ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><title>T</title>', "fail"],
    ["<!DOCTYPE svg><title>T</title>", "fail"],
  ])("%s → %s", (html, expected) => {
    expect(verdict("doctype", page(html))).toBe(expected);
  });

  it("explains a limited-quirks doctype", () => {
    const r = audit(
      "doctype",
      page('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x.dtd"><p>'),
    );
    expect(r.explanation).toMatch(/limited-quirks/);
  });
});

describe("charset", () => {
  const noCharsetHeader = { headers: { "content-type": "text/html" } };

  it("passes with charset in the Content-Type header", () => {
    expect(
      verdict(
        "charset",
        page("<!DOCTYPE html><title>T</title>", {
          headers: { "content-type": "text/html; charset=UTF-8" },
        }),
      ),
    ).toBe("pass");
  });

  it("passes with a byte-order mark", () => {
    expect(verdict("charset", page("\uFEFF<!DOCTYPE html><title>T</title>", noCharsetHeader))).toBe(
      "pass",
    );
  });

  it("passes with <meta charset> or http-equiv content-type early in <head>", () => {
    expect(
      verdict(
        "charset",
        page('<!DOCTYPE html><head><meta charset="utf-8"><title>T</title>', noCharsetHeader),
      ),
    ).toBe("pass");
    expect(
      verdict(
        "charset",
        page(
          '<!DOCTYPE html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
          noCharsetHeader,
        ),
      ),
    ).toBe("pass");
  });

  it("fails when the <meta charset> starts after the first 1024 characters", () => {
    const html = `<!DOCTYPE html><head><!--${"x".repeat(1100)}--><meta charset="utf-8"><title>T</title>`;
    expect(verdict("charset", page(html, noCharsetHeader))).toBe("fail");
  });

  it("fails when the early meta is not a head meta (the parser moved it into <body>)", () => {
    expect(
      verdict("charset", page('<!DOCTYPE html><p>x</p><meta charset="utf-8">', noCharsetHeader)),
    ).toBe("fail");
  });

  it("fails on an invalid charset value", () => {
    expect(
      verdict(
        "charset",
        page('<!DOCTYPE html><head><meta charset="u"><title>T</title>', noCharsetHeader),
      ),
    ).toBe("fail");
  });
});

describe("is-on-https", () => {
  it("passes an HTTPS page with HTTPS and relative subresources", () => {
    expect(
      verdict(
        "is-on-https",
        page(
          doc(
            '<script src="https://cdn.example/a.js"></script><link rel="stylesheet" href="/s.css">',
          ),
        ),
      ),
    ).toBe("pass");
  });

  it("fails an HTTP page on a public host", () => {
    expect(verdict("is-on-https", page(doc(""), { url: "http://shop.example/" }))).toBe("fail");
  });

  it("treats localhost (and *.localhost) as secure, like Lighthouse", () => {
    expect(verdict("is-on-https", page(doc(""), { url: "http://p001.localhost:8080/" }))).toBe(
      "pass",
    );
  });

  it("fails on an insecure subresource, but not on an insecure plain link", () => {
    expect(
      verdict("is-on-https", page(doc("", '<img src="http://img.example/a.png" alt="">'))),
    ).toBe("fail");
    expect(verdict("is-on-https", page(doc("", '<a href="http://other.example/">other</a>')))).toBe(
      "pass",
    );
  });

  it("resolves protocol-relative URLs against an HTTP page", () => {
    expect(
      verdict(
        "is-on-https",
        page(doc('<script src="//cdn.example/a.js"></script>'), { url: "http://localhost/" }),
      ),
    ).toBe("fail");
  });

  it("ignores scripts the browser wouldn't fetch", () => {
    expect(
      verdict(
        "is-on-https",
        page(doc('<script type="text/template" src="http://x.example/t"></script>')),
      ),
    ).toBe("pass");
  });
});

describe("redirects-http", () => {
  it("is not applicable unless an http:// URL on a public host was requested", () => {
    expect(verdict("redirects-http", page(doc("")))).toBe("na");
    expect(
      verdict(
        "redirects-http",
        page(doc(""), { url: "http://localhost/", requestedUrl: "http://localhost/" }),
      ),
    ).toBe("na");
  });

  it("passes when http:// ended up on https://, fails otherwise", () => {
    expect(
      verdict(
        "redirects-http",
        page(doc(""), { requestedUrl: "http://shop.example/products/tea" }),
      ),
    ).toBe("pass");
    expect(
      verdict(
        "redirects-http",
        page(doc(""), { url: "http://shop.example/", requestedUrl: "http://shop.example/" }),
      ),
    ).toBe("fail");
  });
});

describe("informative security audits (fail = a High finding, warn = lesser findings only)", () => {
  const headers = (h: Record<string, string>) => ({
    headers: { "content-type": "text/html; charset=utf-8", ...h },
  });
  const STRICT_CSP =
    "script-src 'nonce-r4nd0mN0nce' 'strict-dynamic' 'unsafe-inline' https:; object-src 'none'; base-uri 'none'; report-uri /csp";

  describe("csp-xss", () => {
    it("fails without any CSP", () => {
      expect(verdict("csp-xss", page(doc("")))).toBe("fail");
    });

    it("fails a CSP that allows inline scripts", () => {
      expect(
        verdict(
          "csp-xss",
          page(
            doc(""),
            headers({
              "content-security-policy": "script-src 'self' 'unsafe-inline'; object-src 'none'",
            }),
          ),
        ),
      ).toBe("fail");
    });

    it("fails a host allowlist without 'strict-dynamic'", () => {
      expect(
        verdict(
          "csp-xss",
          page(
            doc(""),
            headers({
              "content-security-policy": "script-src https://cdn.example; object-src 'none'",
            }),
          ),
        ),
      ).toBe("fail");
    });

    it("fails a policy without script-src/default-src or object-src", () => {
      expect(
        verdict("csp-xss", page(doc(""), headers({ "content-security-policy": "img-src 'self'" }))),
      ).toBe("fail");
    });

    it("fails a nonce policy that lacks base-uri", () => {
      expect(
        verdict(
          "csp-xss",
          page(
            doc(""),
            headers({
              "content-security-policy":
                "script-src 'nonce-r4nd0mN0nce' 'strict-dynamic'; object-src 'none'",
            }),
          ),
        ),
      ).toBe("fail");
    });

    it("passes a strict, backward-compatible nonce policy with reporting", () => {
      expect(
        verdict("csp-xss", page(doc(""), headers({ "content-security-policy": STRICT_CSP }))),
      ).toBe("pass");
    });

    it("warns when the strict policy only comes from a <meta> tag", () => {
      expect(
        verdict(
          "csp-xss",
          page(doc(`<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`)),
        ),
      ).toBe("warn");
    });

    it("lets one strict policy cover a weaker second one", () => {
      expect(
        verdict(
          "csp-xss",
          page(doc(""), headers({ "content-security-policy": `${STRICT_CSP}, default-src *` })),
        ),
      ).not.toBe("fail");
    });
  });

  describe("has-hsts", () => {
    it("fails without HSTS or with a max-age under a year", () => {
      expect(verdict("has-hsts", page(doc("")))).toBe("fail");
      expect(
        verdict(
          "has-hsts",
          page(
            doc(""),
            headers({ "strict-transport-security": "max-age=86400; includeSubDomains; preload" }),
          ),
        ),
      ).toBe("fail");
    });

    it("warns without includeSubDomains/preload, passes with both", () => {
      expect(
        verdict(
          "has-hsts",
          page(doc(""), headers({ "strict-transport-security": "max-age=31536000" })),
        ),
      ).toBe("warn");
      expect(
        verdict(
          "has-hsts",
          page(
            doc(""),
            headers({
              "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
            }),
          ),
        ),
      ).toBe("pass");
    });
  });

  describe("origin-isolation", () => {
    it("fails without COOP, passes a valid value, warns on an invalid one", () => {
      expect(verdict("origin-isolation", page(doc("")))).toBe("fail");
      expect(
        verdict(
          "origin-isolation",
          page(doc(""), headers({ "cross-origin-opener-policy": "same-origin" })),
        ),
      ).toBe("pass");
      expect(
        verdict(
          "origin-isolation",
          page(doc(""), headers({ "cross-origin-opener-policy": "isolate-please" })),
        ),
      ).toBe("warn");
    });
  });

  describe("clickjacking-mitigation", () => {
    it("passes X-Frame-Options DENY/SAMEORIGIN or a CSP header with frame-ancestors", () => {
      expect(
        verdict(
          "clickjacking-mitigation",
          page(doc(""), headers({ "x-frame-options": "SAMEORIGIN" })),
        ),
      ).toBe("pass");
      expect(
        verdict(
          "clickjacking-mitigation",
          page(doc(""), headers({ "content-security-policy": "frame-ancestors 'none'" })),
        ),
      ).toBe("pass");
    });

    it("fails otherwise — a <meta> CSP can't set frame-ancestors", () => {
      expect(
        verdict(
          "clickjacking-mitigation",
          page(doc(`<meta http-equiv="Content-Security-Policy" content="frame-ancestors 'none'">`)),
        ),
      ).toBe("fail");
      expect(
        verdict(
          "clickjacking-mitigation",
          page(doc(""), headers({ "x-frame-options": "ALLOW-FROM https://a.example" })),
        ),
      ).toBe("fail");
    });
  });

  describe("trusted-types-xss", () => {
    it("passes with require-trusted-types-for 'script' in a header or meta CSP", () => {
      expect(
        verdict(
          "trusted-types-xss",
          page(
            doc(""),
            headers({ "content-security-policy": "require-trusted-types-for 'script'" }),
          ),
        ),
      ).toBe("pass");
      expect(
        verdict(
          "trusted-types-xss",
          page(
            doc(
              `<meta http-equiv="content-security-policy" content="require-trusted-types-for 'script'">`,
            ),
          ),
        ),
      ).toBe("pass");
    });

    it("fails otherwise", () => {
      expect(verdict("trusted-types-xss", page(doc("")))).toBe("fail");
    });
  });
});
