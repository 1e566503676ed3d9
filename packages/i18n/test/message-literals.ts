/**
 * The messages written in the source of the API, the services and the web app's shared
 * validation, found by reading it: every string literal that is a sentence for the person using
 * Arco (zod messages, `ServiceError` messages, refusals) and every `notFound("…")` subject, so a
 * test can check each has its Portuguese. Sentences thrown as plain `Error`s never reach anyone.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface MessageLiteral {
  /** Where it is written, as `path:line`. */
  at: string;
  /** The message as written, each `${…}` shown as `{…}`. */
  source: string;
  /**
   * Messages it can produce: a `${n === 1 ? "" : "s"}` part becomes each of its strings, any
   * other `${…}` the word `sample`.
   */
  variants: string[];
  /** For `notFound("Project")`: "Project". */
  notFound?: string;
}

interface Literal {
  start: number;
  end: number;
  /** The fixed text between the `${…}` parts: one more than `expressions`. */
  parts: string[];
  expressions: string[];
}

/** Every string literal of `source` outside comments, with those nested in `${…}`. */
function stringLiterals(source: string): Literal[] {
  const found: Literal[] = [];
  let i = 0;

  const quoted = (quote: string) => {
    const start = i++;
    let text = "";
    while (i < source.length && source[i] !== quote) {
      if (source[i] === "\\") {
        text += unescape(source[i + 1]!);
        i += 2;
      } else text += source[i++];
    }
    i++;
    found.push({ start, end: i, parts: [text], expressions: [] });
  };

  const template = () => {
    const start = i++;
    const parts: string[] = [];
    const expressions: string[] = [];
    let text = "";
    while (i < source.length && source[i] !== "`") {
      if (source[i] === "\\") {
        text += unescape(source[i + 1]!);
        i += 2;
      } else if (source.startsWith("${", i)) {
        parts.push(text);
        text = "";
        const from = (i += 2);
        code("}");
        expressions.push(source.slice(from, i).trim());
        i++;
      } else text += source[i++];
    }
    parts.push(text);
    found.push({ start, end: ++i, parts, expressions });
  };

  /** Code up to an unmatched `close` (or the end of the file). */
  const code = (close?: string) => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i]!;
      if (source.startsWith("//", i)) i = endOf(source, "\n", i);
      else if (source.startsWith("/*", i)) i = endOf(source, "*/", i + 2);
      else if (c === '"' || c === "'") quoted(c);
      else if (c === "`") template();
      else if (c === "/" && startsRegex(source, i)) i = endOfRegex(source, i);
      else if (c === "}" && depth === 0 && close === "}") return;
      else {
        if (c === "{") depth++;
        if (c === "}") depth--;
        i++;
      }
    }
  };

  code();
  return joinConcatenated(source, found);
}

/** `"a " + "b"` (or template literals) are one message. */
function joinConcatenated(source: string, literals: Literal[]): Literal[] {
  const joined: Literal[] = [];
  for (const literal of literals.toSorted((a, b) => a.start - b.start)) {
    const previous = joined.at(-1);
    if (previous && /^\s*\+\s*$/.test(source.slice(previous.end, literal.start))) {
      const [first = "", ...rest] = literal.parts;
      previous.parts.push(previous.parts.pop()! + first, ...rest);
      previous.expressions.push(...literal.expressions);
      previous.end = literal.end;
    } else
      joined.push({ ...literal, parts: [...literal.parts], expressions: [...literal.expressions] });
  }
  return joined;
}

const unescape = (c: string) => ({ n: "\n", t: "\t", r: "\r" })[c] ?? c;

/** Where the text up to and including `end` stops, from `i`: the end of a comment. */
const endOf = (source: string, end: string, i: number) => {
  const at = source.indexOf(end, i);
  return at === -1 ? source.length : at + end.length;
};

/** A `/` starts a regular expression after an operator or an opening bracket, not after a value. */
function startsRegex(source: string, i: number) {
  if (source[i + 1] === "/" || source[i + 1] === "*") return false;
  const before = source.slice(0, i).trimEnd();
  return /(^|[=(,:;!&|?{}[+\-*%<>~^]|\breturn|\btypeof)$/.test(before);
}

function endOfRegex(source: string, i: number) {
  let inClass = false;
  for (i++; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) return i + 1;
    else if (c === "\n") return i;
  }
  return i;
}

/**
 * A sentence for a person: it starts with a capital letter (or a `${…}`), has words of its own,
 * and ends as sentences do, or with a `${…}` ("This text ${problem}"). Log messages ("tRPC
 * procedure failed") end without a full stop.
 */
const isSentence = (text: string, parts: string[]) =>
  /^([A-Z“"]|\{)/.test(text) && /[a-z]+ [a-z]+/i.test(parts.join("")) && /([.?!]”?|\})$/.test(text);

const CHOICE = /^[^?]+\?\s*(["'])(.*?)\1\s*:\s*(["'])(.*?)\3$/s;

/** What a `${…}` part can be: both strings of a `cond ? "a" : "b"`, or a sample value. */
const valuesOf = (expression: string) => {
  const choice = CHOICE.exec(expression);
  return choice ? [choice[2]!, choice[4]!] : ["sample"];
};

function variantsOf({ parts, expressions }: Literal): string[] {
  let variants = [parts[0]!];
  expressions.forEach((expression, index) => {
    const values = valuesOf(expression);
    variants = variants.flatMap((v) => values.map((value) => v + value + parts[index + 1]));
  });
  return [...new Set(variants)];
}

const sourceFiles = (path: string): string[] =>
  statSync(path).isFile()
    ? [path]
    : readdirSync(path, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
        .map((entry) => join(entry.parentPath, entry.name));

/** The messages of every `.ts` file under `paths` (folders or files), by where they are written. */
export function messageLiterals(paths: string[], root: string): MessageLiteral[] {
  const messages: MessageLiteral[] = [];
  for (const file of paths.flatMap(sourceFiles)) {
    const source = readFileSync(file, "utf8");
    for (const literal of stringLiterals(source)) {
      const before = source.slice(Math.max(0, literal.start - 100), literal.start);
      const text = literal.parts
        .map((part, i) => (i ? `{${literal.expressions[i - 1]}}` : "") + part)
        .join("");
      const notFoundSubject = /\bnotFound\(\s*$/.test(before);
      if (
        !notFoundSubject &&
        (!isSentence(text, literal.parts) || /\bnew Error\(\s*$/.test(before))
      )
        continue;
      const at = `${relative(root, file)}:${source.slice(0, literal.start).split("\n").length}`;
      // `notFound("Project")` says "Project was not found."
      messages.push(
        notFoundSubject
          ? {
              at,
              source: `${text} was not found.`,
              variants: [`${text} was not found.`],
              notFound: text,
            }
          : { at, source: text, variants: variantsOf(literal) },
      );
    }
  }
  return messages;
}
