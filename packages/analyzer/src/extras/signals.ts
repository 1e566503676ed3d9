/**
 * What a browserless check can see beyond Lighthouse's audits: network and caching facts,
 * page weight, render-blocking resources, images, social cards, JSON-LD, sitemaps, mixed
 * content, security headers and cookie flags.
 */
import type { AuditContext } from "../audits/context.ts";
import { cspXss } from "../audits/best-practices.ts";
import type { Subresource } from "../audits/resources.ts";
import { textContent } from "../lib/dom.ts";
import { siteOf, tryParseUrl } from "../lib/url.ts";
import { elementsOf, openingTag } from "../parse/page.ts";
import { COOKIE_ISSUES, HEADER_TEXT } from "../report/catalog.ts";
import type { Signals } from "../report/schema.ts";

const COMPRESSED_ENCODINGS = new Set(["gzip", "br", "zstd", "deflate", "compress", "x-gzip"]);

function cachingSignals(ctx: AuditContext): Signals["caching"] {
  const cc = ctx.headers.get("cache-control");
  const directives = new Map<string, string>();
  for (const part of (cc ?? "").split(",")) {
    const [k, v] = part.split("=");
    if (k?.trim()) directives.set(k.trim().toLowerCase(), (v ?? "").trim().replace(/^"|"$/g, ""));
  }
  const maxAgeRaw = directives.get("s-maxage") ?? directives.get("max-age");
  const maxAge = maxAgeRaw !== undefined && /^\d+$/.test(maxAgeRaw) ? Number(maxAgeRaw) : null;
  const etag = ctx.headers.has("etag");
  const lastModified = ctx.headers.has("last-modified");
  let policy: Signals["caching"]["policy"] = "unspecified";
  if (directives.has("no-store")) policy = "no-store";
  else if (directives.has("no-cache") || maxAge === 0 || etag || lastModified)
    policy = maxAge ? "cacheable" : "revalidate";
  else if (maxAge !== null || ctx.headers.has("expires")) policy = "cacheable";
  return {
    cacheControl: cc,
    expires: ctx.headers.get("expires"),
    etag,
    lastModified,
    maxAgeSeconds: maxAge,
    policy,
  };
}

const LEGACY_IMAGE = /\.(jpe?g|png|gif|bmp|tiff?)(?:$|[?#])/i;
const MODERN_IMAGE = /\.(webp|avif|svg|jxl)(?:$|[?#])/i;

function hasSize(value: string | undefined): boolean {
  return value !== undefined && /^\s*\d+(\.\d+)?(px)?\s*$/i.test(value);
}

function imageSignals(ctx: AuditContext): Signals["images"] {
  const imgs = elementsOf(ctx.page, "img").filter((el) => !ctx.page.foreign.has(el));
  const missingDimensions: Signals["images"]["missingDimensions"] = [];
  const legacyFormats: Signals["images"]["legacyFormats"] = [];
  let modern = 0;
  let lazy = 0;
  for (const img of imgs) {
    const a = img.attribs;
    const src = a.src ?? a["data-src"] ?? "";
    if ((a.loading ?? "").toLowerCase() === "lazy") lazy++;
    const style = (a.style ?? "").toLowerCase();
    const styled =
      (/(^|;)\s*width\s*:/.test(style) && /(^|;)\s*height\s*:/.test(style)) ||
      /aspect-ratio\s*:/.test(style);
    if (
      !(hasSize(a.width) && hasSize(a.height)) &&
      !styled &&
      !ctx.flagsOf(img).hidden &&
      !src.startsWith("data:")
    ) {
      missingDimensions.push({ src, snippet: openingTag(img) });
    }
    const picture =
      img.parent && "name" in img.parent && img.parent.name === "picture" ? img.parent : null;
    const offersModern =
      picture !== null &&
      elementsOf(ctx.page, "source").some(
        (s) => s.parent === picture && /image\/(webp|avif|jxl)/i.test(s.attribs.type ?? ""),
      );
    if (MODERN_IMAGE.test(src) || offersModern) modern++;
    else {
      const m = LEGACY_IMAGE.exec(src);
      if (m?.[1]) legacyFormats.push({ src, format: m[1].toLowerCase().replace("jpeg", "jpg") });
    }
  }
  return {
    total: imgs.length,
    missingDimensions,
    legacyFormats,
    modernFormats: modern,
    lazyLoaded: lazy,
  };
}

const OG_REQUIRED = ["og:title", "og:description", "og:image", "og:url", "og:type"];

function socialSignals(ctx: AuditContext): Signals["social"] {
  const openGraph: Record<string, string> = {};
  const twitter: Record<string, string> = {};
  for (const el of elementsOf(ctx.page, "meta")) {
    const a = el.attribs;
    const key = (a.property ?? a.name ?? "").trim().toLowerCase();
    const content = a.content ?? "";
    if (key.startsWith("og:") && !(key in openGraph)) openGraph[key] = content;
    else if (key.startsWith("twitter:") && !(key in twitter)) twitter[key] = content;
  }
  const missingOpenGraph = OG_REQUIRED.filter((k) => !openGraph[k]?.trim());
  // Twitter/X falls back to Open Graph for title, description and image.
  const missingTwitter = ["twitter:card"].filter((k) => !twitter[k]?.trim());
  return { openGraph, twitter, missingOpenGraph, missingTwitter };
}

function jsonLdSignals(ctx: AuditContext): Signals["jsonLd"] {
  const out: Signals["jsonLd"] = [];
  for (const el of elementsOf(ctx.page, "script")) {
    if ((el.attribs.type ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    const text = textContent(el).trim();
    try {
      const data: unknown = JSON.parse(text);
      const types = new Set<string>();
      const visit = (node: unknown) => {
        if (Array.isArray(node)) node.forEach(visit);
        else if (node && typeof node === "object") {
          const obj = node as Record<string, unknown>;
          const t = obj["@type"];
          if (typeof t === "string") types.add(t);
          else if (Array.isArray(t)) t.forEach((x) => typeof x === "string" && types.add(x));
          if (obj["@graph"]) visit(obj["@graph"]);
        }
      };
      visit(data);
      out.push({ valid: true, types: [...types] });
    } catch (err) {
      out.push({
        valid: false,
        types: [],
        error: err instanceof Error ? err.message : String(err),
      });
    }
  }
  return out;
}

const BLOCKABLE_KINDS = new Set([
  "script",
  "stylesheet",
  "frame",
  "object",
  "import",
  "preload",
  "manifest",
]);

function mixedContent(ctx: AuditContext, resources: Subresource[]): Signals["mixedContent"] {
  if (ctx.url.protocol !== "https:") return [];
  const seen = new Set<string>();
  const out: Signals["mixedContent"] = [];
  for (const r of resources) {
    if (r.url.protocol !== "http:" || seen.has(r.url.href)) continue;
    seen.add(r.url.href);
    out.push({ url: r.url.href, element: r.snippet, blockable: BLOCKABLE_KINDS.has(r.kind) });
  }
  for (const form of elementsOf(ctx.page, "form")) {
    const action = form.attribs.action
      ? tryParseUrl(form.attribs.action.trim(), ctx.baseUrl)
      : null;
    if (action?.protocol === "http:" && !seen.has(action.href)) {
      seen.add(action.href);
      out.push({ url: action.href, element: openingTag(form), blockable: false });
    }
  }
  return out;
}

function securityHeaders(ctx: AuditContext): Signals["securityHeaders"] {
  const h = ctx.headers;
  const https = ctx.url.protocol === "https:";
  const out: Signals["securityHeaders"] = [];

  const hsts = h.get("strict-transport-security");
  const maxAge = hsts ? Number(/max-age\s*=\s*"?(\d+)/i.exec(hsts)?.[1] ?? NaN) : NaN;
  out.push({
    header: "Strict-Transport-Security",
    value: hsts,
    status: !https ? "not-applicable" : !hsts ? "missing" : maxAge >= 31536000 ? "good" : "weak",
    explanation: !https
      ? HEADER_TEXT.hstsNotApplicable
      : !hsts
        ? HEADER_TEXT.hstsMissing
        : maxAge >= 31536000
          ? HEADER_TEXT.hstsGood
          : HEADER_TEXT.hstsWeak,
  });

  const csp = cspXss(ctx);
  const cspHeader = h.getAll("content-security-policy").join(", ") || null;
  out.push({
    header: "Content-Security-Policy",
    value: cspHeader,
    status: csp.verdict !== "fail" ? "good" : cspHeader ? "weak" : "missing",
    explanation:
      csp.verdict !== "fail"
        ? HEADER_TEXT.cspGood
        : cspHeader
          ? HEADER_TEXT.cspWeak
          : HEADER_TEXT.cspMissing,
  });

  const xfo = h.get("x-frame-options");
  const frameAncestors = h
    .getAll("content-security-policy")
    .some((v) => v.includes("frame-ancestors"));
  const xfoOk = xfo !== null && ["deny", "sameorigin"].includes(xfo.trim().toLowerCase());
  out.push({
    header: "X-Frame-Options",
    value: xfo,
    status: xfoOk || frameAncestors ? "good" : xfo ? "weak" : "missing",
    explanation: xfoOk || frameAncestors ? HEADER_TEXT.framingGood : HEADER_TEXT.framingBad,
  });

  const xcto = h.get("x-content-type-options");
  out.push({
    header: "X-Content-Type-Options",
    value: xcto,
    status: xcto?.trim().toLowerCase() === "nosniff" ? "good" : xcto ? "weak" : "missing",
    explanation:
      xcto?.trim().toLowerCase() === "nosniff" ? HEADER_TEXT.nosniffGood : HEADER_TEXT.nosniffBad,
  });

  const rp = h.get("referrer-policy");
  const weakReferrer = rp !== null && /unsafe-url|no-referrer-when-downgrade/i.test(rp);
  out.push({
    header: "Referrer-Policy",
    value: rp,
    status: rp ? (weakReferrer ? "weak" : "good") : "missing",
    explanation: weakReferrer
      ? HEADER_TEXT.referrerWeak
      : rp
        ? HEADER_TEXT.referrerGood
        : HEADER_TEXT.referrerMissing,
  });

  const pp = h.get("permissions-policy");
  out.push({
    header: "Permissions-Policy",
    value: pp,
    status: pp ? "good" : "missing",
    explanation: pp ? HEADER_TEXT.permissionsGood : HEADER_TEXT.permissionsMissing,
  });

  const coop = h.get("cross-origin-opener-policy");
  const coopOk = coop !== null && /^(same-origin|same-origin-allow-popups)$/i.test(coop.trim());
  out.push({
    header: "Cross-Origin-Opener-Policy",
    value: coop,
    status: coopOk ? "good" : coop ? "weak" : "missing",
    explanation: coopOk ? HEADER_TEXT.coopGood : HEADER_TEXT.coopBad,
  });

  const xxss = h.get("x-xss-protection");
  if (xxss !== null) {
    out.push({
      header: "X-XSS-Protection",
      value: xxss,
      status: xxss.trim().startsWith("0") ? "good" : "weak",
      explanation: HEADER_TEXT.xssProtection,
    });
  }
  return out;
}

function cookieSignals(ctx: AuditContext): Signals["cookies"] {
  const https = ctx.url.protocol === "https:";
  return ctx.headers.getAll("set-cookie").map((raw) => {
    const [pair = "", ...attrs] = raw.split(";");
    const name = pair.split("=")[0]?.trim() ?? "";
    const flags = new Map<string, string>();
    for (const a of attrs) {
      const [k, v] = a.split("=");
      if (k?.trim()) flags.set(k.trim().toLowerCase(), (v ?? "").trim());
    }
    const secure = flags.has("secure");
    const httpOnly = flags.has("httponly");
    const sameSite = flags.has("samesite") ? (flags.get("samesite") ?? "") : null;
    const issues: string[] = [];
    if (sameSite?.toLowerCase() === "none" && !secure)
      issues.push(COOKIE_ISSUES.sameSiteNoneInsecure);
    if (https && !secure) issues.push(COOKIE_ISSUES.notSecure);
    if (!httpOnly) issues.push(COOKIE_ISSUES.notHttpOnly);
    if (sameSite === null) issues.push(COOKIE_ISSUES.noSameSite);
    if ((name.startsWith("__Secure-") || name.startsWith("__Host-")) && !secure) {
      issues.push(COOKIE_ISSUES.prefixNotSecure);
    }
    return { name, secure, httpOnly, sameSite, issues };
  });
}

export function computeSignals(ctx: AuditContext, resources: Subresource[]): Signals {
  const input = ctx.input;
  const encoding = ctx.headers.get("content-encoding")?.trim().toLowerCase() || null;
  const pageSite = siteOf(ctx.url.hostname);
  const thirdParty = new Set<string>();
  for (const r of resources) {
    if (
      (r.url.protocol === "http:" || r.url.protocol === "https:") &&
      siteOf(r.url.hostname) !== pageSite
    ) {
      thirdParty.add(r.url.hostname);
    }
  }
  let inlineScripts = 0;
  let inlineScriptBytes = 0;
  let externalScripts = 0;
  for (const el of elementsOf(ctx.page, "script")) {
    if (ctx.page.foreign.has(el)) continue;
    if (el.attribs.src !== undefined) externalScripts++;
    else {
      inlineScripts++;
      inlineScriptBytes += Buffer.byteLength(textContent(el));
    }
  }
  let inlineStyles = 0;
  let inlineStyleBytes = 0;
  for (const el of elementsOf(ctx.page, "style")) {
    inlineStyles++;
    inlineStyleBytes += Buffer.byteLength(textContent(el));
  }
  const htmlBytes = input.decodedBytes ?? Buffer.byteLength(ctx.html);
  return {
    network: {
      ttfbMs: input.timing?.ttfbMs ?? null,
      totalMs: input.timing?.totalMs ?? null,
      transferBytes: input.transferBytes ?? null,
      decodedBytes: htmlBytes,
      contentEncoding: encoding,
      compressed:
        encoding !== null && encoding.split(",").some((e) => COMPRESSED_ENCODINGS.has(e.trim())),
      httpVersion: input.httpVersion ?? null,
      redirects: [...(input.redirects ?? [])],
    },
    caching: cachingSignals(ctx),
    pageWeight: {
      htmlBytes,
      domElements: ctx.page.elementCount,
      scripts: { external: externalScripts, inline: inlineScripts, inlineBytes: inlineScriptBytes },
      stylesheets: {
        external: resources.filter((r) => r.kind === "stylesheet").length,
        inline: inlineStyles,
        inlineBytes: inlineStyleBytes,
      },
      images: elementsOf(ctx.page, "img").length,
      iframes: elementsOf(ctx.page, "iframe").length,
      thirdPartyHosts: [...thirdParty].sort(),
    },
    renderBlocking: resources
      .filter((r) => r.renderBlocking)
      .map((r) => ({
        kind: r.kind === "script" ? ("script" as const) : ("stylesheet" as const),
        url: r.url.href,
        snippet: r.snippet,
      })),
    images: imageSignals(ctx),
    social: socialSignals(ctx),
    jsonLd: jsonLdSignals(ctx),
    sitemaps: {
      robotsTxtStatus: ctx.robots.status,
      urls: ctx.parsedRobots?.sitemaps ?? [],
    },
    mixedContent: mixedContent(ctx, resources),
    securityHeaders: securityHeaders(ctx),
    cookies: cookieSignals(ctx),
  };
}
