import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

import { errorCode, errorMessage, fieldErrors } from "~/lib/trpc-errors";
import type { ErrorTranslator } from "~/lib/trpc-errors";

/**
 * The form's fields that can carry a server message: their names, when the router's input
 * uses the same ones, or a map from input name to field name when the form's differ.
 */
export type ServerFields<T extends FieldValues> =
  readonly Path<T>[] | Partial<Record<string, Path<T>>>;

/**
 * Puts the router's validation messages on the form's fields, the first of them focused, and
 * returns what is left for the form's own message: null when a field took it. A CONFLICT
 * (a name or an address already taken) lands on `conflict` when the form names that field.
 * `t` is `useTranslations("common.errors")`, for the messages the server did not write.
 */
export function applyServerErrors<T extends FieldValues>(
  form: { setError: UseFormSetError<T> },
  error: unknown,
  fields: ServerFields<T>,
  t: ErrorTranslator,
  { conflict }: { conflict?: Path<T> } = {},
): string | null {
  const byInput = fieldErrors(error);
  const pairs: [string, Path<T>][] = Array.isArray(fields)
    ? fields.map((name) => [name, name])
    : Object.entries(fields).filter((pair): pair is [string, Path<T>] => pair[1] !== undefined);
  const placed = pairs.filter(([input]) => byInput[input]?.[0]);
  placed.forEach(([input, field], index) =>
    form.setError(field, { message: byInput[input]![0] }, { shouldFocus: index === 0 }),
  );
  if (placed.length > 0) return null;
  if (conflict && errorCode(error) === "CONFLICT") {
    form.setError(conflict, { message: errorMessage(error, t) }, { shouldFocus: true });
    return null;
  }
  return errorMessage(error, t);
}
