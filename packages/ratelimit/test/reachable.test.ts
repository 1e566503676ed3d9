import { createServer } from "node:net";
import type { AddressInfo } from "node:net";

import { afterEach, describe, expect, it } from "vitest";

import { connectAdminRedis, REDIS_URL, trackLimiters } from "./helpers";

const limiters = trackLimiters();
afterEach(() => limiters.closeAll());

/** A port on 127.0.0.1 where nothing listens (taken, then given back). */
async function deadPort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("whether the store answers (for /api/health)", () => {
  it("is true for a live Redis and for the in-process store", async () => {
    (await connectAdminRedis()).disconnect();
    expect(await limiters.make({ store: { kind: "redis", url: REDIS_URL } }).reachable()).toBe(
      true,
    );
    expect(await limiters.make({ store: { kind: "memory" } }).reachable()).toBe(true);
  });

  it("is false when nothing answers at the Redis address", async () => {
    const url = `redis://127.0.0.1:${await deadPort()}`;
    expect(await limiters.make({ store: { kind: "redis", url } }).reachable()).toBe(false);
  });
});
