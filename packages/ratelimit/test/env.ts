/**
 * The Redis the tests run against. Only the tests default to a local one: the package itself
 * uses Redis only when REDIS_URL is set.
 */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
