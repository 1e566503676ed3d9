/**
 * Text Postgres cannot store, found anywhere in a request's input: NUL bytes, and UTF-16
 * surrogates without their pair (broken Unicode no keyboard produces). Either would reach the
 * database and fail there; the API refuses them first, naming the field.
 */
export interface UnstorableText {
  path: (string | number)[];
  message: string;
}

const MAX_DEPTH = 32;

const problemOf = (text: string) =>
  text.includes("\u0000")
    ? "contains a NUL character, which cannot be stored. Remove it and try again."
    : text.isWellFormed()
      ? null
      : "contains a broken character (an unpaired surrogate). Retype it and try again.";

export function findUnstorableText(
  value: unknown,
  path: (string | number)[] = [],
): UnstorableText | null {
  if (typeof value === "string") {
    const problem = problemOf(value);
    return problem ? { path, message: `This text ${problem}` } : null;
  }
  if (value === null || typeof value !== "object" || path.length > MAX_DEPTH) return null;
  for (const [key, child] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (problemOf(key)) return { path: at, message: `This field's name ${problemOf(key)}` };
    const found = findUnstorableText(child, at);
    if (found) return found;
  }
  return null;
}
