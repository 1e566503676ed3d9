/**
 * The message syntax of the text catalogs: the subset of ICU MessageFormat they need. `{name}` is
 * replaced by a value; `{name, plural, one {…} other {…}}` and `{name, select, a {…} other {…}}`
 * pick a branch (`#` in a plural branch is the number). Pure, so browsers can run it.
 */

/** The values a finding's text interpolates (counts, sizes, header names…). */
export type TextParams = Record<string, string | number>;

export class MissingParamError extends Error {
  // No parameter property: the analysis worker runs this file with Node's type stripping.
  readonly param: string;
  constructor(param: string) {
    super(`Missing text parameter "${param}"`);
    this.param = param;
  }
}

/** Index of the `}` closing the `{` at `open`. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === "{") depth++;
    else if (template[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in "${template}"`);
}

/** `one {…} other {…}` → branch key → branch text. */
function branches(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf("{", i);
    if (open === -1) break;
    out.set(body.slice(i, open).trim(), body.slice(open + 1, closing(body, open)));
    i = closing(body, open) + 1;
  }
  return out;
}

function argument(inner: string, params: TextParams, locale: string): string {
  const [name = "", kind, ...rest] = inner.split(",");
  const key = name.trim();
  const value = params[key];
  if (value === undefined) throw new MissingParamError(key);
  if (kind === undefined) return String(value);
  const options = branches(rest.join(","));
  if (kind.trim() === "plural") {
    const count = Number(value);
    const branch =
      options.get(`=${count}`) ??
      options.get(new Intl.PluralRules(locale).select(count)) ??
      options.get("other") ??
      "";
    return formatText(branch.replaceAll("#", String(count)), params, locale);
  }
  return formatText(options.get(String(value)) ?? options.get("other") ?? "", params, locale);
}

/** Fills `template` with `params`; throws `MissingParamError` when a value it needs is absent. */
export function formatText(template: string, params: TextParams, locale: string): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open === -1) break;
    const end = closing(template, open);
    out += template.slice(i, open) + argument(template.slice(open + 1, end), params, locale);
    i = end + 1;
  }
  return out + template.slice(i);
}

/** The parameter names a template uses (for tests: both languages must use the same ones). */
export function templateParams(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{\s*([A-Za-z]\w*)\s*[,}]/g)) {
    if (match[1]) names.add(match[1]);
  }
  return [...names].sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The values `text` was filled with, if it is `template` (plain `{name}` placeholders only), else
 * null. Reads back strings the schema stores as plain text, such as a score's basis.
 */
export function matchTemplate(template: string, text: string): TextParams | null {
  const names: string[] = [];
  const pattern = template
    .split(/(\{[A-Za-z]\w*\})/)
    .map((part) => {
      const name = /^\{([A-Za-z]\w*)\}$/.exec(part)?.[1];
      if (!name) return escapeRegExp(part);
      names.push(name);
      return "(.+?)";
    })
    .join("");
  const match = new RegExp(`^${pattern}$`, "s").exec(text);
  if (!match) return null;
  return Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? ""]));
}

/** "Uses HTTPS" → "uses HTTPS", to embed a title in a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
