import { describe, expect, it } from "vitest";

import { chooseLocale, localeFromAcceptLanguage } from "../src/locales";

describe("the language of a request", () => {
  it("is the person's own choice first", () => {
    expect(
      chooseLocale({ chosen: "en", acceptLanguage: "pt-BR,pt;q=0.9", orgLocale: "pt-BR" }),
    ).toBe("en");
  });

  it("then the browser's best supported language, by q-value", () => {
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,pt;q=0.8,en;q=0.7")).toBe("pt-BR");
    expect(localeFromAcceptLanguage("en-GB;q=0.5, pt-PT;q=0.9")).toBe("pt-BR");
    expect(localeFromAcceptLanguage("fr, en-US;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("pt;q=0, en;q=0.3")).toBe("en");
    expect(chooseLocale({ chosen: "klingon", acceptLanguage: "pt-BR" })).toBe("pt-BR");
  });

  it("then the organization's, then English", () => {
    expect(chooseLocale({ acceptLanguage: "de, fr;q=0.5", orgLocale: "pt-BR" })).toBe("pt-BR");
    expect(chooseLocale({ acceptLanguage: "", orgLocale: null })).toBe("en");
  });
});
