import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { ptBR } from "../src/messages/pt-BR";
import { translateMessage } from "../src/translate";
import { messageLiterals } from "./message-literals";

const pt = (message: string) => translateMessage(message, "pt-BR");

const root = fileURLToPath(new URL("../../..", import.meta.url));
/** Where the messages people read are written: the API, the services, the forms' own checks. */
const sources = [
  "packages/api/src",
  "packages/services/src",
  "apps/web/src/lib/validation.ts",
  "apps/web/src/app/api",
].map((path) => join(root, path));

describe("every message written in code", () => {
  const found = messageLiterals(sources, root);

  it("is found by reading the source", () => {
    expect(found.length).toBeGreaterThan(250);
    expect(found.map((m) => m.source)).toEqual(
      expect.arrayContaining([
        "Enter a name.",
        "Sign in to continue.",
        "As {me.role} you cannot invite someone as {input.role}.",
        "Organization was not found.",
        "This text {problem}",
      ]),
    );
  });

  it("has its Brazilian Portuguese", () => {
    const english = found.flatMap(({ at, variants }) =>
      variants.filter((message) => pt(message) === message).map((message) => `${at}: ${message}`),
    );
    expect(english).toEqual([]);
  });

  it("says in Portuguese what was not found", () => {
    const subjects = found.flatMap(({ at, notFound }) =>
      notFound !== undefined && pt(`${notFound} was not found.`).includes(notFound)
        ? [`${at}: ${notFound}`]
        : [],
    );
    expect(subjects).toEqual([]);
  });
});

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("the pt-BR catalog", () => {
  const tables = { messages: ptBR.messages, ...ptBR.terms };

  it.each(Object.entries(tables))(
    "%s: every translation keeps the placeholders of its English",
    (_name, table) => {
      const mismatched = Object.entries(table).filter(
        ([english, portuguese]) =>
          JSON.stringify(placeholders(english)) !== JSON.stringify(placeholders(portuguese)),
      );
      expect(mismatched).toEqual([]);
    },
  );

  it("has terms only for placeholders its messages use", () => {
    const used = new Set(Object.keys(ptBR.messages).flatMap(placeholders));
    expect(Object.keys(ptBR.terms).filter((name) => !used.has(name))).toEqual([]);
  });
});

describe("translating a message", () => {
  it("looks the sentence up", () => {
    expect(pt("Enter a name.")).toBe("Informe um nome.");
    expect(translateMessage("Enter a name.", "en")).toBe("Enter a name.");
  });

  it("returns what it does not know unchanged", () => {
    expect(pt("Something nobody wrote.")).toBe("Something nobody wrote.");
    expect(pt("")).toBe("");
  });

  it("fills a template's placeholders with what they captured, through their terms", () => {
    expect(pt("As admin you cannot invite someone as owner.")).toBe(
      "Como administrador, você não pode convidar alguém como proprietário.",
    );
    expect(pt("As member you cannot remove a viewer.")).toBe(
      "Como membro, você não pode remover um leitor.",
    );
    expect(pt("Too many attempts. Try again in 12 minutes.")).toBe(
      "Muitas tentativas. Tente novamente em 12 minutos.",
    );
    expect(pt("Too many attempts. Try again in 1 hour.")).toBe(
      "Muitas tentativas. Tente novamente em 1 hora.",
    );
    expect(pt("Files can be at most 1.5 GB; this one is 980 KB.")).toBe(
      "Os arquivos podem ter no máximo 1,5 GB; este tem 980 KB.",
    );
    expect(pt("This invitation was already revoked.")).toBe("Este convite já foi revogado.");
  });

  it("keeps captured text without terms as it is", () => {
    expect(pt("ana@example.com is already a member.")).toBe("ana@example.com já é membro.");
    expect(pt("As wizard you cannot invite someone as admin.")).toBe(
      "Como wizard, você não pode convidar alguém como administrador.",
    );
  });

  it("capitalizes a translated term that starts the sentence", () => {
    expect(pt("The estimated delivery cannot be before the start date.")).toBe(
      "A entrega prevista não pode ser anterior à data de início.",
    );
    expect(pt("Project was not found.")).toBe("Não encontramos o projeto.");
    expect(pt("shop.example.com is already in your domains.")).toBe(
      "shop.example.com já está nos seus domínios.",
    );
  });

  it("matches a repeated placeholder only with the same text", () => {
    expect(pt("Enter the name relative to a.com: @ for a.com itself, www for www.a.com.")).toBe(
      "Informe o nome relativo a a.com: @ para o próprio a.com, www para www.a.com.",
    );
    const mixed = "Enter the name relative to a.com: @ for b.com itself, www for www.a.com.";
    expect(pt(mixed)).toBe(mixed);
  });

  it("translates every field the schemas' message helpers name", () => {
    for (const field of Object.keys(ptBR.terms.field!)) {
      for (const message of [
        `Enter the ${field} as a number.`,
        `The ${field} is at most 100 characters.`,
        `Enter the ${field} as a date, like 2026-03-31.`,
      ]) {
        expect(pt(message)).not.toContain(field);
      }
    }
  });

  it("translates text Postgres cannot store, as the API words it", () => {
    expect(
      pt("This text contains a NUL character, which cannot be stored. Remove it and try again."),
    ).toBe(
      "Este texto contém um caractere NUL, que não pode ser armazenado. Remova-o e tente novamente.",
    );
    expect(
      pt(
        "This field's name contains a broken character (an unpaired surrogate). Retype it and try again.",
      ),
    ).toMatch(/^O nome deste campo contém um caractere corrompido/);
  });

  it("translates a domain's expiry notice", () => {
    expect(pt("example.com must be renewed in 3 days")).toBe(
      "example.com precisa ser renovado em 3 dias",
    );
    expect(pt("The HTTPS certificate of example.com expires today")).toBe(
      "O certificado HTTPS de example.com expira hoje",
    );
  });
});
