/** `%`, `_` and `\` in what was typed match themselves, not any text. */
const literal = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Search text as a LIKE pattern matching it anywhere. */
export const containing = (text: string) => `%${literal(text)}%`;

/** Search text as a LIKE pattern matching what starts with it (pickers suggest by it). */
export const startingWith = (text: string) => `${literal(text)}%`;
