/**
 * The Content-Security-Policy of every page: scripts run only with this response's nonce (and
 * what they load, 'strict-dynamic'), nothing may frame Arco, and no plugin, base URL or form
 * target can be injected. Styles may be inline (the UI kit sets style attributes); development
 * adds what the bundler's hot reload needs.
 */
export function contentSecurityPolicy(nonce: string, { dev }: { dev: boolean }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** A fresh nonce per response: 128 random bits. */
export const newNonce = () =>
  Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
