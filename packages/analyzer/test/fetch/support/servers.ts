/** Local HTTP servers on 127.0.0.1 playing the hostile (and the ordinary) web servers. */
import { readFileSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import type { AddressInfo, Socket } from "node:net";
import tls from "node:tls";
import { Readable } from "node:stream";
import zlib from "node:zlib";

export interface TestServer {
  port: number;
  /** Requests received, in order ("GET /path"). */
  requests: string[];
  /** TCP connections accepted. */
  connections(): number;
  close(): Promise<void>;
}

export async function startServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<TestServer> {
  const requests: string[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  server.on("connection", () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/tls/${name}`, import.meta.url));
export const TEST_CERT = fixture("cert.pem").toString();
const TEST_KEY = fixture("key.pem").toString();

/** Trusts the test certificate in this process (default CAs kept). */
export function trustTestCertificate() {
  tls.setDefaultCACertificates([...tls.getCACertificates("default"), TEST_CERT]);
}

/**
 * An HTTPS server offering HTTP/2 and HTTP/1.1 (ALPN) with the test certificate. The handler gets
 * the HTTP/1-compatible request/response objects.
 */
export async function startTlsServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): Promise<TestServer> {
  const requests: string[] = [];
  let connections = 0;
  const sockets = new Set<Socket>();
  const server = http2.createSecureServer(
    { key: TEST_KEY, cert: TEST_CERT, allowHTTP1: true },
    (req, res) => {
      requests.push(`${req.method} ${req.url}`);
      handler(req as unknown as http.IncomingMessage, res as unknown as http.ServerResponse);
    },
  );
  server.on("secureConnection", (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `total` zero bytes, produced lazily in 64 KiB chunks (nothing big is held in memory). */
export function zeros(total: number): Readable {
  let left = total;
  const chunk = Buffer.alloc(64 * 1024);
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const size = Math.min(left, chunk.length);
      left -= size;
      this.push(size === chunk.length ? chunk : chunk.subarray(0, size));
    },
  });
}

export function compressor(encoding: string): NodeJS.ReadWriteStream {
  switch (encoding) {
    case "gzip":
      return zlib.createGzip({ level: 9 });
    case "deflate":
      return zlib.createDeflate({ level: 9 });
    case "br":
      return zlib.createBrotliCompress();
    case "zstd":
      return zlib.createZstdCompress();
    default:
      throw new Error(`no compressor for ${encoding}`);
  }
}

/** Streams `bytes` zeros compressed with `encoding`, stopping when the client goes away. */
export function sendBomb(
  res: http.ServerResponse,
  encoding: string,
  bytes: number,
  contentType = "text/html",
) {
  res.writeHead(200, { "content-type": contentType, "content-encoding": encoding });
  const source = zeros(bytes);
  const packer = compressor(encoding);
  res.on("close", () => {
    source.destroy();
    (packer as unknown as Readable).destroy();
  });
  source.pipe(packer).pipe(res);
}

/** Sends headers, then one byte every `intervalMs`, forever (until the client leaves). */
export function drip(res: http.ServerResponse, contentType = "text/html", intervalMs = 1000) {
  res.writeHead(200, { "content-type": contentType });
  res.write("<");
  const timer = setInterval(() => res.write("x"), intervalMs);
  res.on("close", () => clearInterval(timer));
}

/** The `server` field of an ssrf case. */
export interface CaseServerSpec {
  status?: number;
  location?: string;
  contentType?: string;
  contentEncoding?: string;
  decompressedBytes?: number;
  bodyBytes?: number;
  dripBytesPerSecond?: number;
  headerBytes?: number;
  dropSyn?: boolean;
}

/** Plays one case's server behaviour; a request without a spec gets a small HTML page. */
export function serveCase(
  spec: CaseServerSpec | undefined,
  req: http.IncomingMessage,
  res: http.ServerResponse,
) {
  if (!spec) {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><html><head><title>Example Domain</title></head><body></body></html>");
    return;
  }
  const status = spec.status ?? 200;
  if (spec.location !== undefined) {
    res.writeHead(status, { location: spec.location, "content-type": "text/html" });
    res.end(`<a href="${spec.location}">moved</a>`);
    return;
  }
  if (spec.decompressedBytes !== undefined) {
    sendBomb(res, spec.contentEncoding ?? "gzip", spec.decompressedBytes, spec.contentType);
    return;
  }
  if (spec.dripBytesPerSecond !== undefined) {
    drip(res, spec.contentType, 1000 / spec.dripBytesPerSecond);
    return;
  }
  if (spec.bodyBytes !== undefined) {
    res.writeHead(status, {
      "content-type": spec.contentType ?? "text/html",
      "content-length": String(spec.bodyBytes),
    });
    const source = zeros(spec.bodyBytes);
    res.on("close", () => source.destroy());
    source.pipe(res);
    return;
  }
  if (spec.headerBytes !== undefined) {
    res.writeHead(status, {
      "content-type": spec.contentType ?? "text/html",
      "x-filler": "a".repeat(spec.headerBytes),
    });
    res.end("<p>big headers</p>");
    return;
  }
  res.writeHead(status, { "content-type": spec.contentType ?? "text/html" });
  res.end(req.method === "HEAD" ? undefined : "\u0000\u0001binary\u0002");
}
