/** What `analyzeHtml` receives, and its normalised form. */

export type HeaderInput =
  | Record<string, string | readonly string[] | number | undefined>
  | ReadonlyArray<readonly [string, string]>
  | Headers;

export interface RobotsTxtInput {
  /** HTTP status of GET /robots.txt; null when the request failed. */
  status: number | null;
  body: string | null;
  /** Why the request failed, when it did. */
  error?: string;
}

export interface TimingInput {
  ttfbMs?: number | null;
  totalMs?: number | null;
}

export interface AnalyzeHtmlInput {
  /** The URL the HTML was served from (after redirects). */
  url: string;
  /** The URL the user asked for, when different (used by `redirects-http`). */
  requestedUrl?: string;
  status: number;
  headers: HeaderInput;
  html: string;
  /**
   * The site's /robots.txt: a body (status 200 assumed), a full response, or null when it
   * was not fetched (the robots audits then report `na`).
   */
  robotsTxt: RobotsTxtInput | string | null;
  timing?: TimingInput | null;
  transferBytes?: number | null;
  decodedBytes?: number | null;
  httpVersion?: string | null;
  redirects?: readonly string[];
}

export interface AnalyzeOptions {
  /** Run the axe-core accessibility audits (the slow part). Default true. */
  accessibility?: boolean;
  /**
   * Where the accessibility audits run: a dedicated worker thread with a memory limit and a
   * deadline (default), or this thread.
   */
  accessibilityIsolation?: "worker" | "in-process";
  /** Clock for date-dependent rules (`unavailable_after`), for tests. */
  now?: Date;
}

export interface HeaderEntry {
  /** Lower-cased. */
  name: string;
  value: string;
}

/** Response headers as Chrome's DevTools protocol presents them: one entry per header line. */
export class HeaderList {
  readonly entries: readonly HeaderEntry[];

  constructor(input: HeaderInput | null | undefined) {
    const out: HeaderEntry[] = [];
    const push = (name: string, value: unknown) => {
      if (value === undefined || value === null) return;
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        // Chrome reports repeated headers joined by newlines; Lighthouse splits them again.
        for (const line of String(v).split("\n"))
          out.push({ name: name.toLowerCase(), value: line });
      }
    };
    if (!input) {
      // nothing
    } else if (typeof Headers !== "undefined" && input instanceof Headers) {
      input.forEach((value, name) => push(name, value));
      const cookies = input.getSetCookie?.() ?? [];
      if (cookies.length) {
        for (let i = out.length - 1; i >= 0; i--)
          if (out[i]?.name === "set-cookie") out.splice(i, 1);
        for (const c of cookies) out.push({ name: "set-cookie", value: c });
      }
    } else if (Array.isArray(input)) {
      for (const [name, value] of input as ReadonlyArray<readonly [string, string]>)
        push(name, value);
    } else {
      for (const [name, value] of Object.entries(input as Record<string, unknown>))
        push(name, value);
    }
    this.entries = out;
  }

  /** First value of a header, or null. */
  get(name: string): string | null {
    const n = name.toLowerCase();
    for (const e of this.entries) if (e.name === n) return e.value;
    return null;
  }

  getAll(name: string): string[] {
    const n = name.toLowerCase();
    return this.entries.filter((e) => e.name === n).map((e) => e.value);
  }

  has(name: string): boolean {
    return this.get(name) !== null;
  }
}

export interface NormalizedRobots {
  /** False when the caller did not fetch robots.txt at all. */
  checked: boolean;
  status: number | null;
  body: string | null;
  error: string | null;
}

export function normalizeRobots(input: AnalyzeHtmlInput["robotsTxt"]): NormalizedRobots {
  if (input === null || input === undefined)
    return { checked: false, status: null, body: null, error: null };
  if (typeof input === "string") return { checked: true, status: 200, body: input, error: null };
  return { checked: true, status: input.status, body: input.body, error: input.error ?? null };
}
