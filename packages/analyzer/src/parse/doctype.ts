/**
 * Document mode (no-quirks / limited-quirks / quirks) and the DOCTYPE node, exactly as an HTML5
 * parser decides them. The mode only depends on what precedes and forms the doctype token, so
 * parse5 only parses the prefix of the document up to the end of the first `<!doctype …>`.
 */
import { parse } from "parse5";

export interface DoctypeInfo {
  /** `document.doctype`, or null when the parser produced none. */
  doctype: { name: string; publicId: string; systemId: string } | null;
  mode: "no-quirks" | "limited-quirks" | "quirks";
}

export function readDoctype(source: string): DoctypeInfo {
  // A browser's decoder consumes the byte-order mark before the tokenizer runs.
  const html = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const start = html.search(/<!doctype/i);
  // No doctype token anywhere: quirks mode, no doctype node. Parse a short prefix anyway so
  // odd leading content is handled by the real algorithm.
  const end = start === -1 ? Math.min(html.length, 256) : html.indexOf(">", start);
  const prefix = end === -1 ? html : html.slice(0, end + 1);
  const doc = parse(prefix);
  let doctype: DoctypeInfo["doctype"] = null;
  for (const node of doc.childNodes) {
    if (node.nodeName === "#documentType") {
      const dt = node as unknown as {
        name: string;
        publicId: string | null;
        systemId: string | null;
      };
      doctype = { name: dt.name, publicId: dt.publicId ?? "", systemId: dt.systemId ?? "" };
      break;
    }
  }
  return { doctype, mode: doc.mode as DoctypeInfo["mode"] };
}
