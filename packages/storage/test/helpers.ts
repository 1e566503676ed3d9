import { Readable } from "node:stream";

export async function readAll(body: Readable) {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export const streamOf = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));
