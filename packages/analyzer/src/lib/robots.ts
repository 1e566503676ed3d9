/**
 * robots.txt: the validity rules Lighthouse's `robots-txt` audit applies, and group/path
 * matching as crawlers (and Lighthouse's `is-crawlable`) apply it.
 */

const KNOWN_DIRECTIVES = new Set([
  "user-agent",
  "disallow",
  "allow",
  "sitemap",
  "crawl-delay",
  "clean-param",
  "host",
  "request-rate",
  "visit-time",
  "noindex",
  "content-signal",
]);
const SITEMAP_PROTOCOLS = new Set(["http:", "https:", "ftp:"]);

export interface RobotsError {
  line: number;
  content: string;
  message: string;
}

function splitLines(content: string): string[] {
  return content.split(/\r\n|\r|\n/);
}

function stripComment(line: string): string {
  const hash = line.indexOf("#");
  return hash === -1 ? line : line.slice(0, hash);
}

/** One error per offending line, in Lighthouse's wording. */
export function validateRobotsTxt(content: string): RobotsError[] {
  const errors: RobotsError[] = [];
  let sawUserAgent = false;
  splitLines(content).forEach((raw, index) => {
    const line = stripComment(raw).trim();
    if (!line) return;
    const fail = (message: string) => errors.push({ line: index + 1, content: raw, message });
    const colon = line.indexOf(":");
    if (colon === -1) return fail("Syntax not understood");
    const directive = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (!KNOWN_DIRECTIVES.has(directive)) return fail("Unknown directive");
    if (directive === "sitemap") {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return fail("Invalid sitemap URL");
      }
      if (!SITEMAP_PROTOCOLS.has(url.protocol)) return fail("Invalid sitemap URL protocol");
    }
    if (directive === "user-agent") {
      if (!value) return fail("No user-agent specified");
      sawUserAgent = true;
      return;
    }
    if (directive === "allow" || directive === "disallow") {
      if (value !== "" && value[0] !== "/" && value[0] !== "*") {
        return fail('Pattern should either be empty, start with "/" or "*"');
      }
      const dollar = value.indexOf("$");
      if (dollar !== -1 && dollar !== value.length - 1) {
        return fail('"$" should only be used at the end of the pattern');
      }
      if (!sawUserAgent) return fail("No user-agent specified");
    }
  });
  return errors;
}

interface Rule {
  allow: boolean;
  /** Normalised pattern text, used for precedence (longest wins). */
  pattern: string;
  matcher: RegExp | string;
  line: number;
}

export interface ParsedRobots {
  groups: Map<string, Rule[]>;
  sitemaps: string[];
}

/** Upper-case percent escapes and percent-encode what a URL path would encode. */
function normalizeEncoding(path: string): string {
  let encoded: string;
  try {
    encoded = encodeURI(path).replace(/%25([0-9a-fA-F]{2})/g, "%$1");
  } catch {
    encoded = path;
  }
  return encoded.replace(/%[0-9a-fA-F]{2}/g, (m) => m.toUpperCase());
}

function compilePattern(pattern: string): RegExp | string {
  if (!pattern.includes("*") && !pattern.includes("$")) return pattern;
  let source = "^";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*") source += ".*";
    else if (ch === "$" && i === pattern.length - 1) source += "$";
    else source += ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(source);
}

/** Normalise a user-agent token the way crawlers match groups: lower-case, no version. */
export function userAgentToken(ua: string): string {
  const lower = ua.toLowerCase();
  const slash = lower.indexOf("/");
  return (slash === -1 ? lower : lower.slice(0, slash)).trim();
}

export function parseRobotsTxt(content: string): ParsedRobots {
  const groups = new Map<string, Rule[]>();
  const sitemaps: string[] = [];
  let current: string[] = [];
  // Consecutive user-agent lines share one group; any other record closes the list.
  let lastWasUserAgent = false;
  splitLines(content).forEach((raw, index) => {
    const line = stripComment(raw);
    const colon = line.indexOf(":");
    if (colon === -1) return;
    const directive = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (!directive) return;
    if (directive === "user-agent") {
      if (!lastWasUserAgent) current = [];
      if (value) {
        const token = userAgentToken(value);
        current.push(token);
        if (!groups.has(token)) groups.set(token, []);
      }
    } else if (directive === "allow" || directive === "disallow") {
      for (const ua of current) {
        const rules = groups.get(ua) ?? [];
        groups.set(ua, rules);
        if (!value) continue;
        const pattern = normalizeEncoding(value);
        rules.push({
          allow: directive === "allow",
          pattern,
          matcher: compilePattern(pattern),
          line: index + 1,
        });
      }
    } else if (directive === "sitemap") {
      if (value) sitemaps.push(value);
    }
    lastWasUserAgent = directive === "user-agent";
  });
  return { groups, sitemaps };
}

export interface RobotsDecision {
  allowed: boolean;
  /** The deciding rule's line, when a rule matched. */
  line?: number;
}

/**
 * Whether `url` may be crawled by `userAgent` (undefined = the generic `*` group). A bot
 * uses its own group when the file has one, else the `*` group; the longest matching pattern
 * wins and `allow` wins a tie.
 */
export function robotsDecision(robots: ParsedRobots, url: URL, userAgent?: string): RobotsDecision {
  const token = userAgentToken(userAgent ?? "*");
  const rules = robots.groups.get(token) ?? robots.groups.get("*") ?? [];
  const path = normalizeEncoding(url.pathname + url.search);
  let best: Rule | undefined;
  for (const rule of rules) {
    const matches =
      typeof rule.matcher === "string" ? path.startsWith(rule.matcher) : rule.matcher.test(path);
    if (!matches) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
    ) {
      best = rule;
    }
  }
  return best ? { allowed: best.allow, line: best.line } : { allowed: true };
}
