/**
 * A TCP relay in front of Postgres that counts the statements clients send through it: each
 * simple-protocol Query ('Q') and each extended-protocol Execute ('E') message. The count is
 * the database's own view, whatever driver or ORM an app uses. Used only while counting: a
 * relay in the middle would add its own cost to the timed runs.
 */
import { createConnection, createServer } from "node:net";
import type { Socket } from "node:net";
import type { AddressInfo } from "node:net";

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Reads the client's messages from the stream as it arrives; counts statements. */
function messageReader(onStatement: () => void) {
  let buffered = Buffer.alloc(0);
  let started = false;
  return (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      if (!started) {
        // Untyped startup packets: SSL/GSS requests (answered "N" by a server without TLS),
        // then the startup message itself.
        if (buffered.length < 8) return;
        const length = buffered.readInt32BE(0);
        if (buffered.length < length) return;
        const code = buffered.readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) started = true;
        buffered = buffered.subarray(length);
        continue;
      }
      if (buffered.length < 5) return;
      const length = buffered.readInt32BE(1) + 1;
      if (buffered.length < length) return;
      const type = String.fromCharCode(buffered[0]!);
      if (type === "Q" || type === "E") onStatement();
      buffered = buffered.subarray(length);
    }
  };
}

export async function startStatementCounter(target: { host: string; port: number }) {
  let statements = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection(target);
    sockets.add(client).add(upstream);
    const read = messageReader(() => statements++);
    client.on("data", (chunk) => {
      read(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", close).on("error", close);
    upstream.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    statements: () => statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
