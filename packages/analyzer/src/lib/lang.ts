/**
 * Language-code validity, from axe-core's own table (the one Lighthouse's hreflang audit uses).
 * axe-core is only loaded on this thread when a page actually has hreflang links.
 */
import { createRequire } from "node:module";

let isValidLang: ((lang: string) => boolean) | undefined;

export function isValidLanguageSubtag(lang: string): boolean {
  if (!isValidLang) {
    const require = createRequire(import.meta.url);
    const axe = require("axe-core") as { utils: { isValidLang(lang: string): boolean } };
    isValidLang = (l) => axe.utils.isValidLang(l);
  }
  return isValidLang(lang);
}
