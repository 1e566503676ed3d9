/** Lighthouse's SEO audits, decided from the HTML, the response headers and robots.txt. */
import type { Element } from "domhandler";

import { robotsDecision, validateRobotsTxt } from "../lib/robots.ts";
import { isValidLanguageSubtag } from "../lib/lang.ts";
import { type AnyNode, isTag, isText } from "domhandler";

import { innerText, textContent, truncate } from "../lib/dom.ts";
import { equalIgnoringFragment, tryParseUrl } from "../lib/url.ts";
import { elementsOf, openingTag } from "../parse/page.ts";
import { AUDIT_TEXT, EVIDENCE_TEXT } from "../report/catalog.ts";
import type { Evidence } from "../report/schema.ts";
import { formatText } from "../text/format.ts";
import type { AuditContext, StaticAuditResult } from "./context.ts";

const MAX_ITEMS = 10;

function result(failing: Evidence[], extra: Partial<StaticAuditResult> = {}): StaticAuditResult {
  return {
    verdict: failing.length ? "fail" : "pass",
    items: failing.slice(0, MAX_ITEMS),
    itemCount: failing.length,
    ...extra,
  };
}

const elementEvidence = (el: Element, label?: string): Evidence => ({
  kind: "element",
  value: openingTag(el),
  ...(label ? { label } : {}),
});

// --- is-crawlable ------------------------------------------------------------------------------

/** The crawlers Lighthouse checks; `undefined` is the generic one (`robots` meta, `*` group). */
const BOTS: ReadonlyArray<string | undefined> = [
  undefined,
  "Googlebot",
  "bingbot",
  "DuckDuckBot",
  "archive.org_bot",
];

function isPastUnavailableAfter(directive: string, now: Date): boolean {
  const parts = directive.split(":");
  if (parts.length <= 1 || parts[0] !== "unavailable_after") return false;
  const date = Date.parse(parts.slice(1).join(":"));
  return !Number.isNaN(date) && date < now.getTime();
}

export function hasBlockingDirective(directives: string, now: Date): boolean {
  return directives
    .split(",")
    .map((d) => d.toLowerCase().trim())
    .some((d) => d === "noindex" || d === "none" || isPastUnavailableAfter(d, now));
}

/** `googlebot: noindex` → "googlebot" (case kept: Lighthouse compares it case-sensitively). */
function headerUserAgent(value: string): string | undefined {
  const m = /^([^,:]+):/.exec(value);
  if (m && m[1] && m[1].toLowerCase() !== "unavailable_after") return m[1];
  return undefined;
}

export function isCrawlable(ctx: AuditContext): StaticAuditResult {
  const blocked: Array<string | undefined> = [];
  const genericSources: Evidence[] = [];
  const allSources: Evidence[] = [];
  for (const bot of BOTS) {
    const sources: Evidence[] = [];
    // A bot-specific meta replaces the generic `robots` meta for that bot.
    let meta = bot ? ctx.headMetas.find((m) => m.name === bot.toLowerCase()) : undefined;
    meta ??= ctx.headMetas.find((m) => m.name === "robots");
    if (meta && hasBlockingDirective(meta.content, ctx.now)) sources.push(elementEvidence(meta.el));

    for (const value of ctx.headers.getAll("x-robots-tag")) {
      const ua = headerUserAgent(value);
      if (ua !== bot && ua !== undefined) continue;
      let directives = value.trim();
      if (bot && value.startsWith(`${bot}:`)) directives = value.replace(`${bot}:`, "");
      if (hasBlockingDirective(directives, ctx.now)) {
        sources.push({ kind: "header", label: "X-Robots-Tag", value });
      }
    }

    if (ctx.parsedRobots) {
      const decision = robotsDecision(ctx.parsedRobots, ctx.url, bot);
      if (!decision.allowed) {
        const line = decision.line
          ? ctx.robots.body?.split(/\r\n|\r|\n/)[decision.line - 1]
          : undefined;
        sources.push({
          kind: "robots-txt",
          label: decision.line
            ? formatText(EVIDENCE_TEXT.robotsLine, { line: decision.line }, "en")
            : "robots.txt",
          value: line?.trim() ?? "Disallow",
        });
      }
    }
    if (sources.length) blocked.push(bot);
    if (bot === undefined) genericSources.push(...sources);
    allSources.push(...sources);
  }
  if (blocked.length === BOTS.length) {
    const items = genericSources.length ? genericSources : allSources;
    return { verdict: "fail", items: items.slice(0, MAX_ITEMS), itemCount: items.length };
  }
  const named = blocked.filter((b): b is string => b !== undefined);
  return {
    verdict: "pass",
    items: [],
    itemCount: 0,
    ...(blocked.length
      ? {
          warnings: [
            `Blocked for ${named.length ? named.join(", ") : "the generic crawler"}; at least one crawler is still allowed.`,
          ],
        }
      : {}),
  };
}

// --- document-title ----------------------------------------------------------------------------

/** `document.title`: the first HTML <title>'s own text, whitespace-collapsed. */
export function documentTitleText(ctx: AuditContext): string | null {
  const title = elementsOf(ctx.page, "title").find((t) => !ctx.page.foreign.has(t));
  if (!title) return null;
  let text = "";
  for (const c of title.children)
    if (c.type === "text") text += (c as unknown as { data: string }).data;
  return text.replace(/[ \t\n\r\f]+/g, " ").trim();
}

export function documentTitle(ctx: AuditContext): StaticAuditResult {
  const text = documentTitleText(ctx);
  if (text && text.replace(/\s+/g, "")) return result([]);
  return result(
    [
      {
        kind: "text",
        value: text === null ? EVIDENCE_TEXT.noTitleElement : EVIDENCE_TEXT.emptyTitle,
      },
    ],
    {
      explanation: text === null ? AUDIT_TEXT.noTitle : AUDIT_TEXT.emptyTitle,
    },
  );
}

// --- meta-description --------------------------------------------------------------------------

export function metaDescription(ctx: AuditContext): StaticAuditResult {
  const meta = ctx.headMetas.find((m) => m.name === "description");
  if (!meta) {
    return result([{ kind: "text", value: 'No <meta name="description"> in <head>' }], {
      explanation: AUDIT_TEXT.noMetaDescription,
    });
  }
  if (meta.content.trim() === "") {
    return result([elementEvidence(meta.el)], { explanation: AUDIT_TEXT.emptyMetaDescription });
  }
  return result([]);
}

// --- http-status-code --------------------------------------------------------------------------

export function httpStatusCode(ctx: AuditContext): StaticAuditResult {
  if (ctx.status >= 400 && ctx.status <= 599) {
    return result([{ kind: "text", label: EVIDENCE_TEXT.httpStatus, value: String(ctx.status) }], {
      explanation: formatText(AUDIT_TEXT.httpStatus, { status: ctx.status }, "en"),
    });
  }
  return result([]);
}

// --- anchors (link-text, crawlable-anchors) ----------------------------------------------------

interface Anchor {
  el: Element;
  svg: boolean;
  href: string;
  rawHref: string;
  rel: string;
  name: string;
  role: string;
  id: string;
  attributeNames: string[];
  hasListener: boolean;
}

/**
 * `getLangOfInnerText`: the language of the descendants that carry text, null when they
 * disagree, else the anchor's own. Bounded to the first LANG_SCAN_LIMIT descendants.
 */
const LANG_SCAN_LIMIT = 2000;

function langOfInnerText(ctx: AuditContext, el: Element): string | null {
  const desc: Element[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node && desc.length < LANG_SCAN_LIMIT; node = stack.pop()) {
    if (!isTag(node)) continue;
    desc.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  // Which descendants have text (textContent non-empty): bottom-up over document order.
  const withText = new Set<Element>();
  for (let i = desc.length - 1; i >= 0; i--) {
    const d = desc[i] as Element;
    if (d.children.some((c) => (isText(c) && c.data !== "") || (isTag(c) && withText.has(c))))
      withText.add(d);
  }
  let lang: string | null = null;
  for (const child of desc) {
    if (!withText.has(child)) continue;
    const childLang = ctx.flagsOf(child).lang;
    if (!childLang) continue;
    if (!lang) {
      lang = childLang;
      continue;
    }
    if (lang.split("-")[0] !== childLang.split("-")[0]) return null;
  }
  return lang ?? ctx.flagsOf(el).lang;
}

/** Anchors as Lighthouse's AnchorElements gatherer collects them (text is read on demand). */
export function collectAnchors(ctx: AuditContext): Anchor[] {
  return elementsOf(ctx.page, "a").map((el) => {
    const svg = ctx.page.foreign.has(el);
    const a = el.attribs;
    const rawHrefAttr = svg ? (a.href ?? a["xlink:href"]) : a.href;
    let href: string;
    if (svg) {
      href = rawHrefAttr === undefined ? "" : (tryParseUrl(rawHrefAttr, ctx.baseUrl)?.href ?? "");
    } else if (rawHrefAttr === undefined) {
      href = "";
    } else {
      href = tryParseUrl(rawHrefAttr.trim(), ctx.baseUrl)?.href ?? rawHrefAttr;
    }
    return {
      el,
      svg,
      href,
      rawHref: a.href ?? "",
      rel: svg ? "" : (a.rel ?? ""),
      name: svg ? "" : (a.name ?? ""),
      role: a.role ?? "",
      id: a.id ?? "",
      attributeNames: Object.keys(a),
      // Listeners on the anchor or an ancestor (the document element excluded, as in Lighthouse).
      hasListener: ctx.hasInlineListener(el) || ctx.flagsOf(el).listenerAbove,
    };
  });
}

/** Longer link text can't equal any of the generic phrases. */
const MAX_PHRASE = 64;

function linkTextOf(ctx: AuditContext, a: Anchor): { text: string; lang: string | undefined } {
  const text = a.svg ? textContent(a.el).slice(0, MAX_PHRASE * 4) : innerText(a.el, MAX_PHRASE * 2);
  if (!text.trim() || text.trim().length > MAX_PHRASE) return { text, lang: undefined };
  const langEls = ctx.page.langElements;
  const only = langEls.length === 1 ? langEls[0] : undefined;
  const singleLang =
    only && (only.name === "html" || only.name === "body") ? (only.attribs.lang ?? null) : null;
  return { text, lang: singleLang ?? langOfInnerText(ctx, a.el) ?? undefined };
}

const NON_DESCRIPTIVE: Record<string, ReadonlySet<string>> = {
  en: new Set([
    "click here",
    "click this",
    "go",
    "here",
    "information",
    "learn more",
    "more",
    "more info",
    "more information",
    "right here",
    "read more",
    "see more",
    "start",
    "this",
  ]),
  ja: new Set(["ここをクリック", "こちらをクリック", "リンク", "続きを読む", "続く", "全文表示"]),
  es: new Set([
    "click aquí",
    "click aqui",
    "clicka aquí",
    "clicka aqui",
    "pincha aquí",
    "pincha aqui",
    "aquí",
    "aqui",
    "más",
    "mas",
    "más información",
    "más informacion",
    "mas información",
    "mas informacion",
    "este",
    "enlace",
    "este enlace",
    "empezar",
  ]),
  pt: new Set(["clique aqui", "ir", "mais informação", "mais informações", "mais", "veja mais"]),
  ko: new Set([
    "여기",
    "여기를 클릭",
    "클릭",
    "링크",
    "자세히",
    "자세히 보기",
    "계속",
    "이동",
    "전체 보기",
  ]),
  sv: new Set(["här", "klicka här", "läs mer", "mer", "mer info", "mer information"]),
  de: new Set([
    "klicke hier",
    "hier klicken",
    "hier",
    "mehr",
    "siehe",
    "dies",
    "das",
    "weiterlesen",
  ]),
  ta: new Set([
    "அடுத்த பக்கம்",
    "மறுபக்கம்",
    "முந்தைய பக்கம்",
    "முன்பக்கம்",
    "மேலும் அறிக",
    "மேலும் தகவலுக்கு",
    "மேலும் தரவுகளுக்கு",
    "தயவுசெய்து இங்கே அழுத்தவும்",
    "இங்கே கிளிக் செய்யவும்",
  ]),
  fa: new Set([
    "اطلاعات بیشتر",
    "اطلاعات",
    "این",
    "اینجا بزنید",
    "اینجا کلیک کنید",
    "اینجا",
    "برو",
    "بیشتر بخوانید",
    "بیشتر بدانید",
    "بیشتر",
    "شروع",
  ]),
};

export function isNonDescriptive(text: string, lang: string | undefined): boolean {
  const term = text.trim().toLowerCase();
  if (!term) return false;
  if (lang) return NON_DESCRIPTIVE[lang.split("-")[0] as string]?.has(term) ?? false;
  return Object.values(NON_DESCRIPTIVE).some((set) => set.has(term));
}

export function linkText(ctx: AuditContext, anchors: Anchor[]): StaticAuditResult {
  const failing: Evidence[] = [];
  for (const a of anchors) {
    if (!a.href || a.rel.includes("nofollow")) continue;
    const href = a.href.toLowerCase();
    if (
      href.startsWith("javascript:") ||
      href.startsWith("mailto:") ||
      equalIgnoringFragment(a.href, ctx.url.href)
    )
      continue;
    const { text, lang } = linkTextOf(ctx, a);
    if (isNonDescriptive(text, lang)) {
      failing.push({
        kind: "element",
        label: `"${truncate(text.trim(), 60)}"`,
        value: openingTag(a.el),
      });
    }
  }
  return result(failing);
}

const HREF_ASSOCIATED = ["target", "download", "ping", "rel", "hreflang", "type", "referrerpolicy"];

/** Lighthouse's crawlable-anchors rule for one anchor, in its order of checks. */
function isUncrawlable(ctx: AuditContext, a: Anchor): boolean {
  const rawHref = a.rawHref.replace(/\s/g, "");
  if (a.role.trim().length > 0) return false;
  if (rawHref.startsWith("mailto:")) return false;
  // An <a id> without href is a fragment target.
  if (rawHref === "" && a.id) return false;
  if (rawHref.startsWith("file:")) return true;
  if (a.name.trim().length > 0) return false;
  // A placeholder <a> (no href, no href-only attributes) fails only if it acts as a link.
  if (
    !a.attributeNames.includes("href") &&
    !HREF_ASSOCIATED.some((x) => a.attributeNames.includes(x))
  ) {
    return a.hasListener;
  }
  if (a.href === "") return true;
  if (/javascript:void(\(|)0(\)|)/.test(rawHref)) return true;
  return tryParseUrl(rawHref, ctx.url.href) === null;
}

export function crawlableAnchors(ctx: AuditContext, anchors: Anchor[]): StaticAuditResult {
  return result(anchors.filter((a) => isUncrawlable(ctx, a)).map((a) => elementEvidence(a.el)));
}

// --- robots-txt --------------------------------------------------------------------------------

export function robotsTxt(ctx: AuditContext): StaticAuditResult {
  const r = ctx.robots;
  if (!r.checked)
    return { verdict: "na", items: [], itemCount: 0, explanation: AUDIT_TEXT.robotsNotFetched };
  if (r.status && (r.status >= 500 || r.status === 429)) {
    return result([{ kind: "text", label: EVIDENCE_TEXT.httpStatus, value: String(r.status) }], {
      explanation: formatText(AUDIT_TEXT.robotsServerError, { status: r.status }, "en"),
    });
  }
  if ((r.status && r.status >= 400) || r.body === "") {
    return { verdict: "na", items: [], itemCount: 0 };
  }
  if (r.error || !r.status) {
    return result([{ kind: "text", value: r.error ?? EVIDENCE_TEXT.fetchFailed }], {
      explanation: r.error
        ? formatText(AUDIT_TEXT.robotsFetchError, { error: r.error }, "en")
        : AUDIT_TEXT.robotsFetchFailed,
    });
  }
  const errors = validateRobotsTxt(r.body ?? "");
  return result(
    errors.map((e) => ({
      kind: "robots-txt",
      label: formatText(EVIDENCE_TEXT.robotsError, { line: e.line, message: e.message }, "en"),
      value: truncate(e.content, 120),
    })),
  );
}

// --- image-alt (fast twin of axe's rule) -------------------------------------------------------

function accessibleTextOfIds(ctx: AuditContext, ids: string): string {
  let text = "";
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    const target = findById(ctx, id);
    if (target)
      text +=
        textContent(target) + (target.attribs["aria-label"] ?? "") + (target.attribs.alt ?? "");
  }
  return text.trim();
}

function findById(ctx: AuditContext, id: string): Element | undefined {
  for (const list of ctx.page.byTag.values())
    for (const el of list) if (el.attribs.id === id) return el;
  return undefined;
}

export function imageAlt(ctx: AuditContext): StaticAuditResult {
  const failing: Evidence[] = [];
  let applicable = 0;
  for (const img of elementsOf(ctx.page, "img")) {
    const flags = ctx.flagsOf(img);
    if (ctx.page.foreign.has(img) || flags.hidden || flags.ariaHidden) continue;
    applicable++;
    const a = img.attribs;
    const role = (a.role ?? "").trim().toLowerCase().split(/\s+/)[0] ?? "";
    const presentational = role === "none" || role === "presentation";
    const alt = a.alt;
    if (alt !== undefined && /^\s+$/.test(alt) && !presentational) {
      failing.push(elementEvidence(img, "alt is only whitespace"));
      continue;
    }
    const named =
      alt !== undefined ||
      (a["aria-label"] ?? "").trim() !== "" ||
      (a["aria-labelledby"] !== undefined &&
        accessibleTextOfIds(ctx, a["aria-labelledby"]) !== "") ||
      (a.title ?? "").trim() !== "" ||
      presentational;
    if (!named) failing.push(elementEvidence(img));
  }
  if (applicable === 0) return { verdict: "na", items: [], itemCount: 0 };
  return result(failing);
}

// --- hreflang ----------------------------------------------------------------------------------

export function hreflang(ctx: AuditContext): StaticAuditResult {
  const failing: Evidence[] = [];
  for (const link of ctx.links) {
    if (link.rel !== "alternate" || !link.hreflang || link.source === "body") continue;
    const reasons: string[] = [];
    const code = link.hreflang;
    const lang = code.split("-")[0] ?? "";
    if (code.toLowerCase() !== "x-default" && !isValidLanguageSubtag(lang.toLowerCase()))
      reasons.push(EVIDENCE_TEXT.unexpectedLanguage);
    const raw = link.hrefRaw.toLowerCase();
    if (!raw.startsWith("http:") && !raw.startsWith("https:"))
      reasons.push(EVIDENCE_TEXT.relativeHref);
    if (!reasons.length) continue;
    failing.push(
      link.source === "headers"
        ? {
            kind: "header",
            label: reasons.join("; "),
            value: `Link: <${link.hrefRaw}>; rel="alternate"; hreflang="${link.hreflang}"`,
          }
        : {
            kind: "element",
            label: reasons.join("; "),
            value: `<link rel="alternate" hreflang="${link.hreflang}" href="${link.hrefRaw}">`,
          },
    );
  }
  return result(failing);
}

// --- canonical ---------------------------------------------------------------------------------

export function canonical(ctx: AuditContext): StaticAuditResult {
  const unique = new Set<string>();
  const hreflangUrls = new Set<string>();
  let invalid: string | undefined;
  let relative: string | undefined;
  for (const link of ctx.links) {
    if (link.source === "body") continue;
    if (link.rel === "canonical") {
      if (!link.hrefRaw) continue;
      if (!link.href || !tryParseUrl(link.href)) {
        invalid = link.hrefRaw;
        continue;
      }
      // Valid only when the raw value is itself an absolute URL.
      const absolute = tryParseUrl(link.hrefRaw);
      if (!absolute || !absolute.origin || absolute.origin === "null") relative = link.hrefRaw;
      else unique.add(link.href);
    } else if (link.rel === "alternate" && link.href && link.hreflang) {
      hreflangUrls.add(link.href);
    }
  }
  const fail = (explanation: string, value: string): StaticAuditResult =>
    result([{ kind: "url", label: "rel=canonical", value }], { explanation });
  if (invalid !== undefined)
    return fail(formatText(AUDIT_TEXT.canonicalInvalid, { url: invalid }, "en"), invalid);
  if (relative !== undefined)
    return fail(formatText(AUDIT_TEXT.canonicalRelative, { url: relative }, "en"), relative);
  const urls = [...unique];
  if (urls.length === 0) return { verdict: "na", items: [], itemCount: 0 };
  if (urls.length > 1)
    return fail(
      formatText(AUDIT_TEXT.canonicalConflict, { urls: urls.join(", ") }, "en"),
      urls.join(", "),
    );
  const canon = new URL(urls[0] as string);
  const base = ctx.url;
  if (hreflangUrls.has(base.href) && hreflangUrls.has(canon.href) && base.href !== canon.href) {
    return fail(formatText(AUDIT_TEXT.canonicalHreflang, { url: base.href }, "en"), canon.href);
  }
  if (canon.origin === base.origin && canon.pathname === "/" && base.pathname !== "/") {
    return fail(AUDIT_TEXT.canonicalRoot, canon.href);
  }
  return result([]);
}
