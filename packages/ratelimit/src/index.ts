import { logger } from "@arco/log";

import { env } from "./env";
import { createRateLimiter } from "./limiter";
import type { RateLimiter, RateLimitStoreOptions } from "./limiter";

export { createRateLimiter, identifierKey, DEFAULT_KEY_PREFIX } from "./limiter";
export type {
  ClosableRateLimiter,
  CreateRateLimiterOptions,
  RateLimitDecision,
  RateLimiter,
  RateLimitStoreKind,
  RateLimitStoreOptions,
} from "./limiter";
export { addressBucket, CLIENT_ADDRESS_HEADER, clientIp } from "./client-ip";
export { defaultRules } from "./rules";
export type {
  RateLimitRule,
  RateLimitRuleConfig,
  RateLimitRuleOverrides,
  RateLimitRules,
} from "./rules";

/** Picks the store from the environment: Upstash REST, then plain Redis, then in-process. */
export function storeFromEnv(): RateLimitStoreOptions {
  const url = env.UPSTASH_REDIS_REST_URL;
  const token = env.UPSTASH_REDIS_REST_TOKEN;
  if (url && token) return { kind: "upstash", url, token };
  if (url || token) {
    // Half a configuration is a typo, not a choice; falling back silently would lose the limits.
    throw new Error("Set both UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN, or neither.");
  }
  if (env.REDIS_URL) return { kind: "redis", url: env.REDIS_URL };
  return { kind: "memory" };
}

const globalForRateLimiter = globalThis as unknown as { arcoRateLimiter?: RateLimiter };

/**
 * The process-wide limiter from the environment, cached on globalThis so hot reloads reuse one
 * connection and one set of in-process counters.
 */
export function getRateLimiter(): RateLimiter {
  if (!globalForRateLimiter.arcoRateLimiter) {
    const store = storeFromEnv();
    if (store.kind === "memory" && env.NODE_ENV === "production") {
      logger.warn("No UPSTASH_REDIS_REST_URL or REDIS_URL: rate limits are kept per process.");
    }
    globalForRateLimiter.arcoRateLimiter = createRateLimiter({
      store,
      rules: env.RATE_LIMIT_RULES,
    });
  }
  return globalForRateLimiter.arcoRateLimiter;
}
