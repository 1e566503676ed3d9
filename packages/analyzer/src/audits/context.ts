/**
 * Everything the static audits read, computed once per page: the parsed HTML, the head metas
 * and link elements the way Lighthouse's gatherers collect them, the headers, robots.txt.
 */
import type { Element } from "domhandler";

import {
  HeaderList,
  normalizeRobots,
  type AnalyzeHtmlInput,
  type NormalizedRobots,
} from "../input.ts";
import { readDoctype, type DoctypeInfo } from "../parse/doctype.ts";
import { elementsOf, parsePage, type ParsedPage } from "../parse/page.ts";
import { parseRobotsTxt, type ParsedRobots } from "../lib/robots.ts";
import { inheritedFlags, type InheritedFlags } from "../lib/dom.ts";
import { reflectUrl, tryParseUrl } from "../lib/url.ts";
import type { Evidence, Verdict } from "../report/schema.ts";

export interface MetaElement {
  el: Element;
  /** Lower-cased `name`. */
  name: string;
  content: string;
  /** Lower-cased `http-equiv`, if present. */
  httpEquiv: string | undefined;
  charset: string | undefined;
  property: string | undefined;
}

export interface LinkElement {
  el: Element | null;
  /** Lower-cased `rel`, as one string (not tokenised), like Lighthouse. */
  rel: string;
  /** Resolved URL (what `link.href` returns). */
  href: string;
  hrefRaw: string;
  hreflang: string;
  source: "head" | "body" | "headers";
}

/**
 * Body `on*` handlers that belong to the Window (onload, onresize, …): a browser registers them
 * on the window, not on the body element.
 */
const WINDOW_REFLECTING_BODY_HANDLERS = new Set([
  "onblur",
  "onerror",
  "onfocus",
  "onload",
  "onresize",
  "onscroll",
  "onafterprint",
  "onbeforeprint",
  "onbeforeunload",
  "onhashchange",
  "onlanguagechange",
  "onmessage",
  "onmessageerror",
  "onoffline",
  "ononline",
  "onpagehide",
  "onpageshow",
  "onpopstate",
  "onrejectionhandled",
  "onstorage",
  "onunhandledrejection",
  "onunload",
]);

export interface AuditContext {
  url: URL;
  requestedUrl: string;
  status: number;
  headers: HeaderList;
  html: string;
  page: ParsedPage;
  baseUrl: string;
  doctype: DoctypeInfo;
  headMetas: MetaElement[];
  links: LinkElement[];
  robots: NormalizedRobots;
  parsedRobots: ParsedRobots | null;
  now: Date;
  input: AnalyzeHtmlInput;
  /** An inline `on*` handler registers a listener on this element (in a browser). */
  hasInlineListener(el: Element): boolean;
  /** Hidden / aria-hidden / lang / ancestor-listener facts, computed once for the page. */
  flagsOf(el: Element): InheritedFlags;
}

export interface StaticAuditResult {
  verdict: Verdict;
  items: Evidence[];
  /** Total number of offending items (items may be truncated). */
  itemCount?: number;
  explanation?: string;
  warnings?: string[];
}

/** Parse a `Link:` header value (RFC 8288) into references. */
export function parseLinkHeader(
  value: string,
): Array<{ uri: string; params: Record<string, string> }> {
  const refs: Array<{ uri: string; params: Record<string, string> }> = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    const lt = value.indexOf("<", i);
    if (lt === -1) break;
    const gt = value.indexOf(">", lt);
    if (gt === -1) break;
    const uri = value.slice(lt + 1, gt).trim();
    const params: Record<string, string> = {};
    i = gt + 1;
    // Parameters until the next top-level comma.
    while (i < n) {
      while (i < n && /[\s;]/.test(value[i] as string)) i++;
      if (i >= n || value[i] === ",") {
        i++;
        break;
      }
      const eq = /^([^=;,\s]+)\s*(=\s*("(?:[^"\\]|\\.)*"|[^;,]*))?/.exec(value.slice(i));
      if (!eq || !eq[1]) {
        i++;
        continue;
      }
      const key = eq[1].toLowerCase().replace(/\*$/, "");
      let v = (eq[3] ?? "").trim();
      if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, "$1");
      if (!(key in params)) params[key] = v;
      i += eq[0].length;
    }
    refs.push({ uri, params });
  }
  return refs;
}

export function buildContext(input: AnalyzeHtmlInput, now: Date): AuditContext {
  const url = new URL(input.url);
  const html = input.html;
  const page = parsePage(html.charCodeAt(0) === 0xfeff ? html.slice(1) : html);
  const headers = new HeaderList(input.headers);

  // document.baseURI: the first <base href> in the document.
  let baseUrl = url.href;
  for (const base of elementsOf(page, "base")) {
    if (page.foreign.has(base) || base.attribs.href === undefined) continue;
    const resolved = tryParseUrl(base.attribs.href.trim(), url);
    if (resolved) baseUrl = resolved.href;
    break;
  }

  const headMetas: MetaElement[] = [];
  for (const el of elementsOf(page, "meta")) {
    if (!page.head.has(el) || page.foreign.has(el)) continue;
    const a = el.attribs;
    headMetas.push({
      el,
      name: (a.name ?? "").toLowerCase(),
      content: a.content ?? "",
      httpEquiv: a["http-equiv"] ? a["http-equiv"].toLowerCase() : undefined,
      charset: a.charset,
      property: a.property,
    });
  }

  const links: LinkElement[] = [];
  for (const el of elementsOf(page, "link")) {
    if (page.foreign.has(el)) continue;
    const a = el.attribs;
    links.push({
      el,
      rel: (a.rel ?? "").toLowerCase(),
      href: reflectUrl(a.href, baseUrl),
      hrefRaw: a.href ?? "",
      hreflang: a.hreflang ?? "",
      source: page.head.has(el) ? "head" : "body",
    });
  }
  for (const value of headers.getAll("link")) {
    for (const ref of parseLinkHeader(value)) {
      const rels = (ref.params.rel ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      for (const rel of rels.length ? rels : [""]) {
        links.push({
          el: null,
          rel,
          href: tryParseUrl(ref.uri, url)?.href ?? "",
          hrefRaw: ref.uri,
          hreflang: ref.params.hreflang ?? "",
          source: "headers",
        });
      }
    }
  }

  const robots = normalizeRobots(input.robotsTxt);
  const robotsOk = robots.status !== null && robots.status >= 200 && robots.status < 400;
  const parsedRobots =
    robotsOk && robots.body ? parseRobotsTxt(new URL("/robots.txt", url).href, robots.body) : null;

  const hasInlineListener = (el: Element): boolean => {
    if (!page.withInlineHandlers.has(el)) return false;
    if (el.name !== "body" && el.name !== "frameset") return true;
    return Object.keys(el.attribs).some(
      (a) => a.startsWith("on") && !WINDOW_REFLECTING_BODY_HANDLERS.has(a),
    );
  };
  let flags: Map<Element, InheritedFlags> | undefined;
  const flagsOf = (el: Element): InheritedFlags => {
    flags ??= inheritedFlags(page.root.children, hasInlineListener);
    return flags.get(el) ?? { hidden: false, ariaHidden: false, lang: null, listenerAbove: false };
  };

  return {
    hasInlineListener,
    flagsOf,
    url,
    requestedUrl: input.requestedUrl ?? input.url,
    status: input.status,
    headers,
    html,
    page,
    baseUrl,
    doctype: readDoctype(html),
    headMetas,
    links,
    robots,
    parsedRobots,
    now,
    input,
  };
}
