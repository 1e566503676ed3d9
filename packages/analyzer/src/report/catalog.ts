/**
 * Plain-language text for every finding: what is wrong, why it matters, how to fix it. Keyed by
 * Lighthouse audit id for the Lighthouse-equivalent findings; the accessibility rules take their
 * one-line summary from axe-core and add the fix here; Arco's own findings are keyed by finding
 * id, with `{…}` placeholders for their params. This English text is what reports store; the
 * other languages mirror these keys in ../text/ (a test holds them to it).
 */
import type { Category, Severity } from "./schema.ts";

export interface CatalogEntry {
  category: Category;
  severity: Severity;
  title: string;
  explanation: string;
  fix: string;
  learnMoreUrl?: string;
}

const LH_DOCS = "https://developer.chrome.com/docs/lighthouse";

export const LIGHTHOUSE_TEXT: Record<string, CatalogEntry> = {
  "is-crawlable": {
    category: "seo",
    severity: "critical",
    title: "Search engines are blocked from indexing this page",
    explanation:
      "Every major crawler is told not to index the page (a robots meta tag, an X-Robots-Tag header or robots.txt). It will not appear in search results.",
    fix: "Remove `noindex`/`none` from the robots meta tag and X-Robots-Tag header, and make sure robots.txt doesn't `Disallow` this path — unless hiding the page is intended.",
    learnMoreUrl: `${LH_DOCS}/seo/is-crawlable/`,
  },
  "document-title": {
    category: "seo",
    severity: "high",
    title: "The page has no title",
    explanation:
      "The <title> is the headline search engines show and the name of the browser tab; screen-reader users hear it first. Without it the page looks broken in results.",
    fix: "Add a unique, descriptive <title> (about 50–60 characters) inside <head>.",
    learnMoreUrl: `${LH_DOCS}/seo/document-title/`,
  },
  "meta-description": {
    category: "seo",
    severity: "medium",
    title: "No meta description",
    explanation:
      "Search engines often use the meta description as the snippet under your link. Without one they pick arbitrary text from the page, which usually converts worse.",
    fix: 'Add <meta name="description" content="…"> in <head>: a 120–160 character summary of this page.',
    learnMoreUrl: `${LH_DOCS}/seo/meta-description/`,
  },
  "http-status-code": {
    category: "seo",
    severity: "critical",
    title: "The page returns an HTTP error",
    explanation:
      "Pages answering with a 4xx or 5xx status are dropped from search results and break links to them.",
    fix: "Serve the page with a 200 status, or redirect (301) it to its new address.",
    learnMoreUrl: `${LH_DOCS}/seo/http-status-code/`,
  },
  "link-text": {
    category: "seo",
    severity: "low",
    title: "Links use generic text like “click here”",
    explanation:
      "Link text tells search engines and screen-reader users where a link goes. “Read more” or “here” says nothing out of context.",
    fix: "Rewrite the listed links so the text names the destination (e.g. “Pricing for teams” instead of “click here”).",
    learnMoreUrl: `${LH_DOCS}/seo/link-text/`,
  },
  "crawlable-anchors": {
    category: "seo",
    severity: "medium",
    title: "Some links can't be followed by crawlers",
    explanation:
      "Crawlers only follow real URLs in href. Links with `javascript:void(0)`, empty or invalid hrefs, or click handlers instead of an href hide pages from search engines.",
    fix: "Give each listed link an href with a real URL; use a <button> for actions that aren't navigation.",
    learnMoreUrl: `${LH_DOCS}/seo/crawlable-anchors/`,
  },
  "robots-txt": {
    category: "seo",
    severity: "medium",
    title: "robots.txt is invalid",
    explanation:
      "Crawlers may misread a malformed robots.txt and crawl what you meant to block, or skip what you meant to allow. A server error on robots.txt can stop crawling altogether.",
    fix: "Fix the listed lines (each needs a known directive, `User-agent` before `Allow`/`Disallow`, paths starting with `/`), or make /robots.txt answer 200 or 404.",
    learnMoreUrl: `${LH_DOCS}/seo/invalid-robots-txt/`,
  },
  "image-alt": {
    category: "accessibility",
    severity: "critical",
    title: "Images have no alternative text",
    explanation:
      "Screen readers can't describe an image without alt text, and search engines can't index what it shows.",
    fix: 'Add an alt attribute to each listed image describing it; use alt="" for purely decorative images.',
    learnMoreUrl: "https://dequeuniversity.com/rules/axe/4.14/image-alt",
  },
  hreflang: {
    category: "seo",
    severity: "medium",
    title: "hreflang links are invalid",
    explanation:
      "hreflang tells search engines which language version to show. An unknown language code or a relative URL makes them ignore the annotation.",
    fix: "Use valid codes (`en`, `en-GB`, `x-default`) and absolute URLs (https://…) in every hreflang link.",
    learnMoreUrl: `${LH_DOCS}/seo/hreflang/`,
  },
  canonical: {
    category: "seo",
    severity: "high",
    title: "The canonical link is wrong",
    explanation:
      "rel=canonical tells search engines which URL to index. An invalid, relative, conflicting or homepage-pointing canonical can remove this page from results or merge it with the wrong one.",
    fix: 'Point a single <link rel="canonical"> to this page\'s own absolute URL (or its true duplicate original).',
    learnMoreUrl: `${LH_DOCS}/seo/canonical/`,
  },
  "is-on-https": {
    category: "security",
    severity: "high",
    title: "Not everything is served over HTTPS",
    explanation:
      "The page or some of its resources load over plain HTTP, which anyone on the network can read or modify. Browsers mark such pages “Not secure” and may block mixed content.",
    fix: "Serve the page over HTTPS and change every listed http:// resource URL to https:// (or a relative URL).",
    learnMoreUrl: `${LH_DOCS}/pwa/is-on-https/`,
  },
  "redirects-http": {
    category: "security",
    severity: "high",
    title: "HTTP doesn't redirect to HTTPS",
    explanation:
      "Visitors who type the address without https:// stay on an unencrypted connection.",
    fix: "Redirect every http:// request to the same https:// URL with a 301, then add HSTS.",
    learnMoreUrl: `${LH_DOCS}/pwa/redirects-http/`,
  },
  "csp-xss": {
    category: "security",
    severity: "medium",
    title: "No effective Content-Security-Policy",
    explanation:
      "A strict CSP stops injected scripts from running, the main defence in depth against cross-site scripting. The page has none, or one that can be bypassed.",
    fix: "Send a Content-Security-Policy header with nonce- or hash-based `script-src` (plus `'strict-dynamic'`), `object-src 'none'` and `base-uri 'none'`. Start in report-only mode.",
    learnMoreUrl: `${LH_DOCS}/best-practices/csp-xss/`,
  },
  "has-hsts": {
    category: "security",
    severity: "medium",
    title: "HSTS is missing or weak",
    explanation:
      "Strict-Transport-Security makes browsers refuse plain HTTP for your site, so connections can't be downgraded and intercepted.",
    fix: "Send `Strict-Transport-Security: max-age=63072000; includeSubDomains; preload` over HTTPS.",
    learnMoreUrl: `${LH_DOCS}/best-practices/has-hsts`,
  },
  "origin-isolation": {
    category: "security",
    severity: "low",
    title: "No Cross-Origin-Opener-Policy",
    explanation:
      "Without COOP, windows from other sites that open (or are opened by) your page share its browsing context group, which enables cross-site leaks.",
    fix: "Send `Cross-Origin-Opener-Policy: same-origin` (or `same-origin-allow-popups` if you rely on OAuth/payment pop-ups).",
    learnMoreUrl: "https://web.dev/articles/why-coop-coep#coop",
  },
  "clickjacking-mitigation": {
    category: "security",
    severity: "medium",
    title: "The page can be framed by any site (clickjacking)",
    explanation:
      "Another site can load this page in an invisible frame and trick visitors into clicking its buttons.",
    fix: "Send `Content-Security-Policy: frame-ancestors 'self'` (or `X-Frame-Options: DENY`).",
    learnMoreUrl: `${LH_DOCS}/best-practices/clickjacking-mitigation`,
  },
  "trusted-types-xss": {
    category: "security",
    severity: "low",
    title: "Trusted Types are not enforced",
    explanation:
      "Trusted Types make the browser reject strings passed to dangerous DOM APIs (innerHTML, eval), shutting down DOM-based XSS.",
    fix: "Once your scripts are compatible, add `require-trusted-types-for 'script'` to the CSP header.",
    learnMoreUrl: "https://web.dev/articles/trusted-types",
  },
  doctype: {
    category: "best-practices",
    severity: "medium",
    title: "Missing or legacy doctype (quirks mode)",
    explanation:
      "Without `<!DOCTYPE html>` browsers render in quirks mode, emulating old bugs: layouts and CSS behave differently across browsers.",
    fix: "Make `<!DOCTYPE html>` the very first line of the document.",
    learnMoreUrl: `${LH_DOCS}/best-practices/doctype/`,
  },
  charset: {
    category: "best-practices",
    severity: "low",
    title: "Character encoding is declared too late or not at all",
    explanation:
      "If the encoding isn't known early, browsers may guess wrong and show garbled text, or re-parse the page.",
    fix: 'Add `<meta charset="utf-8">` as the first element in <head> (within the first 1024 bytes), or `charset=utf-8` in the Content-Type header.',
    learnMoreUrl: `${LH_DOCS}/best-practices/charset/`,
  },
};

/** Short fixes for the accessibility rules (what to change on the listed elements). */
export const A11Y_FIX: Record<string, string> = {
  accesskeys: "Give every accesskey a unique value, or remove them.",
  "aria-allowed-attr": "Remove ARIA attributes the element's role doesn't support.",
  "aria-command-name":
    "Give each button/link/menuitem role an accessible name (text content, aria-label or aria-labelledby).",
  "aria-conditional-attr":
    "Use the ARIA attribute only where the role allows it (e.g. aria-checked on a native checkbox is not allowed).",
  "aria-deprecated-role": "Replace the deprecated role with its current equivalent.",
  "aria-dialog-name":
    "Name each dialog with aria-label or aria-labelledby pointing at its heading.",
  "aria-hidden-body":
    'Remove aria-hidden="true" from <body>: it hides the whole page from assistive technology.',
  "aria-hidden-focus":
    'Make content inside aria-hidden elements unfocusable (tabindex="-1", disabled or inert), or un-hide it.',
  "aria-input-field-name": "Label each ARIA input field with aria-label or aria-labelledby.",
  "aria-meter-name": "Name each meter with aria-label or aria-labelledby.",
  "aria-progressbar-name": "Name each progress bar with aria-label or aria-labelledby.",
  "aria-prohibited-attr":
    "Remove aria-label/aria-labelledby from elements whose role can't be named, or give them a role that can.",
  "aria-required-attr":
    "Add the ARIA attributes the role requires (e.g. aria-checked for role=checkbox).",
  "aria-required-children":
    "Give the role the child roles it needs (e.g. role=list needs role=listitem children).",
  "aria-required-parent":
    "Place the element inside the parent role it requires (e.g. listitem inside list).",
  "aria-roles": "Use only valid ARIA role values; fix typos.",
  "aria-text": "Remove focusable elements from inside role=text.",
  "aria-toggle-field-name":
    "Name each toggle (checkbox, switch, radio role) with text or aria-label.",
  "aria-tooltip-name": "Give each tooltip text content or an aria-label.",
  "aria-treeitem-name": "Give each tree item text content or an aria-label.",
  "aria-valid-attr-value":
    "Fix ARIA attribute values (IDs that exist, allowed tokens such as true/false).",
  "aria-valid-attr": "Fix misspelled ARIA attribute names.",
  "button-name": "Give each button visible text, or an aria-label for icon-only buttons.",
  bypass: "Add a “skip to content” link, headings or landmark regions (<main>, <nav>).",
  "definition-list": "Make <dl> contain only <dt>/<dd> groups (optionally wrapped in <div>).",
  dlitem: "Wrap <dt>/<dd> elements in a <dl>.",
  "duplicate-id-aria": "Make IDs referenced by ARIA attributes and <label for> unique.",
  "form-field-multiple-labels": "Keep one <label> per form field.",
  "frame-title": "Add a title attribute describing each iframe's content.",
  "heading-order":
    "Don't skip heading levels (h2 → h4); restructure headings or style them with CSS.",
  "html-has-lang": 'Add a lang attribute to <html>, e.g. <html lang="en">.',
  "html-lang-valid": 'Use a valid language code in <html lang> (e.g. "en", "fr-CA").',
  "html-xml-lang-mismatch": "Make xml:lang and lang on <html> name the same language.",
  "image-alt": 'Add alt text to each image (alt="" for decorative ones).',
  "input-button-name": "Give each input button a value (or aria-label).",
  "input-image-alt": 'Add alt text to each <input type="image">.',
  label:
    "Associate a <label for=…> (or aria-label) with each form field; placeholders are not labels.",
  "link-name":
    "Give each link text, or an aria-label for icon-only links (alt text on an image inside works too).",
  list: "Put only <li> (and script/template) directly inside <ul>/<ol>.",
  listitem: "Place <li> elements inside <ul>, <ol> or <menu>.",
  "meta-refresh": 'Remove the timed <meta http-equiv="refresh">; use a server-side redirect.',
  "meta-viewport":
    "Remove user-scalable=no and keep maximum-scale at 5 or more so people can zoom.",
  "object-alt": "Provide alternative text for each <object> (inner text, aria-label or title).",
  "select-name": "Associate a label with each <select>.",
  "skip-link": "Make each skip link's target exist and be focusable.",
  tabindex: "Remove positive tabindex values; use 0 or -1 and the DOM order.",
  "td-headers-attr": "Make each headers attribute reference <th> IDs in the same table.",
  "th-has-data-cells": "Make every <th> describe data cells, or use plain cells for layout tables.",
  "valid-lang": "Use valid language codes in lang attributes.",
  "video-caption": 'Add a <track kind="captions"> to each video.',
  "landmark-one-main": "Wrap the page's main content in one <main> element.",
  "autocomplete-valid":
    "Use standard autocomplete tokens (e.g. email, given-name, street-address).",
  "presentation-role-conflict":
    "Remove global ARIA attributes and focusability from elements marked presentational.",
  "svg-img-alt": 'Give each <svg role="img"> a <title> or aria-label.',
  "table-duplicate-name": "Make a table's summary different from its caption.",
  "empty-heading": "Put text in every heading, or remove empty headings.",
  "aria-allowed-role": "Use only roles allowed on the element, or a more suitable element.",
  "image-redundant-alt": "Don't repeat surrounding text in alt; describe the image instead.",
  "identical-links-same-purpose":
    "Give links with the same text the same destination, or make their text different.",
  "label-content-name-mismatch":
    "Start the accessible name (aria-label) with the element's visible text.",
  "table-fake-caption": "Use <caption> for a table caption instead of a spanning cell.",
  "td-has-header": "Give data cells of large tables headers (<th>, scope or headers).",
};

/** What axe-core says about a rule (sent back with its results). */
export interface AxeRuleInfo {
  help?: string;
  description?: string;
  helpUrl?: string;
}

const IMPACT_SEVERITY: Record<string, Severity> = {
  critical: "critical",
  serious: "high",
  moderate: "medium",
  minor: "low",
};

export function accessibilityEntry(
  id: string,
  impact: string | null,
  informative: boolean,
  info: AxeRuleInfo = {},
): CatalogEntry {
  const base = LIGHTHOUSE_TEXT[id];
  return {
    category: "accessibility",
    severity: informative ? "info" : (IMPACT_SEVERITY[impact ?? ""] ?? base?.severity ?? "medium"),
    title: info.help ?? base?.title ?? id,
    explanation:
      `${info.description ?? base?.explanation ?? ""}${informative ? ` ${MESSAGES.manualReview}` : ""}`.trim(),
    fix: A11Y_FIX[id] ?? base?.fix ?? MESSAGES.defaultFix,
    learnMoreUrl:
      info.helpUrl ?? base?.learnMoreUrl ?? `https://dequeuniversity.com/rules/axe/4.14/${id}`,
  };
}

/** Sentences the findings and scores compose; `{…}` are filled in by `formatText`. */
export const MESSAGES = {
  manualReview: "(Lighthouse lists this for manual review; it doesn't affect the score.)",
  defaultFix: "Fix the listed elements.",
  /** Title of an informative audit that found only Medium/Low issues; `audit` is its title. */
  improvable: "Could be stronger: {audit}",
  /** A Lighthouse finding's explanation followed by the audit's own first detail. */
  withDetail: "{explanation} ({detail}.)",
} as const;

/** How each category score was obtained (`CategoryScore.basis`). */
export const SCORE_BASIS = {
  lighthouse:
    "Lighthouse's weighting over the {decided} applicable audits decidable without a browser",
  lighthouseWithBrowserOnly:
    "Lighthouse's weighting over the {decided} applicable audits decidable without a browser ({browserOnly} browser-only audits not included)",
  none: "No applicable audits",
  accessibilityNotRun: "Accessibility audits were not run",
  performance:
    "Estimate from browserless signals (server response time, compression, render-blocking resources, DOM and HTML size, images, HTTP version) — not Lighthouse's lab metrics",
  security:
    "Arco's weighting of HTTPS, mixed content, security headers (HSTS, CSP, framing, nosniff, referrer, COOP) and cookie flags",
} as const;

/** What limited an analysis (`Report.warnings`). */
export const WARNINGS = {
  truncated:
    "The markup is nested more than {depth} levels deep (browsers render 512): only the first {chars} characters were analyzed.",
  accessibilityFailed:
    "Accessibility could not be checked on this page this time (very large pages can exceed the time or memory allowed), so it has no score. Try again later.",
} as const;

/** What is wrong with a cookie (`Signals.cookies[].issues`); findings match them by prefix. */
export const COOKIE_ISSUES = {
  sameSiteNoneInsecure: "SameSite=None without Secure: browsers reject this cookie.",
  notSecure: "Missing Secure: the cookie can travel over plain HTTP.",
  notHttpOnly: "Missing HttpOnly: page scripts (and injected ones) can read it.",
  noSameSite: "No SameSite attribute: browsers default to Lax; set it explicitly.",
  prefixNotSecure: "A __Secure-/__Host- prefixed cookie must be Secure.",
} as const;

/** What each security header's state means (`Signals.securityHeaders[].explanation`). */
export const HEADER_TEXT = {
  hstsNotApplicable: "Only honoured over HTTPS; serve the site over HTTPS first.",
  hstsMissing:
    "Without HSTS, a visitor's first request can be downgraded to plain HTTP and intercepted.",
  hstsGood: "Browsers will only use HTTPS for this site for at least a year.",
  hstsWeak: "max-age is under one year (31536000 s), too short to protect returning visitors.",
  cspGood: "The policy restricts where scripts can come from, which blunts cross-site scripting.",
  cspWeak:
    "A policy is set but can be bypassed (e.g. 'unsafe-inline' or host allowlists without nonces).",
  cspMissing: "No policy: any injected script runs with the page's full privileges.",
  framingGood: "Other sites cannot embed this page in a frame, which prevents clickjacking.",
  framingBad:
    "Any site can frame this page and trick visitors into clicking its buttons (clickjacking).",
  nosniffGood: "Browsers won't guess content types, so uploads can't be executed as scripts.",
  nosniffBad:
    "Set to `nosniff` so browsers never run a file as a script or style it wasn't served as.",
  referrerWeak: "Full URLs (with paths and query strings) leak to other sites.",
  referrerGood: "Limits what the page's URL reveals to other sites.",
  referrerMissing:
    "Not set: browsers default to strict-origin-when-cross-origin, which is reasonable; set it explicitly to be sure.",
  permissionsGood:
    "Restricts powerful browser features (camera, geolocation, …) for this page and its frames.",
  permissionsMissing:
    "Optional: lets you switch off browser features the site never uses, limiting what injected code can do.",
  coopGood: "Pages this site opens (or that open it) can't reach into its window.",
  coopBad:
    "Without COOP, cross-origin windows share a browsing context group with this page (XS-Leaks, Spectre-style attacks).",
  xssProtection:
    "Obsolete: modern browsers ignore it and old ones could be abused through it. Remove it or set it to 0, and rely on CSP.",
} as const;

export interface FindingText {
  title: string;
  explanation: string;
  fix: string;
}

/** Arco's findings beyond Lighthouse's audits, keyed by finding id. */
export const FINDING_TEXT = {
  "performance/slow-server-response": {
    title: "Slow server response ({ms} ms to first byte)",
    explanation:
      "Nothing can render before the first byte of HTML arrives. Over 800 ms is slow; Google's guidance is under 800 ms.",
    fix: "Cache rendered pages (CDN or server cache), speed up database queries and avoid redirects before the page.",
  },
  "performance/no-text-compression": {
    title: "The HTML is sent uncompressed",
    explanation:
      "The page's {kb} KB of HTML travel without gzip or Brotli, which typically shrinks HTML by 70–80%.",
    fix: "Enable Brotli or gzip compression for text responses on the server or CDN.",
  },
  "performance/render-blocking-resources": {
    title:
      "{count, plural, one {# render-blocking resource} other {# render-blocking resources}} in <head>",
    explanation:
      "Synchronous scripts and stylesheets in <head> must download before anything is painted.",
    fix: "Add `defer` (or `async`) to scripts, inline the critical CSS and load the rest without blocking (media queries, preload).",
  },
  "performance/large-dom": {
    title: "Large DOM ({elements} elements)",
    explanation:
      "A large DOM costs memory and makes style calculation and layout slower on every interaction.",
    fix: "Paginate or lazily render long lists, and remove wrapper elements that aren't needed.",
  },
  "performance/large-html": {
    title: "Heavy HTML document ({kb} KB)",
    explanation:
      "Large documents take longer to download and parse, especially on mobile networks.",
    fix: "Move large inline scripts, styles and data (JSON, SVG) to cacheable files, and trim markup.",
  },
  "performance/unsized-images": {
    title: "{count, plural, one {# image} other {# images}} without width and height",
    explanation:
      "Without explicit dimensions the browser can't reserve space, so content jumps when images load (layout shift, CLS).",
    fix: "Add width and height attributes (the intrinsic size; CSS can still scale them), or a CSS aspect-ratio.",
  },
  "performance/legacy-image-formats": {
    title: "{count, plural, one {# image} other {# images}} in JPEG/PNG/GIF",
    explanation: "WebP and AVIF are typically 25–50% smaller than JPEG or PNG at the same quality.",
    fix: "Serve WebP or AVIF (through <picture> with a fallback, or your image CDN's automatic format).",
  },
  "performance/http1": {
    title: "Served over HTTP/1.1",
    explanation: "HTTP/2 and HTTP/3 load many resources over one connection; HTTP/1.1 queues them.",
    fix: "Enable HTTP/2 (and HTTP/3) on the server or put a CDN in front.",
  },
  "performance/no-cache-policy": {
    title: "No caching headers on the page",
    explanation:
      "Without Cache-Control, ETag or Last-Modified, browsers and CDNs must guess how long the page may be reused and can't revalidate it cheaply.",
    fix: "Send `Cache-Control` (e.g. `no-cache` with an ETag for HTML that changes, or a short `max-age`).",
  },
  "performance/many-third-parties": {
    title: "{count} third-party hosts",
    explanation:
      "Every extra origin costs a DNS lookup and connection, and third-party code competes with yours for the main thread.",
    fix: "Remove unused tags and widgets, self-host critical assets, and `preconnect` to the few origins you keep.",
  },
  "seo/open-graph-incomplete": {
    title: "Incomplete Open Graph tags",
    explanation:
      "Facebook, LinkedIn, Slack and messengers build link previews from Open Graph tags; without them shares show a bare link or a random image.",
    fix: "Add {tags} in <head>.",
  },
  "seo/twitter-card-missing": {
    title: "No Twitter/X card",
    explanation: "Without `twitter:card`, posts linking to the page show a small preview at best.",
    fix: 'Add <meta name="twitter:card" content="summary_large_image"> (title, description and image fall back to Open Graph).',
  },
  "seo/json-ld-invalid": {
    title: "Structured data (JSON-LD) doesn't parse",
    explanation:
      "Search engines ignore a JSON-LD block that isn't valid JSON, so the page loses rich results.",
    fix: "Fix the JSON syntax (trailing commas, unescaped quotes) and check the block with Google's Rich Results Test.",
  },
  "seo/no-structured-data": {
    title: "No structured data",
    explanation:
      "JSON-LD structured data (Organization, Product, Article, …) makes the page eligible for rich results.",
    fix: 'Add a <script type="application/ld+json"> describing the page with schema.org types.',
  },
  "seo/no-sitemap-in-robots": {
    title: "robots.txt doesn't point to a sitemap",
    explanation:
      "A `Sitemap:` line in robots.txt lets every search engine discover all your pages, not only those linked from the homepage.",
    fix: "Add `Sitemap: https://your-site/sitemap.xml` to robots.txt.",
  },
  "security/mixed-content": {
    title: "Mixed content: HTTP resources on an HTTPS page",
    explanation:
      "{blocked, select, yes {Browsers block these scripts, styles or frames outright, so parts of the page break; those that load can be tampered with in transit.} other {Browsers upgrade or flag these images/media, and the padlock may be lost.}}",
    fix: "Change the listed http:// URLs to https:// (or relative URLs).",
  },
  "security/x-content-type-options": {
    title:
      "{status, select, missing {X-Content-Type-Options is not set} other {X-Content-Type-Options is weak}}",
    explanation: HEADER_TEXT.nosniffBad,
    fix: "Send `X-Content-Type-Options: nosniff` on every response.",
  },
  "security/referrer-policy": {
    title: "Referrer-Policy is weak",
    explanation: HEADER_TEXT.referrerWeak,
    fix: "Send `Referrer-Policy: strict-origin-when-cross-origin` (or stricter).",
  },
  "security/x-xss-protection": {
    title: "X-XSS-Protection is weak",
    explanation: HEADER_TEXT.xssProtection,
    fix: "Remove the header, or set it to `0`.",
  },
  "security/cookie-samesite-none-insecure": {
    title: "Cookies with SameSite=None but not Secure",
    explanation: COOKIE_ISSUES.sameSiteNoneInsecure,
    fix: "Add `Secure` to every `SameSite=None` cookie.",
  },
  "security/cookie-not-secure": {
    title: "Cookies without the Secure flag",
    explanation: COOKIE_ISSUES.notSecure,
    fix: "Add `Secure` so the cookie is only sent over HTTPS.",
  },
  "security/cookie-not-httponly": {
    title: "Cookies readable by JavaScript (no HttpOnly)",
    explanation: COOKIE_ISSUES.notHttpOnly,
    fix: "Add `HttpOnly` to session and auth cookies that scripts don't need.",
  },
  "security/cookie-no-samesite": {
    title: "Cookies without an explicit SameSite",
    explanation: COOKIE_ISSUES.noSameSite,
    fix: "Set `SameSite=Lax` (or `Strict`) explicitly.",
  },
} satisfies Record<string, FindingText>;

/** The text of one of Arco's own findings, if `id` is one. */
export function findingText(id: string): FindingText | undefined {
  return Object.hasOwn(FINDING_TEXT, id)
    ? FINDING_TEXT[id as keyof typeof FINDING_TEXT]
    : undefined;
}

/**
 * The audits' own explanations (`LighthouseAuditResult.explanation`), mostly Lighthouse's
 * wording. The informative security audits list one per line, each after its severity.
 */
export const AUDIT_TEXT = {
  noTitle: "The document has no <title> element.",
  emptyTitle: "The <title> element is empty.",
  noMetaDescription: "No meta description found in the document head.",
  emptyMetaDescription: "The meta description is empty.",
  httpStatus: "The page returned HTTP {status}.",
  robotsNotFetched: "robots.txt was not fetched.",
  robotsServerError: "Request for robots.txt returned HTTP status {status}.",
  robotsFetchFailed: "Fetch of robots.txt failed.",
  robotsFetchError: "Fetch of robots.txt failed: {error}.",
  canonicalInvalid: "Invalid URL ({url})",
  canonicalRelative: "Is not an absolute URL ({url})",
  canonicalConflict: "Multiple conflicting URLs ({urls})",
  canonicalHreflang: "Points to another hreflang location ({url})",
  canonicalRoot:
    "Points to the domain's root URL (the homepage) instead of an equivalent page of content",
  noHttpsRedirect: "The HTTP URL does not redirect to HTTPS.",
  noCsp: "No CSP found in enforcement mode",
  metaCsp:
    "The page contains a CSP defined in a <meta> tag. Consider moving the CSP to an HTTP header.",
  noTrustedTypes: "No `Content-Security-Policy` header with Trusted Types directive found",
  noHsts: "No HSTS header found",
  noMaxAge: "No `max-age` directive",
  noIncludeSubDomains: "No `includeSubDomains` directive found",
  noPreload: "No `preload` directive found",
  lowMaxAge: "`max-age` is too low",
  invalidSyntax: "Invalid syntax",
  noCoop: "No COOP header found",
  noFrameProtection: "No XFO or CSP frame-ancestors found",
  noDoctype: "Document must contain a doctype",
  limitedQuirks: "Document contains a `doctype` that triggers `limited-quirks-mode`",
  publicId: "Expected publicId to be an empty string",
  systemId: "Expected systemId to be an empty string",
  doctypeName: "Doctype name must be the string `html`",
  quirks: "Document contains a `doctype` that triggers `quirks-mode`",
  noCharset:
    "No charset in the Content-Type header, no byte-order mark, and no <meta charset> in the first 1024 characters.",
  axeError: "axe-core error: {error}",
} as const;

/** The severity before each line of an informative security audit's explanation. */
export const AUDIT_SEVERITY = {
  high: "High",
  medium: "Medium",
  low: "Low",
  syntax: "Syntax",
} as const;

/** The words evidence carries besides what it quotes: labels, and placeholders for no value. */
export const EVIDENCE_TEXT = {
  missing: "missing",
  parseError: "parse error",
  blocked: "blocked",
  upgraded: "upgraded",
  elements: "elements",
  decodedSize: "decoded size",
  protocol: "protocol",
  httpStatus: "HTTP status",
  document: "document",
  finalUrl: "final URL",
  robotsLine: "robots.txt line {line}",
  robotsError: "line {line}: {message}",
  robotsSyntax: "Syntax not understood",
  robotsUnknownDirective: "Unknown directive",
  robotsInvalidSitemap: "Invalid sitemap URL",
  robotsSitemapProtocol: "Invalid sitemap URL protocol",
  robotsNoUserAgent: "No user-agent specified",
  robotsPattern: 'Pattern should either be empty, start with "/" or "*"',
  robotsDollar: '"$" should only be used at the end of the pattern',
  unexpectedLanguage: "Unexpected language code",
  relativeHref: "Relative href value",
  none: "(none)",
  notSet: "(not set)",
  invalidJson: "invalid JSON",
  bytes: "{bytes} bytes",
  noTitleElement: "No <title> element",
  emptyTitle: "Empty <title>",
  fetchFailed: "Fetch failed",
} as const;

/**
 * What Google's CSP Evaluator (csp_evaluator 1.1.8, the checks Lighthouse's `csp-xss` runs)
 * writes in a CSP audit's rows. The library writes these; they are listed here, with `{…}` for
 * the values it quotes, so they can be read back and translated.
 */
export const CSP_EVALUATOR_TEXT = {
  missingScriptSrc: "script-src directive is missing.",
  missingObjectSrc:
    "Missing object-src allows the injection of plugins which can execute JavaScript. Can you set it to 'none'?",
  missingBaseUri:
    "Missing base-uri allows the injection of base tags. They can be used to set the base URL for all relative (script) URLs to an attacker controlled domain. Can you set it to 'none' or 'self'?",
  hostAllowlist:
    "Host allowlists can frequently be bypassed. Consider using 'strict-dynamic' in combination with CSP nonces or hashes.",
  strictDynamicAlone: "'strict-dynamic' without a CSP nonce/hash will block all scripts.",
  unsafeInline:
    "'unsafe-inline' allows the execution of unsafe in-page scripts and event handlers.",
  unsafeHashes:
    "'unsafe-hashes', while safer than 'unsafe-inline', allows the execution of unsafe in-page scripts and event handlers as long as their hashes appear in the CSP. Please refactor them to no longer use inline scripts if possible.",
  plainWildcard: "{directive} should not allow '*' as source",
  plainUrlScheme: "{value} URI in {directive} allows the execution of unsafe scripts.",
  unsafeInlineFallback:
    "Consider adding 'unsafe-inline' (ignored by browsers supporting nonces/hashes) to be backward compatible with older browsers.",
  allowlistFallback:
    "Consider adding https: and http: url schemes (ignored by browsers supporting 'strict-dynamic') to be backward compatible with older browsers.",
  nonceLength: "Nonces should be at least 8 characters long.",
  nonceCharset: "Nonces should only use the base64 charset.",
  directiveColon: "CSP directives don't end with a colon.",
  unknownDirective: 'Directive "{directive}" is not a known CSP directive.',
  reflectedXss:
    "reflected-xss is deprecated since CSP2. Please, use the X-XSS-Protection header instead.",
  referrer: "referrer is deprecated since CSP2. Please, use the Referrer-Policy header instead.",
  disownOpener:
    "disown-opener is deprecated since CSP3. Please, use the Cross Origin Opener Policy header instead.",
  prefetchSrc:
    "prefetch-src is deprecated since CSP3. Be aware that this feature may cease to work at any time.",
  missingSemicolon: 'Did you forget the semicolon? "{value}" seems to be a directive, not a value.',
  singleTicks: 'Did you forget to surround "{value}" with single-ticks?',
  invalidKeyword: "{value} seems to be an invalid CSP keyword.",
} as const;
