/**
 * A loopback-only network for the fetch tests — the seatbelt that makes a guard bug FAIL a test
 * instead of sending traffic anywhere.
 *
 * Installed on import, for this test process, below safeFetch and undici:
 * - `net.Socket.prototype.connect` (every TCP/TLS socket, whoever opens it) accepts only IP
 *   literals. Loopback goes through; anything else is refused by throwing before a packet leaves,
 *   and recorded in `refused` — unless the test declared it:
 *     - `emulate(ip, port, localPort)`: a "public" address played by a 127.0.0.1 server, so
 *       allowed cases run end to end under the production policy (no allow-list);
 *     - `blackhole(ip)`: the connect is swallowed and never completes (a host that drops SYNs).
 *   Loopback-like addresses on ports 80/443 (127/8, ::1, ::ffff:127.x, ::127.x, 0.0.0.0, ::) are
 *   sent to the counting listener, so "zero connections reached loopback" is measurable.
 * - `dns.lookup` / `dns.promises.lookup` throw: tests never depend on real DNS.
 */
import dns from "node:dns";
import net from "node:net";

export class NetworkGuardError extends Error {
  override readonly name = "NetworkGuardError";
  readonly code = "E_TEST_NETWORK_REFUSED";
}

interface Attempt {
  host: string;
  port: number;
}

interface State {
  installed: boolean;
  refused: Attempt[];
  swallowed: Attempt[];
  dnsQueries: string[];
  emulated: Map<string, number>;
  blackholes: Set<string>;
  counterPort: number | undefined;
  counterAccepted: number;
}

const STATE_KEY = Symbol.for("arco.analyzer.test.network");
const globalState = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (globalState[STATE_KEY] ??= {
  installed: false,
  refused: [],
  swallowed: [],
  dnsQueries: [],
  emulated: new Map(),
  blackholes: new Set(),
  counterPort: undefined,
  counterAccepted: 0,
});

/** Addresses that reach this machine's own listeners. */
function isLoopbackLike(ip: string): boolean {
  const lower = ip.toLowerCase();
  if (net.isIPv4(lower)) return lower.startsWith("127.") || lower === "0.0.0.0";
  if (lower === "::1" || lower === "::") return true;
  // ::ffff:127.x.y.z / ::127.x.y.z in any spelling: normalise through the URL parser.
  const normal = new URL(`http://[${lower}]/`).hostname;
  return /^\[::(ffff:)?7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(normal);
}

const key = (host: string, port: number) => `${host.toLowerCase()}|${port}`;

type Connect = typeof net.Socket.prototype.connect;

function install() {
  if (state.installed) return;
  state.installed = true;

  const original: Connect = net.Socket.prototype.connect;
  const guarded = function (this: net.Socket, ...args: unknown[]) {
    let options: Record<string, unknown>;
    const first = args[0];
    if (Array.isArray(first) && typeof first[0] === "object" && first[0] !== null) {
      options = first[0] as Record<string, unknown>; // net.connect()'s normalised arguments
    } else if (typeof first === "object" && first !== null) {
      options = first as Record<string, unknown>;
    } else if (typeof first === "string" && Number.isNaN(Number(first))) {
      return original.apply(this, args as Parameters<Connect>); // unix socket path: not network
    } else {
      const host = typeof args[1] === "string" ? args[1] : "localhost";
      options = { port: Number(first), host };
      args = [options, ...args.slice(typeof args[1] === "string" ? 2 : 1)];
    }
    if (typeof options.path === "string") return original.apply(this, args as Parameters<Connect>);

    let host = String(options.host ?? "localhost");
    if (host === "localhost") host = "127.0.0.1";
    const port = Number(options.port);

    if (net.isIP(host) === 0) {
      // safeFetch's connector only ever connects to checked IP literals; a name here is a bug.
      state.refused.push({ host, port });
      throw new NetworkGuardError(`test network: refused a connection by name (${host}:${port})`);
    }
    const emulated = state.emulated.get(key(host, port));
    if (emulated !== undefined) {
      options.host = "127.0.0.1";
      options.port = emulated;
      delete options.lookup;
    } else if (state.blackholes.has(host.toLowerCase())) {
      state.swallowed.push({ host, port });
      return this; // the SYN is "dropped": the socket never connects
    } else if (isLoopbackLike(host)) {
      if ((port === 80 || port === 443) && state.counterPort !== undefined) {
        options.host = "127.0.0.1";
        options.port = state.counterPort;
      }
    } else {
      state.refused.push({ host, port });
      throw new NetworkGuardError(`test network: refused a connection to ${host}:${port}`);
    }
    return original.apply(this, args as Parameters<Connect>);
  };
  net.Socket.prototype.connect = guarded as Connect;

  // IP literals resolve locally (server.listen("127.0.0.1") uses lookup); names are refused.
  const refuseDns = (hostname: unknown) => {
    state.dnsQueries.push(String(hostname));
    return new NetworkGuardError(`test network: real DNS lookup of ${String(hostname)} refused`);
  };
  const originalLookup = dns.lookup;
  const originalPromiseLookup = dns.promises.lookup;
  dns.lookup = function (hostname: string, ...rest: unknown[]) {
    if (net.isIP(hostname) !== 0) {
      return (originalLookup as (...args: unknown[]) => void)(hostname, ...rest);
    }
    throw refuseDns(hostname);
  } as unknown as typeof dns.lookup;
  dns.promises.lookup = function (hostname: string, ...rest: unknown[]) {
    if (net.isIP(hostname) !== 0) {
      return (originalPromiseLookup as (...args: unknown[]) => Promise<unknown>)(hostname, ...rest);
    }
    return Promise.reject(refuseDns(hostname));
  } as unknown as typeof dns.promises.lookup;
}

install();

let counter: net.Server | undefined;

/**
 * The test network for one test file. `start()` opens the counting listener on 127.0.0.1 (and
 * zeroes its count).
 */
export const network = {
  async start() {
    state.counterAccepted = 0;
    if (counter) return;
    counter = net.createServer((socket) => {
      state.counterAccepted += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => counter!.listen(0, "127.0.0.1", resolve));
    state.counterPort = (counter.address() as net.AddressInfo).port;
  },
  async stop() {
    const server = counter;
    counter = undefined;
    state.counterPort = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  },
  /** Connections the counting listener accepted (anything that reached loopback:80/443). */
  get counterAccepted() {
    return state.counterAccepted;
  },
  /** Non-loopback connection attempts refused by the guard (must stay empty). */
  get refused(): readonly Attempt[] {
    return state.refused;
  },
  /** Connections to black-holed addresses, swallowed without any traffic. */
  get swallowed(): readonly Attempt[] {
    return state.swallowed;
  },
  /** Real DNS lookups attempted (refused). */
  get dnsQueries(): readonly string[] {
    return state.dnsQueries;
  },
  /** Plays the public address `ip:port` with the local server on 127.0.0.1:`localPort`. */
  emulate(ip: string, port: number, localPort: number) {
    state.emulated.set(key(ip, port), localPort);
  },
  blackhole(ip: string) {
    state.blackholes.add(ip.toLowerCase());
  },
  /** Forgets emulations, black holes and logs (the counter keeps counting). */
  reset() {
    state.emulated.clear();
    state.blackholes.clear();
    state.refused.length = 0;
    state.swallowed.length = 0;
    state.dnsQueries.length = 0;
  },
  isLoopbackLike,
};
