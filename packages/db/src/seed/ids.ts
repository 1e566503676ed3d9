import { createHash } from "node:crypto";

/**
 * A stable UUID derived from a name, so the seed can insert the same demo rows on every run and
 * skip the ones that exist (`on conflict do nothing`) instead of duplicating them.
 */
export function seedId(name: string): string {
  const bytes = createHash("sha256").update(`arco-seed:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80; // version 8: custom, name-based
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
