/**
 * Plain-language text for every finding: what is wrong, why it matters, how to fix it. Keyed by
 * Lighthouse audit id for the Lighthouse-equivalent findings; the accessibility rules take their
 * one-line summary from axe-core and add the fix here.
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
const A11Y_FIX: Record<string, string> = {
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
  "document-title": "Add a descriptive <title> in <head>.",
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
      `${info.description ?? base?.explanation ?? ""}${informative ? " (Lighthouse lists this for manual review; it doesn't affect the score.)" : ""}`.trim(),
    fix: A11Y_FIX[id] ?? base?.fix ?? "Fix the listed elements.",
    learnMoreUrl:
      info.helpUrl ?? base?.learnMoreUrl ?? `https://dequeuniversity.com/rules/axe/4.14/${id}`,
  };
}
