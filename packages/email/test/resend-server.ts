import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export interface FakeResend {
  baseUrl: string;
  requests: RecordedRequest[];
  /** The answer to the next requests: status and JSON body. */
  answer(status: number, body: unknown): void;
  close(): Promise<void>;
}

/** A stand-in for the Resend API on 127.0.0.1 that records what the SDK sends. */
export async function startFakeResend(): Promise<FakeResend> {
  const requests: RecordedRequest[] = [];
  let reply = { status: 200, body: {} as unknown };
  let sent = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
      });
      sent += 1;
      const body = reply.status === 200 ? { id: `re_test_${sent}` } : reply.body;
      res.writeHead(reply.status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    answer(status, body) {
      reply = { status, body };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
