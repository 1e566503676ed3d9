import { createHash } from "node:crypto";

import { logger } from "@arco/log";
import { Redis } from "ioredis";

/**
 * @upstash/ratelimit prefixes every script with this shebang. Upstash accepts it; stock Redis 7.0
 * rejects the whole script ("Unexpected flag in script shebang").
 */
const UPSTASH_ONLY_SHEBANG = /^#!lua flags=allow-key-locking[^\n]*\r?\n/;

export function stripUpstashShebang(script: string): string {
  return script.replace(UPSTASH_ONLY_SHEBANG, "");
}

function sha1(text: string): string {
  return createHash("sha1").update(text).digest("hex");
}

function isNoScript(error: unknown): boolean {
  return String(error).includes("NOSCRIPT");
}

type ScriptArg = string | number | Buffer;

function toRedisArgs(args: readonly unknown[]): ScriptArg[] {
  return args.map((arg) =>
    typeof arg === "number" || typeof arg === "string" ? arg : String(arg),
  );
}

/** The two calls a single-region @upstash/ratelimit limiter makes on its redis client. */
export interface ScriptClient {
  evalsha(sha: string, keys: string[], args: unknown[]): Promise<unknown>;
  eval(script: string, keys: string[], args: unknown[]): Promise<unknown>;
  /** PING, once the first connection attempt has settled (health checks). */
  ping(): Promise<unknown>;
}

/**
 * Runs @upstash/ratelimit's scripts on a plain Redis. The limiter calls `evalsha` with the SHA1
 * of the script as it ships (shebang included), which Redis can never hold, so the adapter keeps
 * a map from that hash to the stripped script and its own hash. An unknown hash answers NOSCRIPT,
 * which makes the limiter send the script through `eval`, where the map is filled.
 */
export function createScriptClient(redis: Redis): ScriptClient {
  const scripts = new Map<string, { sha: string; body: string }>();
  const firstConnection = firstConnectionSettled(redis);

  async function run(body: string, sha: string, keys: string[], args: unknown[]) {
    await firstConnection;
    const redisArgs = toRedisArgs(args);
    try {
      return await redis.evalsha(sha, keys.length, ...keys, ...redisArgs);
    } catch (error) {
      // SCRIPT FLUSH, a restart or a failover empties the server's cache; EVAL reloads it.
      if (!isNoScript(error)) throw error;
      return redis.eval(body, keys.length, ...keys, ...redisArgs);
    }
  }

  return {
    async evalsha(sha, keys, args) {
      const known = scripts.get(sha);
      if (!known) throw new Error("NOSCRIPT script not yet loaded through this adapter");
      return run(known.body, known.sha, keys, args);
    },
    async eval(script, keys, args) {
      const body = stripUpstashShebang(script);
      const entry = { sha: sha1(body), body };
      scripts.set(sha1(script), entry);
      return run(entry.body, entry.sha, keys, args);
    },
    async ping() {
      await firstConnection;
      return redis.ping();
    },
  };
}

export interface TcpRedisOptions {
  url: string;
  /** Upper bound for one command and for opening the connection. */
  timeoutMs: number;
}

/**
 * An ioredis client tuned to fail fast: a rate limit check must not queue behind a dead
 * connection, so commands sent while disconnected reject at once and the limiter reports the
 * store as unavailable. Reconnection keeps going in the background with a short, capped delay so
 * checks recover as soon as Redis is back.
 */
export function createTcpRedis({ url, timeoutMs }: TcpRedisOptions): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });
  let reported = false;
  redis.on("ready", () => {
    reported = false;
  });
  // Without a listener ioredis prints every reconnect failure; one line per outage is enough.
  redis.on("error", (error: Error) => {
    if (reported) return;
    reported = true;
    logger.warn({ detail: error.message }, "Redis unreachable; retrying in the background");
  });
  return redis;
}

/**
 * Resolves once the first connection attempt has settled either way. Without the offline queue a
 * command sent while the client is still opening its first connection would fail although Redis
 * is fine, so the first checks wait for that attempt (bounded by the connect timeout).
 */
function firstConnectionSettled(redis: Redis): Promise<void> {
  if (redis.status === "ready") return Promise.resolve();
  return new Promise((resolve) => {
    const settle = () => {
      redis.off("ready", settle);
      redis.off("error", settle);
      redis.off("end", settle);
      resolve();
    };
    redis.once("ready", settle);
    redis.once("error", settle);
    redis.once("end", settle);
  });
}
