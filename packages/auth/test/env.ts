/** The Redis the rate-limit tests use: the configured one, else the local default. */
export const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
