/**
 * The fast parse: htmlparser2 builds a light DOM in one pass while a small state machine
 * follows the HTML tree-construction rules that matter to Lighthouse's rules:
 *
 * - which elements end up in `<head>` (a `<meta>` after the first body content is moved into
 *   `<body>` by a browser, and Lighthouse only reads `head meta` / `head link`);
 * - `<noscript>` content is raw text in a browser with scripting enabled (Lighthouse's Chrome),
 *   and `<template>` content is inert: neither contributes elements;
 * - `<svg>`/`<math>` content is foreign (an SVG `<title>` is not the document title).
 *
 * htmlparser2 does not implement the full HTML5 algorithm; the audits only rely on what is
 * tracked here.
 */
import { DomHandler, type Element, type Document } from "domhandler";
import { Parser } from "htmlparser2";

/** Start tags the HTML parser keeps in `<head>` while no body content has appeared. */
const HEAD_TAGS = new Set([
  "base",
  "basefont",
  "bgsound",
  "link",
  "meta",
  "noframes",
  "script",
  "style",
  "template",
  "title",
  "noscript",
]);
/** Elements whose content never becomes DOM elements (scripting enabled). */
const INERT_TAGS = new Set(["noscript", "template"]);
const RAW_TEXT_TAGS = new Set([
  "title",
  "script",
  "style",
  "noframes",
  "textarea",
  "xmp",
  "iframe",
  "noembed",
]);
const FOREIGN_ROOTS = new Set(["svg", "math"]);

/**
 * Elements nested deeper than this stop the parse. Browsers render at most 512 levels (Blink
 * flattens deeper ones), real pages stay far below, and htmlparser2's work grows with the square
 * of the depth: a page built to be nested hundreds of thousands deep would otherwise cost
 * minutes of CPU. The rest of such a document is not analyzed (ParsedPage.truncatedAt).
 */
export const MAX_NESTING_DEPTH = 4096;

interface Frame {
  inert: boolean;
  foreign: boolean;
  raw: boolean;
}

export interface ParsedPage {
  root: Document;
  /** Elements the HTML parser would have placed in `<head>`. */
  head: ReadonlySet<Element>;
  /** Elements inside `<svg>`/`<math>` (including the root). */
  foreign: ReadonlySet<Element>;
  /** Live elements by tag name, in document order (inert content excluded). */
  byTag: ReadonlyMap<string, Element[]>;
  elementCount: number;
  /** Elements carrying a `lang` attribute, in document order. */
  langElements: readonly Element[];
  /** Elements with an inline `on*` event handler attribute. */
  withInlineHandlers: ReadonlySet<Element>;
  /** Source offset where parsing stopped because of MAX_NESTING_DEPTH, else null. */
  truncatedAt: number | null;
}

class PageHandler extends DomHandler {
  readonly head = new Set<Element>();
  readonly foreign = new Set<Element>();
  readonly byTag = new Map<string, Element[]>();
  readonly inertRoots: Element[] = [];
  readonly langElements: Element[] = [];
  readonly withInlineHandlers = new Set<Element>();
  elementCount = 0;
  truncatedAt: number | null = null;
  htmlParser: Parser | null = null;
  private readonly frames: Frame[] = [];
  private beforeBody = true;

  private get top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.frames.length >= MAX_NESTING_DEPTH && this.htmlParser && this.truncatedAt === null) {
      this.truncatedAt = this.htmlParser.startIndex;
      this.htmlParser.pause();
    }
    super.onopentag(name, attribs);
    const el = this.tagStack[this.tagStack.length - 1] as Element;
    const parent = this.top;
    const inert = parent?.inert ?? false;
    const foreign = (parent?.foreign ?? false) || FOREIGN_ROOTS.has(name);
    this.frames.push({
      inert: inert || INERT_TAGS.has(name),
      foreign,
      raw: RAW_TEXT_TAGS.has(name) || INERT_TAGS.has(name),
    });
    if (inert) return;
    if (INERT_TAGS.has(name)) this.inertRoots.push(el);

    if (this.beforeBody) {
      if (name === "body" || name === "frameset") this.beforeBody = false;
      else if (name === "html" || name === "head") {
        // no mode change
      } else if (HEAD_TAGS.has(name)) this.head.add(el);
      else this.beforeBody = false;
    }
    if (INERT_TAGS.has(name)) return;

    if (foreign) this.foreign.add(el);
    this.elementCount++;
    let list = this.byTag.get(name);
    if (!list) this.byTag.set(name, (list = []));
    list.push(el);
    for (const attr in attribs) {
      if (attr === "lang") this.langElements.push(el);
      else if (attr.length > 2 && attr.charCodeAt(0) === 111 && attr.charCodeAt(1) === 110) {
        // "on…": an inline event handler registers a listener in a browser.
        this.withInlineHandlers.add(el);
      }
    }
  }

  override onclosetag(): void {
    this.frames.pop();
    super.onclosetag();
  }

  override ontext(data: string): void {
    if (this.beforeBody) {
      const top = this.top;
      if (!(top && (top.raw || top.inert)) && /[^ \t\n\r\f]/.test(data)) this.beforeBody = false;
    }
    super.ontext(data);
  }
}

/** Detach a node from its parent (and its siblings' links). */
function detach(el: Element): void {
  if (el.prev) el.prev.next = el.next;
  if (el.next) el.next.prev = el.prev;
  const parent = el.parent;
  if (parent) {
    const i = parent.children.lastIndexOf(el);
    if (i >= 0) parent.children.splice(i, 1);
  }
  el.prev = el.next = el.parent = null;
}

export function parsePage(html: string): ParsedPage {
  const handler = new PageHandler();
  const parser = new Parser(handler, {
    decodeEntities: true,
    lowerCaseTags: true,
    lowerCaseAttributeNames: true,
    recognizeSelfClosing: false,
  });
  handler.htmlParser = parser;
  parser.end(html);
  // In a browser, noscript/template content is text or a detached fragment: drop it so
  // selectors and text extraction never see it.
  for (const el of handler.inertRoots) detach(el);
  return {
    root: handler.root,
    head: handler.head,
    foreign: handler.foreign,
    byTag: handler.byTag,
    elementCount: handler.elementCount,
    langElements: handler.langElements,
    withInlineHandlers: handler.withInlineHandlers,
    truncatedAt: handler.truncatedAt,
  };
}

export function elementsOf(page: ParsedPage, tag: string): readonly Element[] {
  return page.byTag.get(tag) ?? [];
}

/** `<tag a="b" …>` of an element, for evidence. */
export function openingTag(el: Element, max = 200): string {
  let s = `<${el.name}`;
  for (const [k, v] of Object.entries(el.attribs)) {
    s += v === "" ? ` ${k}` : ` ${k}="${v.replace(/"/g, "&quot;")}"`;
    if (s.length > max) break;
  }
  s += ">";
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
