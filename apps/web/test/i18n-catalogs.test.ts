import { parse, TYPE } from "@formatjs/icu-messageformat-parser";
import type { MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

import { catalogs } from "~/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalog by its full key ("tickets.status.open"). */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments a message takes ({name}, {count, plural, …}, <link>…</link>), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.tag) walk(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const en = flatten(catalogs.en as unknown as Tree);
const pt = flatten(catalogs["pt-BR"] as unknown as Tree);

describe("the message catalogs", () => {
  it("have exactly the same keys in English and Portuguese", () => {
    const onlyEnglish = [...en.keys()].filter((key) => !pt.has(key));
    const onlyPortuguese = [...pt.keys()].filter((key) => !en.has(key));
    expect({ onlyEnglish, onlyPortuguese }).toEqual({ onlyEnglish: [], onlyPortuguese: [] });
    expect(en.size).toBeGreaterThan(0);
  });

  it("take the same arguments in both languages, in valid ICU syntax", () => {
    const mismatched = [...en].flatMap(([key, english]) => {
      const portuguese = pt.get(key);
      if (portuguese === undefined) return [];
      const [a, b] = [argumentsOf(english), argumentsOf(portuguese)];
      return a.join() === b.join() ? [] : [{ key, english: a, portuguese: b }];
    });
    expect(mismatched).toEqual([]);
  });

  it("translate every sentence: no Portuguese message is the English one word for word", () => {
    // Short labels can be the same in both ("Status", "E-mail", "Logo", "OK", product names).
    const untranslated = [...en].filter(([key, english]) => {
      const words = english
        .replace(/\{[^}]*\}/g, "")
        .trim()
        .split(/\s+/);
      return words.length >= 3 && pt.get(key) === english;
    });
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it("say nothing empty", () => {
    const empty = [...en, ...pt].filter(([, message]) => message.trim() === "");
    expect(empty).toEqual([]);
  });
});
