import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** How long `/slow/…` pages take to answer: long enough to watch the analysis progress. */
export const SLOW_PAGE_DELAY_MS = 2_500;

const page = readFileSync(path.join(import.meta.dirname, "fixtures/sample-page.html"));

/**
 * The website the browser tests analyze, on 127.0.0.1 (the app may fetch it because the e2e
 * server runs with ANALYZER_FETCH_ALLOW=127.0.0.1). Every path serves the same page, which has
 * known problems (images without alt text, no meta description); `/slow/…` answers after a
 * pause, `/data.json` is not a web page.
 */
export async function startSite() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://site.invalid");
    if (url.pathname === "/robots.txt") {
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      response.end("User-agent: *\nAllow: /\n");
      return;
    }
    if (url.pathname === "/data.json") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"not":"a page"}');
      return;
    }
    const send = () => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(page);
    };
    if (url.pathname.startsWith("/slow/")) setTimeout(send, SLOW_PAGE_DELAY_MS);
    else send();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
