import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";

import { createRateLimiter } from "../src";
import type { ClosableRateLimiter, CreateRateLimiterOptions } from "../src";
import { TEST_REDIS_URL as REDIS_URL } from "./env";

export { REDIS_URL };

/** Every limiter a test makes gets its own prefix, so runs and tests never share counters. */
export function uniquePrefix(): string {
  return `arco:rl:test:${randomUUID()}`;
}

export function trackLimiters() {
  const open: ClosableRateLimiter[] = [];
  return {
    make(options: CreateRateLimiterOptions): ClosableRateLimiter {
      const limiter = createRateLimiter({ prefix: uniquePrefix(), ...options });
      open.push(limiter);
      return limiter;
    },
    async closeAll() {
      await Promise.all(open.splice(0).map((limiter) => limiter.close()));
    },
  };
}

/** A direct client for assertions and SCRIPT FLUSH; fails the run when Redis isn't there. */
export async function connectAdminRedis(): Promise<Redis> {
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    enableOfflineQueue: false,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let refusal: Error | undefined;
  redis.on("error", (error: Error) => {
    refusal ??= error;
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const reason = refusal ?? error;
    throw new Error(
      `The rate limit tests need a Redis at ${REDIS_URL} (set REDIS_URL to use another one) ` +
        `and it did not answer: ${reason instanceof Error ? reason.message : String(reason)}`,
      { cause: error },
    );
  }
  return redis;
}

export async function deleteKeys(redis: Redis, pattern: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", pattern, "COUNT", 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== "0");
  if (keys.length > 0) await redis.del(...keys);
  return keys;
}
