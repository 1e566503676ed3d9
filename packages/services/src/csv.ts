/**
 * CSV for the admin exports (the audit log, the leads): RFC 4180 quoting, and cells a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) prefixed
 * with an apostrophe so a hostile value stays text.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value == null) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, ended with CRLF as RFC 4180 asks. */
export const csvLine = (cells: readonly CsvValue[]) => `${cells.map(csvCell).join(",")}\r\n`;

/**
 * A CSV document streamed from `rows` (an async source read page by page, so an export of a
 * million rows never sits in memory), with a byte order mark so spreadsheets read UTF-8.
 */
export function csvStream<R>(
  header: readonly string[],
  rows: AsyncIterable<R>,
  cells: (row: R) => readonly CsvValue[],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
        return;
      }
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvLine(cells(next.value))));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
