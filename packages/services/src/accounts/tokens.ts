import { createHash, randomBytes } from "node:crypto";

/** A single-use secret for a link: the user gets `token`, the database keeps only `hash`. */
export function newLinkToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");
