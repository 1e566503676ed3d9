/** Small helpers over domhandler nodes for the fast path. */
import { type AnyNode, type Element, isTag, isText } from "domhandler";

/** Elements a browser never renders (UA stylesheet `display: none`). */
const NEVER_RENDERED = new Set([
  "script",
  "style",
  "template",
  "noscript",
  "head",
  "title",
  "meta",
  "link",
  "base",
  "datalist",
  "param",
  "noembed",
  "noframes",
  "rp",
]);

const INLINE_HIDDEN =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Hidden by markup alone: `hidden`, an inline `display:none`/`visibility:hidden`, or a non-rendered element. */
export function isSelfHidden(el: Element): boolean {
  if (NEVER_RENDERED.has(el.name)) return true;
  if (el.attribs.hidden !== undefined && el.attribs.hidden.toLowerCase() !== "until-found")
    return true;
  if (el.name === "input" && (el.attribs.type ?? "").toLowerCase() === "hidden") return true;
  const style = el.attribs.style;
  return style !== undefined && INLINE_HIDDEN.test(style);
}

/** `node.textContent` (iterative: hostile pages nest deeper than the call stack). */
export function textContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!("children" in node)) return "";
  let s = "";
  const stack: AnyNode[] = [...node.children].reverse();
  for (let cur = stack.pop(); cur; cur = stack.pop()) {
    if (isText(cur)) s += cur.data;
    else if ("children" in cur)
      for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i] as AnyNode);
  }
  return s;
}

/**
 * An approximation of `element.innerText`: rendered text only, `<br>` as a line break, CSS
 * white-space collapsing. Stylesheet-driven hiding and `text-transform` are not known here.
 * `limit` bounds the work on hostile markup: the walk stops after that many characters of text
 * or ten times as many nodes (callers that only compare short phrases pass a small limit).
 */
export function innerText(el: Element, limit = Infinity): string {
  const parts: string[] = [];
  let chars = 0;
  let nodes = 0;
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (++nodes > limit * 10 || chars > limit) break;
    if (isText(node)) {
      // Source line breaks are collapsible white space; only <br> breaks a line here.
      const text = node.data.replace(/[ \t\n\r\f]+/g, " ");
      parts.push(text);
      chars += text.length;
    } else if (isTag(node)) {
      if (node.name === "br") parts.push("\n");
      else if (!isSelfHidden(node))
        for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/ +/g, " ").trim())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/** Per-element facts inherited from ancestors, computed in one pass over the document. */
export interface InheritedFlags {
  /** Hidden by markup on itself or an ancestor (see isSelfHidden). */
  hidden: boolean;
  /** `aria-hidden="true"` on itself or an ancestor. */
  ariaHidden: boolean;
  /** `closest('[lang]')?.getAttribute('lang')`. */
  lang: string | null;
  /** An ancestor below <html> carries an inline event handler (per `hasListener`). */
  listenerAbove: boolean;
}

export function inheritedFlags(
  roots: readonly AnyNode[],
  hasListener: (el: Element) => boolean,
): Map<Element, InheritedFlags> {
  const out = new Map<Element, InheritedFlags>();
  const top: InheritedFlags = {
    hidden: false,
    ariaHidden: false,
    lang: null,
    listenerAbove: false,
  };
  const stack: Array<[AnyNode, InheritedFlags]> = [...roots].reverse().map((n) => [n, top]);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, parent] = item;
    if (!isTag(node)) continue;
    const a = node.attribs;
    const flags: InheritedFlags = {
      hidden: parent.hidden || isSelfHidden(node),
      ariaHidden: parent.ariaHidden || (a["aria-hidden"] ?? "").trim().toLowerCase() === "true",
      lang: a.lang ?? parent.lang,
      listenerAbove: parent.listenerAbove,
    };
    out.set(node, flags);
    const forChildren =
      node.name !== "html" && !flags.listenerAbove && hasListener(node)
        ? { ...flags, listenerAbove: true }
        : flags;
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push([node.children[i] as AnyNode, forChildren]);
  }
  return out;
}

export function truncate(s: string, max = 160): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
