/**
 * The session cookie, read on the request path without Auth.js: the same cookie (Auth.js's JWE,
 * `dir` + A256CBC-HS512 under a key derived from AUTH_SECRET and the cookie's name) decoded with
 * synchronous `node:crypto` on the calling thread — no thread-pool job, no key derivation per
 * request (one per cookie name and process), no fresh cookie encrypted only to be thrown away.
 * Auth.js stays the way people sign in and out and writes every cookie; anything this reader
 * does not recognise as Auth.js's own format is left to Auth.js.
 */
import {
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  hkdfSync,
  timingSafeEqual,
} from "node:crypto";
import type { KeyObject } from "node:crypto";

/** Auth.js's session cookie names: over HTTPS it carries the `__Secure-` prefix. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];
/** Auth.js accepts a token up to 15 s past its expiry (clock skew between servers). */
const CLOCK_TOLERANCE_SECONDS = 15;

/** Who a valid cookie says is signed in (the `sessions` row is checked by the caller). */
export interface CookieSession {
  userId: string;
  sessionId: string;
}

/**
 * `null`: no session (no cookie, a forged or expired one, one Auth.js would refuse too);
 * `"unrecognised"`: a cookie in a form only Auth.js reads (A256GCM); otherwise who it names.
 */
export type CookieReading = CookieSession | null | "unrecognised";

interface Key {
  // Key objects, made once: handed a Buffer, node:crypto builds one on every call (~4× the cost
  // of the HMAC and the decryption themselves).
  mac: KeyObject;
  aes: KeyObject;
  kid: string;
}

const keys = new Map<string, Key>();

/** Auth.js's key for one cookie name, derived once per process. */
function keyFor(secret: string, salt: string): Key {
  const cacheKey = `${salt}\u0000${secret}`;
  let key = keys.get(cacheKey);
  if (!key) {
    const material = Buffer.from(
      hkdfSync("sha256", secret, salt, `Auth.js Generated Encryption Key (${salt})`, 64),
    );
    // The JWK thumbprint (RFC 7638) Auth.js puts in the header as `kid`.
    const jwk = `{"k":"${material.toString("base64url")}","kty":"oct"}`;
    key = {
      mac: createSecretKey(material.subarray(0, 32)),
      aes: createSecretKey(material.subarray(32)),
      kid: createHash("sha512").update(jwk).digest("base64url"),
    };
    keys.set(cacheKey, key);
  }
  return key;
}

/** The cookie's value: whole, or reassembled from Auth.js's `name.0`, `name.1` … chunks. */
function cookieValue(cookies: Map<string, string>, name: string): string | null {
  const whole = cookies.get(name);
  if (whole) return whole;
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`)!);
  return chunks.length ? chunks.join("") : null;
}

function parseCookies(header: string): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name.includes("authjs.session-token") || cookies.has(name)) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies.set(name, decodeURIComponent(value));
    } catch {
      cookies.set(name, value);
    }
  }
  return cookies;
}

/** Decrypts and checks one token; see `CookieReading`. */
export function decodeSessionToken(
  token: string,
  { secret, salt, now = Date.now() }: { secret: string; salt: string; now?: number },
): CookieReading {
  const parts = token.split(".");
  if (parts.length !== 5) return null;
  const [protectedHeader, encryptedKey, iv, ciphertext, tag] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  let header: { alg?: unknown; enc?: unknown; kid?: unknown; zip?: unknown };
  try {
    header = JSON.parse(Buffer.from(protectedHeader, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  // What Auth.js (one secret, `dir` only, no compression) would refuse is no one here too;
  // A256GCM, which it reads but never writes, is left to it.
  if (header.alg !== "dir" || header.zip !== undefined) return null;
  if (header.enc === "A256GCM") return "unrecognised";
  const key = keyFor(secret, salt);
  if (header.enc !== "A256CBC-HS512" || (header.kid !== undefined && header.kid !== key.kid)) {
    return null;
  }
  if (encryptedKey !== "") return null;
  const ivBytes = Buffer.from(iv, "base64url");
  const cipherBytes = Buffer.from(ciphertext, "base64url");
  const tagBytes = Buffer.from(tag, "base64url");
  if (ivBytes.length !== 16 || tagBytes.length !== 32) return null;
  // A256CBC-HS512 (RFC 7518 §5.2): the tag is the first half of HMAC-SHA-512 over the header,
  // the IV, the ciphertext and the header's length in bits.
  const aad = Buffer.from(protectedHeader, "ascii");
  const aadBits = Buffer.alloc(8);
  aadBits.writeBigUInt64BE(BigInt(aad.length * 8));
  const expected = createHmac("sha512", key.mac)
    .update(aad)
    .update(ivBytes)
    .update(cipherBytes)
    .update(aadBits)
    .digest()
    .subarray(0, 32);
  if (!timingSafeEqual(expected, tagBytes)) return null;
  let claims: { sub?: unknown; sid?: unknown; exp?: unknown; nbf?: unknown };
  try {
    const decipher = createDecipheriv("aes-256-cbc", key.aes, ivBytes);
    const plain = Buffer.concat([decipher.update(cipherBytes), decipher.final()]);
    claims = JSON.parse(plain.toString("utf8"));
  } catch {
    return null;
  }
  const seconds = now / 1000;
  if (typeof claims.exp !== "number" || claims.exp <= seconds - CLOCK_TOLERANCE_SECONDS) {
    return null;
  }
  if (typeof claims.nbf === "number" && claims.nbf > seconds + CLOCK_TOLERANCE_SECONDS) return null;
  if (typeof claims.sub !== "string" || typeof claims.sid !== "string") return null;
  return { userId: claims.sub, sessionId: claims.sid };
}

/** Reads the session cookie of a request's `Cookie` header; see `CookieReading`. */
export function readSessionCookie(
  cookieHeader: string | null,
  { secret, now }: { secret: string; now?: number },
): CookieReading {
  if (!cookieHeader || !cookieHeader.includes("authjs.session-token")) return null;
  const cookies = parseCookies(cookieHeader);
  for (const name of SESSION_COOKIE_NAMES) {
    const token = cookieValue(cookies, name);
    if (token) return decodeSessionToken(token, { secret, salt: name, now });
  }
  return null;
}
