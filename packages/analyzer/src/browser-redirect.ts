/**
 * Where a browser leaves a page for on its own, as Lighthouse's Chrome does before it audits: a
 * `<meta http-equiv="refresh">` that fires before Lighthouse stops waiting (Chrome follows it
 * once the page has loaded; Lighthouse waits at least a second after load), or an inline script
 * whose only statement moves the page (`location.href = "…"`, `location.replace("…")`). Only
 * markup is read: no script runs.
 */
import { Parser } from "htmlparser2";

import { tryParseUrl } from "./lib/url.ts";

/** Refreshes that fire later than this are still pending when Lighthouse audits the page. */
const MAX_REFRESH_SECONDS = 1;

/** The HTML spec's refresh value: a delay, then optionally `;` or `,`, `url=` and the URL. */
const REFRESH = /^\s*(\d+)(?:\.[\d.]*)?\s*(?:[;,]\s*(?:url\s*=\s*)?(.*))?$/i;

const LOCATION_SETTER =
  /^\s*(?:(?:window|self|top|document)\.)?location(?:\.href)?\s*=\s*(["'])([^"'\\]+)\1\s*;?\s*$/;
const LOCATION_CALL =
  /^\s*(?:(?:window|self|top|document)\.)?location\.(?:replace|assign)\(\s*(["'])([^"'\\]+)\1\s*\)\s*;?\s*$/;

function refreshTarget(content: string): string | null {
  const match = REFRESH.exec(content);
  if (!match || Number(match[1]) > MAX_REFRESH_SECONDS || !match[2]) return null;
  const raw = match[2].trim();
  const quote = raw[0] === '"' || raw[0] === "'" ? raw[0] : null;
  return quote
    ? raw.slice(1, raw.indexOf(quote, 1) === -1 ? undefined : raw.indexOf(quote, 1))
    : raw;
}

const scriptTarget = (code: string) =>
  LOCATION_SETTER.exec(code)?.[2] ?? LOCATION_CALL.exec(code)?.[2] ?? null;

/** The absolute http(s) URL the page moves to by itself, or null when it stays. */
export function browserRedirectTarget(html: string, pageUrl: string): string | null {
  const lower = html.toLowerCase();
  if (!lower.includes("refresh") && !lower.includes("location")) return null;
  let target: string | null = null;
  let script: { text: string } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (target) return;
        if (name === "meta" && attribs["http-equiv"]?.trim().toLowerCase() === "refresh") {
          target = refreshTarget(attribs.content ?? "");
        } else if (name === "script" && attribs.src === undefined) {
          script = { text: "" };
        }
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name !== "script" || !script) return;
        target ??= scriptTarget(script.text);
        script = null;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const next = target === null ? null : tryParseUrl(target, pageUrl);
  if (!next || (next.protocol !== "http:" && next.protocol !== "https:")) return null;
  next.hash = "";
  const current = tryParseUrl(pageUrl);
  if (current) current.hash = "";
  return next.href === current?.href ? null : next.href;
}
