/**
 * The Lighthouse 13.5 audits that a browserless analyzer can decide (classes `static` and
 * `static-approx` in the corpus' lighthouse-audits.md), with the category weights Lighthouse
 * gives them. Browser-only audits are listed too, so the report can say what it did NOT check.
 */

export type LighthouseCategory = "seo" | "best-practices" | "accessibility";
export type AuditClass = "static" | "static-approx" | "browser";

export interface LighthouseAuditMeta {
  id: string;
  title: string;
  /** Category → weight in that category (an audit can be in two categories). */
  weights: Partial<Record<LighthouseCategory, number>>;
  class: AuditClass;
  /**
   * Lighthouse shows it without scoring it (`scoreDisplayMode: informative` in the audit's meta,
   * Lighthouse 13.5): verdict is `info` or `na`. Every other audit here is binary (pass/fail).
   */
  informative?: boolean;
  /** Decided by axe-core (Lighthouse's own accessibility engine). */
  axe?: boolean;
}

const seo = (id: string, title: string, weight: number, cls: AuditClass): LighthouseAuditMeta => ({
  id,
  title,
  weights: { seo: weight },
  class: cls,
});
const bp = (
  id: string,
  title: string,
  weight: number,
  cls: AuditClass,
  informative = false,
): LighthouseAuditMeta => ({
  id,
  title,
  weights: { "best-practices": weight },
  class: cls,
  ...(informative ? { informative } : {}),
});
const a11y = (
  id: string,
  title: string,
  weight: number,
  cls: AuditClass = "static-approx",
  informative = false,
): LighthouseAuditMeta => ({
  id,
  title,
  weights: { accessibility: weight },
  class: cls,
  axe: true,
  ...(informative ? { informative } : {}),
});

export const LIGHTHOUSE_AUDITS: readonly LighthouseAuditMeta[] = [
  // --- SEO ---------------------------------------------------------------------------------
  seo("is-crawlable", "Page isn't blocked from indexing", 4.04, "static"),
  {
    id: "document-title",
    title: "Document has a <title> element",
    weights: { seo: 1, accessibility: 7 },
    class: "static",
    axe: true,
  },
  seo("meta-description", "Document has a meta description", 1, "static"),
  seo("http-status-code", "Page has a successful HTTP status code", 1, "static"),
  seo("link-text", "Links have descriptive text", 1, "static-approx"),
  seo("crawlable-anchors", "Links are crawlable", 1, "static-approx"),
  seo("robots-txt", "robots.txt is valid", 1, "static"),
  {
    id: "image-alt",
    title: "Image elements have [alt] attributes",
    weights: { seo: 1, accessibility: 10 },
    class: "static-approx",
    axe: true,
  },
  seo("hreflang", "Document has a valid hreflang", 1, "static"),
  seo("canonical", "Document has a valid rel=canonical", 1, "static"),
  // --- Best practices ------------------------------------------------------------------------
  bp("is-on-https", "Uses HTTPS", 5, "static-approx"),
  bp("redirects-http", "Redirects HTTP traffic to HTTPS", 1, "static"),
  bp("csp-xss", "Ensure CSP is effective against XSS attacks", 0, "static", true),
  bp("has-hsts", "Use a strong HSTS policy", 0, "static", true),
  bp("origin-isolation", "Ensure proper origin isolation with COOP", 0, "static", true),
  bp("clickjacking-mitigation", "Mitigate clickjacking with XFO or CSP", 0, "static", true),
  bp("trusted-types-xss", "Mitigate DOM-based XSS with Trusted Types", 0, "static", true),
  bp("doctype", "Page has the HTML doctype", 1, "static"),
  bp("charset", "Properly defines charset", 1, "static"),
  bp(
    "geolocation-on-start",
    "Avoids requesting the geolocation permission on page load",
    1,
    "browser",
  ),
  bp(
    "notification-on-start",
    "Avoids requesting the notification permission on page load",
    1,
    "browser",
  ),
  bp("paste-preventing-inputs", "Allows users to paste into input fields", 3, "browser"),
  bp("image-aspect-ratio", "Displays images with correct aspect ratio", 1, "browser"),
  bp("image-size-responsive", "Serves images with appropriate resolution", 1, "browser"),
  bp("deprecations", "Avoids deprecated APIs", 5, "browser"),
  bp("third-party-cookies", "Avoids third-party cookies", 5, "browser"),
  bp("errors-in-console", "No browser errors logged to the console", 1, "browser"),
  bp("inspector-issues", "No issues in the Issues panel in Chrome Devtools", 1, "browser"),
  bp("baseline", "Web platform features used by the page (Baseline)", 0, "browser", true),
  bp("js-libraries", "Detected JavaScript libraries", 0, "browser", true),
  bp("valid-source-maps", "Page has valid source maps", 0, "browser"),
  // --- Accessibility (axe-core) ---------------------------------------------------------------
  a11y("accesskeys", "[accesskey] values are unique", 7),
  a11y("aria-allowed-attr", "[aria-*] attributes match their roles", 10),
  a11y("aria-command-name", "button, link, and menuitem elements have accessible names", 7),
  a11y("aria-conditional-attr", "ARIA attributes are used as specified for the element's role", 7),
  a11y("aria-deprecated-role", "Deprecated ARIA roles were not used", 1),
  a11y("aria-dialog-name", "Elements with role=dialog or alertdialog have accessible names", 7),
  a11y(
    "aria-hidden-body",
    '[aria-hidden="true"] is not present on the document <body>',
    10,
    "static",
  ),
  a11y(
    "aria-hidden-focus",
    '[aria-hidden="true"] elements do not contain focusable descendants',
    7,
  ),
  a11y("aria-input-field-name", "ARIA input fields have accessible names", 7),
  a11y("aria-meter-name", "ARIA meter elements have accessible names", 7),
  a11y("aria-progressbar-name", "ARIA progressbar elements have accessible names", 7),
  a11y("aria-prohibited-attr", "Elements use only permitted ARIA attributes", 7),
  a11y("aria-required-attr", "[role]s have all required [aria-*] attributes", 10),
  a11y(
    "aria-required-children",
    "Elements with an ARIA [role] contain their required children",
    10,
  ),
  a11y("aria-required-parent", "[role]s are contained by their required parent element", 10),
  a11y("aria-roles", "[role] values are valid", 10),
  a11y("aria-text", "Elements with role=text have no focusable descendants", 7),
  a11y("aria-toggle-field-name", "ARIA toggle fields have accessible names", 7),
  a11y("aria-tooltip-name", "ARIA tooltip elements have accessible names", 7),
  a11y("aria-treeitem-name", "ARIA treeitem elements have accessible names", 7),
  a11y("aria-valid-attr-value", "[aria-*] attributes have valid values", 10),
  a11y("aria-valid-attr", "[aria-*] attributes are valid and not misspelled", 10),
  a11y("button-name", "Buttons have an accessible name", 10),
  a11y(
    "bypass",
    "The page contains a heading, skip link, or landmark region",
    7,
    "static-approx",
    true,
  ),
  a11y(
    "color-contrast",
    "Background and foreground colors have a sufficient contrast ratio",
    7,
    "browser",
  ),
  a11y("definition-list", "<dl>'s contain only properly-ordered <dt> and <dd> groups", 7),
  a11y("dlitem", "Definition list items are wrapped in <dl> elements", 7),
  a11y("duplicate-id-aria", "ARIA IDs are unique", 10, "static", true),
  a11y(
    "form-field-multiple-labels",
    "No form fields have multiple labels",
    3,
    "static-approx",
    true,
  ),
  a11y("frame-title", "<frame> or <iframe> elements have a title", 7),
  a11y("heading-order", "Heading elements appear in a sequentially-descending order", 3),
  a11y("html-has-lang", "<html> element has a [lang] attribute", 7, "static"),
  a11y("html-lang-valid", "<html> element has a valid value for its [lang] attribute", 7, "static"),
  a11y(
    "html-xml-lang-mismatch",
    "<html> element has an [xml:lang] matching its [lang]",
    3,
    "static",
  ),
  a11y("input-button-name", "Input buttons have discernible text", 10),
  a11y("input-image-alt", '<input type="image"> elements have [alt] text', 10),
  a11y("label", "Form elements have associated labels", 10),
  a11y("link-in-text-block", "Links are distinguishable without relying on color", 7, "browser"),
  a11y("link-name", "Links have a discernible name", 7),
  a11y("list", "Lists contain only <li> elements and script supporting elements", 7),
  a11y("listitem", "List items (<li>) are contained within <ul>, <ol> or <menu> parents", 7),
  a11y("meta-refresh", 'The document does not use <meta http-equiv="refresh">', 10, "static"),
  a11y(
    "meta-viewport",
    '[user-scalable="no"] is not used and [maximum-scale] is not less than 5',
    10,
    "static",
  ),
  a11y("object-alt", "<object> elements have alternate text", 7),
  a11y("select-name", "Select elements have associated label elements", 10),
  a11y("skip-link", "Skip links are focusable", 3),
  a11y("tabindex", "No element has a [tabindex] value greater than 0", 7),
  a11y("target-size", "Touch targets have sufficient size and spacing", 7, "browser"),
  a11y("td-headers-attr", "Cells in a <table> using [headers] refer to cells in the same table", 7),
  a11y(
    "th-has-data-cells",
    "<th> elements have data cells they describe",
    7,
    "static-approx",
    true,
  ),
  a11y("valid-lang", "[lang] attributes have a valid value", 7),
  a11y(
    "video-caption",
    '<video> elements contain a <track> with [kind="captions"]',
    10,
    "static-approx",
    true,
  ),
  a11y("landmark-one-main", "Document has a main landmark", 3),
  a11y("autocomplete-valid", "[autocomplete] attributes are used correctly", 1),
  a11y("presentation-role-conflict", "Presentational elements avoid conflicts", 1),
  a11y("svg-img-alt", "<svg> elements with an img role have alternative text", 1),
  a11y(
    "table-duplicate-name",
    "Tables have different content in summary and caption",
    0,
    "static-approx",
    true,
  ),
  a11y("empty-heading", "All heading elements contain content", 0, "static-approx", true),
  a11y(
    "aria-allowed-role",
    "Uses ARIA roles only on compatible elements",
    0,
    "static-approx",
    true,
  ),
  a11y(
    "image-redundant-alt",
    "Image alt text is not redundant with surrounding text",
    0,
    "static-approx",
    true,
  ),
  a11y(
    "identical-links-same-purpose",
    "Identical links have the same purpose",
    0,
    "static-approx",
    true,
  ),
  a11y("label-content-name-mismatch", "Visible text labels are part of the accessible name", 0),
  a11y("table-fake-caption", "Tables use <caption> instead of cells with [colspan]", 0),
  a11y("td-has-header", "<td> elements in a large <table> have table headers", 0),
];

export const AUDITS_BY_ID: ReadonlyMap<string, LighthouseAuditMeta> = new Map(
  LIGHTHOUSE_AUDITS.map((a) => [a.id, a]),
);

/** Audits this package decides (everything that doesn't need a browser). */
export const DECIDABLE_AUDITS = LIGHTHOUSE_AUDITS.filter((a) => a.class !== "browser");

/** The axe-core rules Lighthouse maps to browserless audits; axe runs exactly these. */
export const AXE_RULES: readonly string[] = DECIDABLE_AUDITS.filter((a) => a.axe).map((a) => a.id);

/** The audits decided by the fast HTML/HTTP path (no DOM emulation). */
export const FAST_AUDITS: readonly string[] = DECIDABLE_AUDITS.filter(
  (a) => !a.axe || a.id === "image-alt" || a.id === "document-title",
).map((a) => a.id);
