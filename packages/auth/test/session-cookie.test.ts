/**
 * The request path's cookie reader against the cookies Auth.js itself writes (its own `encode`,
 * the one its sign-in uses): every cookie Auth.js would accept names the same session here, and
 * every cookie it would refuse is no one.
 */
import { encode } from "@auth/core/jwt";
import { EncryptJWT } from "jose";
import { describe, expect, it } from "vitest";

import { decodeSessionToken, readSessionCookie } from "../src/session-cookie";

const secret = "a-test-secret-that-is-at-least-32-characters";
const name = "authjs.session-token";
const token = (claims: Record<string, unknown>, options: { maxAge?: number; salt?: string } = {}) =>
  encode({ token: claims, secret, salt: options.salt ?? name, maxAge: options.maxAge });
const claims = { sub: "user-1", sid: "session-1", name: "Ana", email: "ana@example.test" };

describe("the session cookie reader", () => {
  it("reads the user and session of a cookie Auth.js wrote, plain or over HTTPS", async () => {
    expect(readSessionCookie(`theme=dark; ${name}=${await token(claims)}`, { secret })).toEqual({
      userId: "user-1",
      sessionId: "session-1",
    });
    const secure = "__Secure-authjs.session-token";
    const header = `${secure}=${await token(claims, { salt: secure })}`;
    expect(readSessionCookie(header, { secret })).toEqual({
      userId: "user-1",
      sessionId: "session-1",
    });
  });

  it("reassembles a cookie Auth.js split into chunks", async () => {
    const whole = await token({ ...claims, picture: "x".repeat(3000) });
    const half = Math.ceil(whole.length / 2);
    const header = `${name}.1=${whole.slice(half)}; ${name}.0=${whole.slice(0, half)}`;
    expect(readSessionCookie(header, { secret })).toMatchObject({ sessionId: "session-1" });
  });

  it("is no one without a cookie, with a forged one, or with one past its expiry", async () => {
    expect(readSessionCookie(null, { secret })).toBeNull();
    expect(readSessionCookie("theme=dark", { secret })).toBeNull();
    const valid = await token(claims);
    const [h, k, iv, c, tag] = valid.split(".") as [string, string, string, string, string];
    const flipped = `${c.slice(0, -2)}${c.at(-2) === "A" ? "B" : "A"}${c.at(-1)}`;
    expect(decodeSessionToken([h, k, iv, flipped, tag].join("."), { secret, salt: name })).toBe(
      null,
    );
    expect(decodeSessionToken(`${valid}x`, { secret, salt: name })).toBeNull();
    expect(decodeSessionToken("not.a.token", { secret, salt: name })).toBeNull();
    // Written for the other cookie name, or under another secret: Auth.js refuses it too.
    expect(
      decodeSessionToken(await token(claims, { salt: "__Secure-authjs.session-token" }), {
        secret,
        salt: name,
      }),
    ).toBeNull();
    const otherSecret = "another-secret-of-32-characters-or-more";
    expect(
      decodeSessionToken(await encode({ token: claims, secret: otherSecret, salt: name }), {
        secret,
        salt: name,
      }),
    ).toBeNull();
    const expiring = await token(claims, { maxAge: 60 });
    const inAMinute = Date.now() + 60_000;
    // Auth.js's 15 s of clock tolerance, then nothing.
    expect(decodeSessionToken(expiring, { secret, salt: name, now: inAMinute + 10_000 })).not.toBe(
      null,
    );
    expect(decodeSessionToken(expiring, { secret, salt: name, now: inAMinute + 20_000 })).toBe(
      null,
    );
  });

  it("is no one for a token that names no session", async () => {
    expect(decodeSessionToken(await token({ sub: "user-1" }), { secret, salt: name })).toBeNull();
  });

  it("leaves to Auth.js the one form it reads but never writes (A256GCM)", async () => {
    const gcm = await new EncryptJWT(claims)
      .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
      .setExpirationTime("1h")
      .encrypt(new Uint8Array(32));
    expect(decodeSessionToken(gcm, { secret, salt: name })).toBe("unrecognised");
  });
});
