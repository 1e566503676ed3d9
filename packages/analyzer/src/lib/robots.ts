/**
 * robots.txt: the validity rules Lighthouse's `robots-txt` audit applies (its own validator,
 * reproduced), and group/path matching through robots-parser, as Lighthouse's `is-crawlable`.
 */
import robotsParser from "robots-parser";
import type { Robot } from "robots-parser";

import { EVIDENCE_TEXT } from "../report/catalog.ts";

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
    if (colon === -1) return fail(EVIDENCE_TEXT.robotsSyntax);
    const directive = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (!KNOWN_DIRECTIVES.has(directive)) return fail(EVIDENCE_TEXT.robotsUnknownDirective);
    if (directive === "sitemap") {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return fail(EVIDENCE_TEXT.robotsInvalidSitemap);
      }
      if (!SITEMAP_PROTOCOLS.has(url.protocol)) return fail(EVIDENCE_TEXT.robotsSitemapProtocol);
    }
    if (directive === "user-agent") {
      if (!value) return fail(EVIDENCE_TEXT.robotsNoUserAgent);
      sawUserAgent = true;
      return;
    }
    if (directive === "allow" || directive === "disallow") {
      if (value !== "" && value[0] !== "/" && value[0] !== "*") {
        return fail(EVIDENCE_TEXT.robotsPattern);
      }
      const dollar = value.indexOf("$");
      if (dollar !== -1 && dollar !== value.length - 1) {
        return fail(EVIDENCE_TEXT.robotsDollar);
      }
      if (!sawUserAgent) return fail(EVIDENCE_TEXT.robotsNoUserAgent);
    }
  });
  return errors;
}

/** robots.txt as crawlers read it: robots-parser, the parser Lighthouse's `is-crawlable` uses. */
export interface ParsedRobots {
  robot: Robot;
  sitemaps: string[];
}

/** Parses the robots.txt that sits at `robotsUrl` (rules apply to URLs of its origin only). */
export function parseRobotsTxt(robotsUrl: string, content: string): ParsedRobots {
  const robot = robotsParser(robotsUrl, content);
  return { robot, sitemaps: robot.getSitemaps() };
}

export interface RobotsDecision {
  allowed: boolean;
  /** The deciding rule's line, when a rule matched. */
  line?: number;
}

/**
 * Whether `url` may be crawled by `userAgent` (undefined = the generic `*` group): a bot uses its
 * own group when the file has one, else the `*` group; the longest matching pattern wins and
 * `allow` wins a tie.
 */
export function robotsDecision(robots: ParsedRobots, url: URL, userAgent?: string): RobotsDecision {
  const ua = userAgent ?? "*";
  if (robots.robot.isAllowed(url.href, ua) !== false) return { allowed: true };
  const line = robots.robot.getMatchingLineNumber(url.href, ua);
  return line > 0 ? { allowed: false, line } : { allowed: false };
}
