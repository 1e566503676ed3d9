/**
 * The address and URL rules on their own — the cases file is "the minimum, not the whole space".
 * URL-level tests go through safeFetch behind the loopback-only test network.
 */
import net from "node:net";
import type { AddressInfo } from "node:net";

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { network } from "./support/network";
import type { AllowList } from "../../src/fetch/address";
import {
  EMPTY_ALLOW_LIST,
  checkHostName,
  isAddressAllowListed,
  isHostAllowListed,
} from "../../src/fetch/address";
import type { LookupFunction } from "../../src/fetch/connector";
import { createGuardedConnector } from "../../src/fetch/connector";
import type { SafeFetchErrorCode } from "../../src/fetch";
import {
  SafeFetchError,
  checkPublicAddress,
  parseAllowList,
  safeFetch as fetchWithConfig,
} from "../../src/fetch";

/** No allow-list unless a test passes one: independent of ANALYZER_FETCH_ALLOW. */
const safeFetch: typeof fetchWithConfig = (url, options) =>
  fetchWithConfig(url, { allow: [], ...options });
import { mapResolver } from "./support/resolver";

beforeAll(() => network.start());
afterAll(() => network.stop());
afterEach(() => {
  const refused = [...network.refused];
  const dnsQueries = [...network.dnsQueries];
  network.reset();
  expect(refused).toEqual([]);
  expect(dnsQueries).toEqual([]);
});

describe("checkPublicAddress", () => {
  const publicAddresses = [
    "93.184.216.34",
    "8.8.8.8",
    "1.1.1.1",
    "100.63.255.255", // just below CGNAT
    "100.128.0.0", // just above CGNAT
    "172.15.255.255",
    "172.32.0.0",
    "198.17.255.255",
    "198.20.0.0",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:81c::200e",
    "::ffff:93.184.216.34", // IPv4-mapped public: judged as the IPv4 it maps
    "64:ff9b::808:808", // NAT64 of 8.8.8.8
  ];
  for (const address of publicAddresses) {
    it(`allows ${address}`, () => expect(checkPublicAddress(address)).toEqual({ ok: true }));
  }

  const blocked = [
    // IPv4 special-purpose space
    "0.0.0.0",
    "0.1.2.3",
    "10.0.0.1",
    "10.255.255.255",
    "100.64.0.1",
    "100.100.100.200", // Alibaba Cloud metadata
    "100.127.255.255",
    "127.0.0.1",
    "127.255.255.254",
    "169.254.169.254", // AWS / GCP / Azure / OCI metadata
    "169.254.170.2", // ECS task metadata
    "172.16.0.1",
    "172.31.255.255",
    "192.0.0.1",
    "192.0.0.192", // Oracle Cloud metadata
    "192.0.2.1",
    "192.88.99.1",
    "192.168.1.1",
    "198.18.0.1",
    "198.19.255.255",
    "198.51.100.7",
    "203.0.113.9",
    "224.0.0.1",
    "239.255.255.250",
    "240.0.0.1",
    "255.255.255.255",
    "168.63.129.16", // Azure WireServer (public space, platform endpoint)
    // IPv6
    "::",
    "::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:169.254.169.254",
    "::127.0.0.1", // IPv4-compatible ::/96 (ipaddr.js says "unicast")
    "::7f00:1",
    "::a00:1",
    "::808:808", // even a public IPv4 embedded in ::/96
    "::ffff:0:7f00:1", // SIIT
    "64:ff9b::7f00:1", // NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe", // NAT64 of 169.254.169.254
    "64:ff9b:1::808:808", // local-use NAT64 prefix
    "2002:7f00:1::", // 6to4 of 127.0.0.1
    "2002:808:808::1", // 6to4 of anything
    "2001::1", // Teredo
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "2001:2::1", // benchmarking
    "2001:10::1", // ORCHID
    "2001:db8::1",
    "3fff::1",
    "100::1", // discard-only
    "fc00::1",
    "fd00::1",
    "fd00:ec2::254", // AWS IMDS over IPv6
    "fe80::1",
    "febf::1",
    "fec0::1",
    "ff02::1",
    "ff05::1:3",
    "5f00::1",
    "fe80::1%eth0", // zone ids are never accepted
    // Not strict literals
    "127.1",
    "0x7f.0.0.1",
    "2130706433",
    "example.com",
    "",
  ];
  for (const address of blocked) {
    it(`blocks ${JSON.stringify(address)}`, () => {
      expect(checkPublicAddress(address).ok).toBe(false);
    });
  }
});

describe("checkHostName", () => {
  for (const name of [
    "localhost",
    "LOCALHOST.",
    "app.localhost",
    "printer.local",
    "metadata.google.internal",
    "router.home.arpa",
    "db.localdomain",
    "intranet",
    "intranet.",
  ]) {
    it(`blocks ${name}`, () => expect(checkHostName(name).ok).toBe(false));
  }
  for (const name of ["example.com", "localhost.example.com", "internal.example", "a.b.c.d.e"]) {
    it(`allows ${name}`, () => expect(checkHostName(name)).toEqual({ ok: true }));
  }
});

describe("URL rules", () => {
  const lookup = mapResolver({ "example.com": ["93.184.216.34"] }).lookup;

  const cases: Array<[string, SafeFetchErrorCode]> = [
    // Obfuscated loopback / private / public literals (WHATWG rewrites them all)
    ["http://0x7f.1/", "SSRF_BLOCKED"],
    ["http://0x7f000001/", "SSRF_BLOCKED"],
    ["http://017700000001/", "SSRF_BLOCKED"],
    ["http://0177.0.0.1/", "SSRF_BLOCKED"],
    ["http://127.1/", "SSRF_BLOCKED"],
    ["http://127.0.0.1./", "SSRF_BLOCKED"],
    ["http://%31%32%37.0.0.1/", "SSRF_BLOCKED"],
    ["http://１２７.０.０.１/", "SSRF_BLOCKED"],
    ["http://0.0.0.0/", "SSRF_BLOCKED"],
    ["http://[::]/", "SSRF_BLOCKED"],
    ["http://[0:0:0:0:0:ffff:127.0.0.1]/", "SSRF_BLOCKED"],
    ["http://[::ffff:a9fe:a9fe]/", "SSRF_BLOCKED"],
    ["http://[fd00:ec2::254]/", "SSRF_BLOCKED"],
    ["http://100.100.100.200/", "SSRF_BLOCKED"],
    ["http://168.63.129.16/", "SSRF_BLOCKED"],
    ["http://1572395042/", "SSRF_BLOCKED"], // 93.184.216.34 written as a number: not canonical
    ["http://0x5d.0xb8.0xd8.0x22/", "SSRF_BLOCKED"],
    // Local names, refused without a DNS query
    ["http://localhost/", "SSRF_BLOCKED"],
    ["http://LocalHost./", "SSRF_BLOCKED"],
    ["http://foo.localhost/", "SSRF_BLOCKED"],
    ["http://metadata.google.internal/computeMetadata/v1/", "SSRF_BLOCKED"],
    ["http://intranet/", "SSRF_BLOCKED"],
    // Ports
    ["http://example.com:8080/", "SSRF_BLOCKED"],
    ["https://example.com:6443/", "SSRF_BLOCKED"],
    ["http://93.184.216.34:25/", "SSRF_BLOCKED"],
    ["http://example.com:0/", "SSRF_BLOCKED"],
    ["http://93.184.216.34:0/", "SSRF_BLOCKED"],
    // Syntax and parser differentials
    ["", "INVALID_URL"],
    ["example.com", "INVALID_URL"],
    ["http://example.com/ ", "INVALID_URL"],
    ["http://exa\tmple.com/", "INVALID_URL"],
    ["http://example.com/\n", "INVALID_URL"],
    ["http://example.com\u200b/", "INVALID_URL"],
    ["http:\\\\example.com/", "INVALID_URL"],
    ["http:/example.com/", "INVALID_URL"],
    ["http:example.com/", "INVALID_URL"],
    ["http:///example.com/", "INVALID_URL"],
    ["http://@example.com/", "INVALID_URL"],
    ["http://:@example.com/", "INVALID_URL"],
    ["http://user@example.com/", "INVALID_URL"],
    ["http://[::1%25eth0]/", "INVALID_URL"],
    ["http://" + "a".repeat(5000) + ".com/", "INVALID_URL"],
    // Schemes
    ["data:text/html,<script>alert(1)</script>", "INVALID_URL"],
    ["javascript:alert(1)", "INVALID_URL"],
    ["ftp://example.com/", "INVALID_URL"],
    ["gopher://example.com:70/_x", "INVALID_URL"],
    ["ws://example.com/", "INVALID_URL"],
    ["blob:http://example.com/x", "INVALID_URL"],
  ];
  for (const [url, code] of cases) {
    it(`rejects ${JSON.stringify(url.slice(0, 80))} with ${code} before any connection`, async () => {
      const before = network.counterAccepted;
      const error = await safeFetch(url, { lookup }).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(SafeFetchError);
      expect((error as SafeFetchError).code).toBe(code);
      expect(["parse", "policy"]).toContain((error as SafeFetchError).stage);
      expect(network.counterAccepted).toBe(before);
      expect(network.swallowed).toEqual([]);
    });
  }

  it("never shows the resolved address to the user", async () => {
    const { lookup: internal } = mapResolver({ "db.example.com": ["10.20.30.40"] });
    const error = (await safeFetch("http://db.example.com/", { lookup: internal }).catch(
      (caught: unknown) => caught,
    )) as SafeFetchError;
    expect(error.code).toBe("SSRF_BLOCKED");
    expect(error.message).not.toContain("10.20.30.40");
    expect(error.detail).toContain("10.20.30.40");
  });
});

describe("host name length", () => {
  const label = (length: number) => "a".repeat(length);
  const tooLong = [
    `${label(64)}.example.com`, // one label over 63 characters
    `www.${label(64)}.com.`,
    [label(63), label(63), label(63), label(62)].join("."), // 254 characters
  ];
  for (const host of tooLong) {
    it(`rejects a ${host.length}-character name before any DNS lookup`, async () => {
      const lookup = vi.fn(mapResolver({}).lookup);
      const error = await safeFetch(`http://${host}/`, { lookup }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(SafeFetchError);
      expect(error).toMatchObject({ code: "INVALID_URL", stage: "parse" });
      expect(lookup).not.toHaveBeenCalled();
    });
  }

  it("lets the longest legal name and label through to DNS", async () => {
    const host = [label(63), label(63), label(63), label(61)].join("."); // 253 characters
    const lookup = vi.fn(mapResolver({}).lookup);
    for (const name of [host, `${host}.`]) {
      await expect(safeFetch(`http://${name}/`, { lookup })).rejects.toMatchObject({
        code: "DNS_FAILURE",
      });
    }
    expect(lookup).toHaveBeenCalledTimes(2);
  });
});

describe("allow-list configuration", () => {
  it("parses hosts, IPs and CIDRs and rejects typos", () => {
    const allow = parseAllowList([
      " 127.0.0.1 ",
      "10.0.0.0/8",
      "::1",
      "fd00::/8",
      "Intranet.Example.",
    ]);
    expect(allow.size).toBe(5);
    expect(isHostAllowListed(allow, "intranet.example", 443)).toBe(true);
    expect(() => parseAllowList(["10.0.0.0/33"])).toThrow(/CIDR/);
    expect(() => parseAllowList(["not a host"])).toThrow(/host/);
    expect(parseAllowList([]).size).toBe(0);
  });

  it("opens ports 80 and 443 only, unless an entry names its port", () => {
    const allow = parseAllowList([
      "127.0.0.1",
      "10.0.0.0/8:8080",
      "10.0.0.0/8:8081", // several ports: repeat the entry
      "[::1]:3000",
      "[fd00::/8]:3000",
      "[fe80::1]",
      "intranet.example:8443",
      "wiki.example",
    ]);
    const opens = (list: AllowList, address: string) =>
      [80, 443, 3000, 6379, 8080, 8081, 8443].filter((port) =>
        net.isIP(address)
          ? isAddressAllowListed(list, address, port)
          : isHostAllowListed(list, address, port),
      );
    expect(opens(allow, "127.0.0.1")).toEqual([80, 443]);
    expect(opens(allow, "10.1.2.3")).toEqual([8080, 8081]);
    expect(opens(allow, "::1")).toEqual([3000]);
    expect(opens(allow, "fd12::7")).toEqual([3000]);
    expect(opens(allow, "fe80::1")).toEqual([80, 443]);
    expect(opens(allow, "intranet.example")).toEqual([8443]);
    expect(opens(allow, "wiki.example")).toEqual([80, 443]);
    expect(opens(allow, "192.168.1.1")).toEqual([]);
  });

  const invalid: Array<[string, RegExp]> = [
    ["127.0.0.1:0", /port/],
    ["127.0.0.1:65536", /port/],
    ["127.0.0.1:99999", /port/],
    ["127.0.0.1:", /port/],
    ["127.0.0.1:80x", /port/],
    ["intranet.example:-1", /port/],
    ["10.0.0.0/8:0", /port/],
    ["[::1]:0", /port/],
    ["[::1]:", /port/],
    ["::1:3000", /\[::1\]:3000/], // a port on an unbracketed IPv6 address: say how to write it
    ["fd00::/8:3000", /bracket/],
    ["[::1]3000", /bracket/],
    ["[127.0.0.1]:80", /IPv6/],
    ["10.0.0.0/33:80", /CIDR/],
  ];
  for (const [entry, reason] of invalid) {
    it(`rejects the entry ${entry}, naming it`, () => {
      expect(() => parseAllowList([entry])).toThrow(reason);
      expect(() => parseAllowList(["127.0.0.1", entry])).toThrow(`"${entry}"`);
    });
  }

  it("reads ANALYZER_FETCH_ALLOW, comma-separated, empty by default", async () => {
    vi.resetModules();
    vi.stubEnv("ANALYZER_FETCH_ALLOW", "");
    expect((await import("../../src/fetch/env")).fetchEnv.ANALYZER_FETCH_ALLOW).toEqual([]);

    vi.resetModules();
    vi.stubEnv("ANALYZER_FETCH_ALLOW", "127.0.0.1, 10.0.0.0/8 ,intranet.example,");
    expect((await import("../../src/fetch/env")).fetchEnv.ANALYZER_FETCH_ALLOW).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "intranet.example",
    ]);

    vi.resetModules();
    vi.stubEnv(
      "ANALYZER_FETCH_ALLOW",
      "127.0.0.1:3000, [::1]:3000,10.0.0.0/8:8080,intranet.example:8443",
    );
    expect((await import("../../src/fetch/env")).fetchEnv.ANALYZER_FETCH_ALLOW).toEqual([
      "127.0.0.1:3000",
      "[::1]:3000",
      "10.0.0.0/8:8080",
      "intranet.example:8443",
    ]);

    vi.resetModules();
    vi.stubEnv("ANALYZER_FETCH_ALLOW", "10.0.0.0/99");
    await expect(import("../../src/fetch/env")).rejects.toThrow(/CIDR/);

    vi.resetModules();
    vi.stubEnv("ANALYZER_FETCH_ALLOW", "127.0.0.1,127.0.0.1:99999");
    await expect(import("../../src/fetch/env")).rejects.toThrow(/127\.0\.0\.1:99999.*port/);
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("is used by safeFetch when the caller passes no allow option", async () => {
    const http = await import("node:http");
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<p>local</p>");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const configured = async (value: string) => {
      vi.resetModules();
      vi.stubEnv("ANALYZER_FETCH_ALLOW", value);
      return (await import("../../src/fetch")).safeFetch(`http://127.0.0.1:${port}/`);
    };
    try {
      expect((await configured(`127.0.0.1:${port}`)).body).toBe("<p>local</p>");
      // Without the port the entry opens 80 and 443 only.
      await expect(configured("127.0.0.1")).rejects.toMatchObject({
        code: "SSRF_BLOCKED",
        stage: "policy",
      });
    } finally {
      server.close();
      vi.unstubAllEnvs();
      vi.resetModules();
    }
    // Without configuration the same URL is refused.
    await expect(safeFetch(`http://127.0.0.1:${port}/`)).rejects.toMatchObject({
      code: "SSRF_BLOCKED",
    });
  });
});

describe("the guarded connector on its own", () => {
  /** Calls the undici connector directly, as undici would, and returns its error. */
  function connectWith(
    hostname: string,
    lookup: LookupFunction,
    port = "",
    allow: AllowList = EMPTY_ALLOW_LIST,
  ) {
    const connect = createGuardedConnector({
      allow,
      lookup,
      connectTimeoutMs: 1_000,
      signal: new AbortController().signal,
      onConnect: () => {},
    });
    return new Promise<Error | null>((resolve) => {
      connect({ hostname, protocol: "http:", port }, (error, socket) => {
        socket?.destroy();
        resolve(error);
      });
    });
  }
  const never: LookupFunction = () => Promise.reject(new Error("lookup must not be called"));

  for (const literal of ["127.0.0.1", "[::1]", "::ffff:7f00:1", "0.0.0.0", "169.254.169.254"]) {
    it(`refuses the IP literal ${literal} without a lookup (Node would skip it)`, async () => {
      const error = await connectWith(literal, never);
      expect(error).toMatchObject({ code: "SSRF_BLOCKED", stage: "connect" });
      expect(network.counterAccepted).toBe(0);
    });
  }

  it("checks every address of the answer, not just the first", async () => {
    const lookup = mapResolver({ "mixed.test": ["93.184.216.34", "10.0.0.1"] }).lookup;
    const error = await connectWith("mixed.test", lookup);
    expect(error).toMatchObject({ code: "SSRF_BLOCKED", stage: "connect" });
  });

  it("refuses a non-web port for a public address", async () => {
    const lookup = mapResolver({ "site.test": ["93.184.216.34"] }).lookup;
    const error = await connectWith("site.test", lookup, "22");
    expect(error).toMatchObject({ code: "SSRF_BLOCKED", stage: "connect" });
  });

  it("opens an allow-listed address only on the ports its entry names", async () => {
    const before = network.counterAccepted;
    const allow = parseAllowList(["127.0.0.1"]);
    expect(await connectWith("127.0.0.1", never, "6379", allow)).toMatchObject({
      code: "SSRF_BLOCKED",
      stage: "connect",
      detail: "port 6379",
    });
    expect(network.counterAccepted).toBe(before);
    // Port 80 is open (the test network sends loopback:80 to the counting listener).
    expect(await connectWith("127.0.0.1", never, "", allow)).toBeNull();
    await vi.waitFor(() => expect(network.counterAccepted).toBe(before + 1));
  });

  it("refuses port 0 instead of dialling the default port", async () => {
    const before = network.counterAccepted;
    const error = await connectWith("127.0.0.1", never, "0", parseAllowList(["127.0.0.1"]));
    expect(error).toMatchObject({ code: "SSRF_BLOCKED", stage: "connect", detail: "port 0" });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(network.counterAccepted).toBe(before);
  });

  it("fails closed when the lookup fails", async () => {
    const error = await connectWith("nothing.test", mapResolver({}).lookup);
    expect(error).toMatchObject({ code: "DNS_FAILURE", stage: "connect" });
  });
});
