/**
 * The API's and the forms' messages in the person's language. English is the source text in
 * code and each English sentence is its own message id (as in gettext): a catalog maps it to its
 * translation. A sentence with variable parts is a template with named placeholders, "As
 * {actorRole} you cannot invite someone as {role}.", matched against the finished English text;
 * what a placeholder captured is kept as it is (an email, a number) unless the catalog has a
 * table of terms for that placeholder ("admin" → "administrador"). A message the catalog does not
 * know is returned unchanged. Pure TypeScript: the browser uses it too.
 */
import type { Locale } from "./locales";
import { ptBR } from "./messages/pt-BR";

/** English → translation; keys with `{name}` placeholders are templates. */
export type Phrasebook = Record<string, string>;

export interface MessageCatalog {
  /** Whole messages: exact sentences and templates. */
  messages: Phrasebook;
  /** What a placeholder's captured text becomes, by placeholder name (words or templates). */
  terms: Record<string, Phrasebook>;
}

/** English is the source text: it has no catalog. */
const catalogs: Partial<Record<Locale, MessageCatalog>> = { "pt-BR": ptBR };

const PLACEHOLDER = /\{(\w+)\}/g;

interface Template {
  pattern: RegExp;
  translation: string;
  /** Characters of fixed text: the more, the more specific the template. */
  weight: number;
}

interface CompiledPhrasebook {
  exact: Map<string, string>;
  templates: Template[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** "Sent to {email}." → /^Sent to (?<email>.+?)\.$/, a repeated placeholder matching the same text. */
function compileTemplate(english: string, translation: string): Template {
  const seen = new Set<string>();
  let source = "";
  let fixed = 0;
  let last = 0;
  for (const match of english.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    const text = english.slice(last, match.index);
    source += escapeRegExp(text);
    fixed += text.length;
    source += seen.has(name) ? `\\k<${name}>` : `(?<${name}>.+?)`;
    seen.add(name);
    last = match.index + match[0].length;
  }
  const tail = english.slice(last);
  if (fixed + tail.trim().length === 0) {
    throw new Error(`The template "${english}" has no text of its own.`);
  }
  return {
    pattern: new RegExp(`^${source}${escapeRegExp(tail)}$`, "u"),
    translation,
    weight: fixed + tail.length,
  };
}

function compile(phrasebook: Phrasebook): CompiledPhrasebook {
  const exact = new Map<string, string>();
  const templates: Template[] = [];
  for (const [english, translation] of Object.entries(phrasebook)) {
    if (new RegExp(PLACEHOLDER.source).test(english)) {
      templates.push(compileTemplate(english, translation));
    } else exact.set(english, translation);
  }
  templates.sort((a, b) => b.weight - a.weight);
  return { exact, templates };
}

interface CompiledCatalog {
  messages: CompiledPhrasebook;
  terms: Map<string, CompiledPhrasebook>;
}

const compiled = new Map<Locale, CompiledCatalog>();

/** Each locale's catalog, compiled to lookups and regular expressions on first use. */
function compiledCatalog(locale: Locale): CompiledCatalog | null {
  let catalog = compiled.get(locale);
  if (!catalog) {
    const source = catalogs[locale];
    if (!source) return null;
    const { messages, terms } = source;
    catalog = {
      messages: compile(messages),
      terms: new Map(Object.entries(terms).map(([name, table]) => [name, compile(table)])),
    };
    compiled.set(locale, catalog);
  }
  return catalog;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("pt-BR") + text.slice(1);

/**
 * `text` through `phrasebook`: its exact entry, else the first template that matches with its
 * placeholders filled in (each through `terms` of its name, when there is such a table), else
 * `text` itself.
 */
function lookUp(
  text: string,
  phrasebook: CompiledPhrasebook,
  terms: Map<string, CompiledPhrasebook>,
): string {
  const exact = phrasebook.exact.get(text);
  if (exact !== undefined) return exact;
  for (const { pattern, translation } of phrasebook.templates) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    return translation.replace(PLACEHOLDER, (placeholder, name: string, offset: number) => {
      const captured = groups[name];
      if (captured === undefined) return placeholder;
      const table = terms.get(name);
      const translated = table ? lookUp(captured, table, new Map()) : captured;
      // "{field} cannot be negative." → "O orçamento total…", not "o orçamento total…".
      return offset === 0 && translated !== captured ? capitalize(translated) : translated;
    });
  }
  return text;
}

/** `message` (an English sentence written in code) in `locale`; unknown messages unchanged. */
export function translateMessage(message: string, locale: Locale): string {
  const catalog = compiledCatalog(locale);
  return catalog ? lookUp(message, catalog.messages, catalog.terms) : message;
}
