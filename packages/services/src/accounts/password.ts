import { hash, verify } from "@node-rs/argon2";
import type { Algorithm } from "@node-rs/argon2";
import { availableParallelism } from "node:os";
import { scrypt, timingSafeEqual } from "node:crypto";

/**
 * Passwords are hashed with Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane). Older
 * hashes made with scrypt still verify and are replaced at the next successful sign-in.
 *
 * Hashing runs on libuv's thread pool, which file reads, DNS lookups and the session cookie's
 * crypto share. Hashes therefore take turns: at most one fewer than the machine's cores at once
 * (one on a 2-core machine), so a burst of sign-ins queues here instead of stalling the pool
 * and the event loop for everyone else.
 */
// `Algorithm.Argon2id` is a const enum, which isolated modules cannot read: its value is 2.
const ARGON2 = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
const CURRENT_PREFIX = `$argon2id$v=19$m=${ARGON2.memoryCost},t=${ARGON2.timeCost},p=${ARGON2.parallelism}$`;

const MAX_CONCURRENT = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

async function takeTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

const prepared = (password: string) => password.normalize("NFKC");

export function hashPassword(password: string): Promise<string> {
  return takeTurn(() => hash(prepared(password), ARGON2));
}

/** Hashes from before Argon2id: `scrypt$logN$r$p$salt$hash` (base64url). */
function verifyScrypt(password: string, stored: string) {
  const [, logN, r, p, salt, expected] = stored.split("$");
  if (!salt || !expected) return Promise.resolve(false);
  const expectedKey = Buffer.from(expected, "base64url");
  return new Promise<boolean>((resolve) =>
    scrypt(
      prepared(password),
      Buffer.from(salt, "base64url"),
      expectedKey.length,
      { N: 2 ** Number(logN), r: Number(r), p: Number(p), maxmem: 256 * 1024 * 1024 },
      (error, key) =>
        resolve(!error && key.length === expectedKey.length && timingSafeEqual(key, expectedKey)),
    ),
  );
}

export function verifyPassword(password: string, stored: string): Promise<boolean> {
  return takeTurn(async () => {
    if (stored.startsWith("$argon2")) return verify(stored, prepared(password)).catch(() => false);
    if (stored.startsWith("scrypt$")) return verifyScrypt(password, stored);
    return false;
  });
}

/** True for hashes made with another algorithm or weaker parameters than today's. */
export const needsRehash = (stored: string) => !stored.startsWith(CURRENT_PREFIX);

/** Spent when an email is unknown, so response time doesn't reveal which accounts exist. */
let decoy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  decoy ??= hashPassword("decoy password for unknown accounts");
  await verifyPassword(password, await decoy);
}
