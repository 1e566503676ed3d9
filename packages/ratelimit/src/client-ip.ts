/**
 * The client's address for per-IP limits: the first hop of `x-forwarded-for` (set by the proxy
 * in front of Arco), else `x-real-ip`. Deploy behind a proxy that overwrites these headers;
 * exposed directly, a client could choose its own address — the per-account limits still hold.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
