import { fileTypeFromBuffer } from "file-type";

/** How many leading bytes content sniffing needs. */
export const SNIFF_BYTES = 4100;

/** Text formats recognised by extension when the bytes carry no signature. */
const TEXT_TYPES: Record<string, string> = {
  txt: "text/plain",
  md: "text/markdown",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  json: "application/json",
  log: "text/plain",
  yml: "text/yaml",
  yaml: "text/yaml",
};

/** Types safe to hand back as they are; anything else is served as a download of bytes. */
const TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/;

/**
 * The content type of a file, from its first bytes (magic numbers), else from a short list of
 * text extensions, else `application/octet-stream`. The browser's declared type is never used.
 * Text types are only chosen for bytes that look like text (no NUL byte).
 */
export async function detectContentType(head: Uint8Array, fileName: string) {
  const sniffed = await fileTypeFromBuffer(head).catch(() => undefined);
  if (sniffed && TYPE.test(sniffed.mime)) return sniffed.mime;
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const text = extension ? TEXT_TYPES[extension] : undefined;
  if (text && !head.includes(0)) return text;
  return "application/octet-stream";
}
