/**
 * Serves the analyzer corpus on 127.0.0.1 exactly as it was audited by Lighthouse
 * (tools/serve.mjs, host mode): `http://pNNN.localhost:PORT/` is page NNN on its own origin,
 * with its headers.json applied to the document and its robots.txt at /robots.txt (404 when
 * absent). Default document headers: `Content-Type: text/html` (no charset) and
 * `Cache-Control: no-store`. Other paths serve files from the page folder or 404.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".htm": "text/html",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".txt": "text/plain",
};

interface PageConfig {
  status?: number;
  headers?: Record<string, string>;
}

function readConfig(file: string): PageConfig | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as PageConfig;
  } catch {
    return null;
  }
}

export interface CorpusServer {
  port: number;
  /** Requests served, by page id. */
  requests: Map<string, number>;
  close(): Promise<void>;
}

export async function startCorpusServer(pagesDir: string): Promise<CorpusServer> {
  const root = path.resolve(pagesDir);
  const requests = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const host = (req.headers.host ?? "").split(":")[0]?.toLowerCase() ?? "";
    const match = /^p([A-Za-z0-9_-]+)\.localhost$/.exec(host);
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const pageId = match?.[1];
    const pageDir = pageId ? path.join(root, pageId) : "";
    if (!pageId || !pageDir.startsWith(root + path.sep) || !fs.existsSync(pageDir)) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("no such page");
      return;
    }
    requests.set(pageId, (requests.get(pageId) ?? 0) + 1);
    const isMain = pathname === "/" || pathname === "/index.html";
    const file = isMain ? path.join(pageDir, "index.html") : path.join(pageDir, pathname);
    if (!file.startsWith(pageDir) || pathname === "/headers.json") {
      res.writeHead(404).end();
      return;
    }
    let body: Buffer;
    try {
      if (!fs.statSync(file).isFile()) throw new Error("not a file");
      body = fs.readFileSync(file);
    } catch {
      res
        .writeHead(404, { "Content-Type": "text/plain", "Cache-Control": "no-store" })
        .end("not found");
      return;
    }
    const headers: Record<string, string | number> = {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "Cache-Control": "no-store",
      "Content-Length": body.length,
    };
    let status = 200;
    if (isMain) {
      const cfg = readConfig(path.join(pageDir, "headers.json"));
      if (cfg?.status) status = cfg.status;
      for (const [name, value] of Object.entries(cfg?.headers ?? {})) {
        for (const existing of Object.keys(headers)) {
          if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
        }
        headers[name] = value;
      }
    }
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
