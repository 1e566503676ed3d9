import { randomBytes } from "node:crypto";

/** "Padaria São João!" → "padaria-sao-joao": lowercase ASCII words joined by hyphens. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/g, "");
  return slug || "org";
}

/** The slug with a short random suffix, for when the plain one is taken. */
export const suffixed = (slug: string) => `${slug}-${randomBytes(3).toString("hex")}`;
