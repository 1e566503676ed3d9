import { createHash } from "node:crypto";

import { Ratelimit } from "@upstash/ratelimit";
import { Redis as UpstashRedis } from "@upstash/redis";
import { logger } from "@arco/log";

import { addressBucket } from "./client-ip";
import { createMemoryWindow } from "./memory-store";
import type { WindowOutcome } from "./memory-store";
import { createScriptClient, createTcpRedis } from "./redis-adapter";
import { resolveRules } from "./rules";
import type { RateLimitRule, RateLimitRuleConfig, RateLimitRuleOverrides } from "./rules";

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  resetAt: Date;
  /** Seconds until the window ends: at least 1 when denied, 0 when allowed. */
  retryAfterSeconds: number;
  reason: "ok" | "exceeded" | "store-unavailable";
}

export type RateLimitStoreKind = "upstash" | "redis" | "memory";

export interface RateLimiter {
  readonly store: RateLimitStoreKind;
  check(rule: RateLimitRule, identifier: string): Promise<RateLimitDecision>;
  /** Whether the store answers (PING; always true in-process). For health checks. */
  reachable(): Promise<boolean>;
}

export interface ClosableRateLimiter extends RateLimiter {
  /** Closes the store's connection. The limiter must not be used afterwards. */
  close(): Promise<void>;
}

export type RateLimitStoreOptions =
  | { kind: "upstash"; url: string; token: string }
  | { kind: "redis"; url: string }
  | { kind: "memory" };

export interface CreateRateLimiterOptions {
  store: RateLimitStoreOptions;
  rules?: RateLimitRuleOverrides;
  /** How long a check may wait for the store before it counts as unavailable. Default 1000. */
  timeoutMs?: number;
  /** Prefix of every key. Default "arco:rl". */
  prefix?: string;
}

export const DEFAULT_KEY_PREFIX = "arco:rl";
const DEFAULT_TIMEOUT_MS = 1_000;
/** What a fail-closed rule tells the caller to wait while the store is down. */
const UNAVAILABLE_RETRY_SECONDS = 5;

const HOLDS_EMAIL = /[^\s@]+@[^\s@]+/;

/**
 * Identifiers holding an email ("ann@x.com", "ann@x.com from 203.0.113.0") become a SHA-256 of
 * their normalised form: "Ann@X.com " and "ann@x.com" share a bucket, and no address is stored
 * in Redis in the clear. IPv6 addresses count by their /64 (see `addressBucket`). Other
 * identifiers (IPv4 addresses, user ids) stay readable.
 */
export function identifierKey(identifier: string): string {
  const bucket = addressBucket(identifier);
  if (bucket !== identifier) return bucket;
  const normalised = identifier.trim().toLowerCase();
  if (!HOLDS_EMAIL.test(normalised)) return identifier;
  return `email:${createHash("sha256").update(normalised).digest("hex")}`;
}

interface Backend {
  limit(
    rule: RateLimitRule,
    config: RateLimitRuleConfig,
    key: string,
  ): Promise<WindowOutcome | null>;
  ping(): Promise<unknown>;
  close(): Promise<void>;
}

function upstashBackend(
  redis: UpstashRedis,
  rules: Record<RateLimitRule, RateLimitRuleConfig>,
  prefix: string,
  timeoutMs: number,
): Pick<Backend, "limit"> {
  const limiters = new Map<RateLimitRule, Ratelimit>();
  function limiterFor(rule: RateLimitRule, config: RateLimitRuleConfig) {
    let limiter = limiters.get(rule);
    if (!limiter) {
      limiter = new Ratelimit({
        redis,
        // A bucket of `limit` tokens refilled whole every window: each identifier's window opens
        // at its first check, so "5 an hour" holds exactly, with no clock-hour boundary where a
        // sliding estimate rounds a request away, and `reset` is when the allowance returns.
        limiter: Ratelimit.tokenBucket(config.limit, `${config.windowMs} ms`, config.limit),
        prefix: `${prefix}:${rule}`,
        timeout: timeoutMs,
        // Its default in-process block list grows with every denied identifier and is never
        // pruned; a denied check costs one round trip instead.
        ephemeralCache: false,
        analytics: false,
        enableTelemetry: false,
      });
      limiters.set(rule, limiter);
    }
    return limiter;
  }
  return {
    async limit(rule, config, key) {
      const result = await limiterFor(rule, config).limit(key);
      // On timeout the library answers success: true; the caller decides how to fail.
      if (result.reason === "timeout") return null;
      return result;
    },
  };
}

function createBackend(
  store: RateLimitStoreOptions,
  rules: Record<RateLimitRule, RateLimitRuleConfig>,
  prefix: string,
  timeoutMs: number,
): Backend {
  switch (store.kind) {
    case "upstash": {
      const redis = new UpstashRedis({
        url: store.url,
        token: store.token,
        retry: { retries: 1, backoff: () => 50 },
        enableTelemetry: false,
      });
      return {
        ...upstashBackend(redis, rules, prefix, timeoutMs),
        ping: () => redis.ping(),
        close: async () => {},
      };
    }
    case "redis": {
      const client = createTcpRedis({ url: store.url, timeoutMs });
      // The limiter only calls evalsha/eval; the adapter provides exactly those.
      const scripts = createScriptClient(client);
      const adapter = scripts as unknown as UpstashRedis;
      return {
        ...upstashBackend(adapter, rules, prefix, timeoutMs),
        ping: () => scripts.ping(),
        async close() {
          if (client.status === "ready") {
            await client.quit().catch(() => client.disconnect());
          } else {
            client.disconnect();
          }
        },
      };
    }
    case "memory": {
      const memory = createMemoryWindow();
      return {
        limit: async (rule, config, key) =>
          memory.limit(`${prefix}:${rule}:${key}`, config.limit, config.windowMs),
        ping: async () => "PONG",
        close: async () => memory.clear(),
      };
    }
  }
}

export function createRateLimiter(options: CreateRateLimiterOptions): ClosableRateLimiter {
  const rules = resolveRules(options.rules);
  const prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const backend = createBackend(options.store, rules, prefix, timeoutMs);
  let storeDown = false;

  function unavailable(config: RateLimitRuleConfig, cause: unknown): RateLimitDecision {
    if (!storeDown) {
      storeDown = true;
      const detail = cause instanceof Error ? cause.message : `no answer within ${timeoutMs} ms`;
      logger.warn({ store: options.store.kind, detail }, "Rate limit store unavailable");
    }
    const open = config.whenStoreUnavailable === "open";
    return {
      allowed: open,
      limit: config.limit,
      remaining: 0,
      resetAt: new Date(Date.now() + (open ? 0 : UNAVAILABLE_RETRY_SECONDS * 1000)),
      retryAfterSeconds: open ? 0 : UNAVAILABLE_RETRY_SECONDS,
      reason: "store-unavailable",
    };
  }

  return {
    store: options.store.kind,
    async check(rule, identifier) {
      const config = rules[rule];
      let outcome: WindowOutcome | null;
      try {
        outcome = await backend.limit(rule, config, identifierKey(identifier));
      } catch (error) {
        return unavailable(config, error);
      }
      if (!outcome) return unavailable(config, null);
      storeDown = false;
      const secondsLeft = Math.ceil((outcome.reset - Date.now()) / 1000);
      return {
        allowed: outcome.success,
        limit: outcome.limit,
        remaining: outcome.remaining,
        resetAt: new Date(outcome.reset),
        retryAfterSeconds: outcome.success ? 0 : Math.max(1, secondsLeft),
        reason: outcome.success ? "ok" : "exceeded",
      };
    },
    reachable: () =>
      backend.ping().then(
        () => true,
        () => false,
      ),
    close: () => backend.close(),
  };
}
