/**
 * Subresources the HTML makes a browser request during load (scripts, styles, images, frames,
 * media, icons, preloads). Requests that CSS or JavaScript start are invisible here.
 */
import type { Element } from "domhandler";

import { textContent } from "../lib/dom.ts";
import { tryParseUrl } from "../lib/url.ts";
import { elementsOf, openingTag } from "../parse/page.ts";
import type { AuditContext } from "./context.ts";

export type ResourceKind =
  | "script"
  | "stylesheet"
  | "image"
  | "frame"
  | "media"
  | "object"
  | "icon"
  | "preload"
  | "manifest"
  | "import";

export interface Subresource {
  url: URL;
  raw: string;
  kind: ResourceKind;
  el: Element;
  inHead: boolean;
  /** Blocks first render (sync script or stylesheet in <head>). */
  renderBlocking: boolean;
  snippet: string;
}

const JS_TYPES = new Set([
  "",
  "module",
  "text/javascript",
  "application/javascript",
  "application/ecmascript",
  "application/x-ecmascript",
  "application/x-javascript",
  "text/ecmascript",
  "text/javascript1.0",
  "text/javascript1.1",
  "text/javascript1.2",
  "text/javascript1.3",
  "text/javascript1.4",
  "text/javascript1.5",
  "text/jscript",
  "text/livescript",
  "text/x-ecmascript",
  "text/x-javascript",
]);

function firstSrcsetCandidate(srcset: string): string | undefined {
  const first = srcset.trim().split(/,\s+/)[0];
  return first?.trim().split(/\s+/)[0];
}

function mediaMatchesScreen(media: string | undefined): boolean {
  if (!media) return true;
  const m = media.trim().toLowerCase();
  return !(m === "print" || m === "speech" || m.startsWith("print ") || m.startsWith("not all"));
}

export function collectSubresources(ctx: AuditContext): Subresource[] {
  const { page } = ctx;
  const out: Subresource[] = [];
  const add = (
    el: Element,
    raw: string | undefined,
    kind: ResourceKind,
    renderBlocking = false,
  ) => {
    if (raw === undefined) return;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const url = tryParseUrl(trimmed, ctx.baseUrl);
    if (!url) return;
    out.push({
      url,
      raw: trimmed,
      kind,
      el,
      inHead: page.head.has(el),
      renderBlocking,
      snippet: openingTag(el),
    });
  };

  for (const el of elementsOf(page, "script")) {
    if (page.foreign.has(el)) continue;
    const a = el.attribs;
    const type = (a.type ?? "").trim().toLowerCase();
    if (!JS_TYPES.has(type) || a.nomodule !== undefined) continue;
    const blocking =
      page.head.has(el) && a.async === undefined && a.defer === undefined && type !== "module";
    add(el, a.src, "script", blocking);
  }
  for (const el of elementsOf(page, "link")) {
    if (page.foreign.has(el)) continue;
    const rels = (el.attribs.rel ?? "").toLowerCase().split(/\s+/);
    if (rels.includes("stylesheet") && !rels.includes("alternate")) {
      const blocking =
        page.head.has(el) &&
        mediaMatchesScreen(el.attribs.media) &&
        el.attribs.disabled === undefined;
      add(el, el.attribs.href, "stylesheet", blocking);
    } else if (rels.includes("icon")) add(el, el.attribs.href, "icon");
    else if (rels.includes("preload") || rels.includes("modulepreload"))
      add(el, el.attribs.href, "preload");
    else if (rels.includes("manifest")) add(el, el.attribs.href, "manifest");
  }
  for (const el of elementsOf(page, "img")) {
    if (page.foreign.has(el)) continue;
    const srcset = el.attribs.srcset;
    add(el, srcset ? (firstSrcsetCandidate(srcset) ?? el.attribs.src) : el.attribs.src, "image");
  }
  for (const el of elementsOf(page, "input")) {
    if ((el.attribs.type ?? "").toLowerCase() === "image") add(el, el.attribs.src, "image");
  }
  for (const tag of ["iframe", "frame"])
    for (const el of elementsOf(page, tag)) add(el, el.attribs.src, "frame");
  for (const el of elementsOf(page, "embed")) add(el, el.attribs.src, "object");
  for (const el of elementsOf(page, "object")) add(el, el.attribs.data, "object");
  for (const tag of ["video", "audio"]) {
    for (const el of elementsOf(page, tag)) {
      add(el, el.attribs.src, "media");
      if (tag === "video") add(el, el.attribs.poster, "image");
    }
  }
  for (const el of elementsOf(page, "source")) {
    const parent = el.parent as Element | null;
    if (parent && (parent.name === "video" || parent.name === "audio"))
      add(el, el.attribs.src, "media");
  }
  for (const el of elementsOf(page, "track")) add(el, el.attribs.src, "media");
  for (const el of elementsOf(page, "style")) {
    if (page.foreign.has(el)) continue;
    const css = textContent(el);
    for (const m of css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/gi)) {
      add(el, m[1], "import", page.head.has(el));
    }
  }
  return out;
}
