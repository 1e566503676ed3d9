/**
 * The test network itself: proves the seatbelt the other fetch tests rely on refuses non-loopback
 * connections and real DNS BEFORE anything leaves the machine, and counts loopback connections.
 */
import dns from "node:dns";
import net from "node:net";
import tls from "node:tls";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { NetworkGuardError, network } from "./support/network";
import { SafeFetchError, safeFetch } from "../../src/fetch";

beforeAll(() => network.start());
afterAll(() => network.stop());
afterEach(() => network.reset());

describe("the loopback-only test network", () => {
  it("refuses a TCP connection to a public address synchronously", () => {
    expect(() => net.connect({ host: "93.184.216.34", port: 80 })).toThrow(NetworkGuardError);
    expect(() => net.connect(443, "8.8.8.8")).toThrow(NetworkGuardError);
    expect(network.refused).toEqual([
      { host: "93.184.216.34", port: 80 },
      { host: "8.8.8.8", port: 443 },
    ]);
  });

  it("refuses private addresses and TLS too", () => {
    expect(() => net.connect({ host: "10.0.0.1", port: 80 })).toThrow(NetworkGuardError);
    expect(() => net.connect({ host: "169.254.169.254", port: 80 })).toThrow(NetworkGuardError);
    expect(() => tls.connect({ host: "10.0.0.1", port: 443 })).toThrow(NetworkGuardError);
    expect(() => net.connect({ host: "2002:7f00:1::", port: 80 })).toThrow(NetworkGuardError);
  });

  it("refuses connecting by name and real DNS", async () => {
    expect(() => net.connect({ host: "example.com", port: 80 })).toThrow(NetworkGuardError);
    expect(() => dns.lookup("example.com", () => {})).toThrow(NetworkGuardError);
    await expect(dns.promises.lookup("example.com")).rejects.toThrow(NetworkGuardError);
    expect(network.dnsQueries).toEqual(["example.com", "example.com"]);
  });

  it("sends loopback on ports 80/443 to the counting listener", async () => {
    const before = network.counterAccepted;
    for (const host of ["127.0.0.1", "127.9.9.9", "::1", "0.0.0.0", "::ffff:127.0.0.1"]) {
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect({ host, port: 80 }, () => {
          socket.destroy();
          resolve();
        });
        socket.on("error", reject);
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(network.counterAccepted - before).toBe(5);
  });

  it("stops safeFetch's default (system) resolver from querying real DNS", async () => {
    const error = await safeFetch("http://example.com/", { allow: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafeFetchError);
    expect((error as SafeFetchError).code).toBe("DNS_FAILURE");
    expect((error as SafeFetchError).cause).toBeInstanceOf(NetworkGuardError);
    // Resolved as an absolute name so search domains never apply.
    expect(network.dnsQueries).toEqual(["example.com."]);
  });
});
