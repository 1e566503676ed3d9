import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { resolveDataDir } from "@arco/db";

import { env } from "./env";

/**
 * The mail drop: without an email provider, each message is also written whole to a folder on
 * the server (`<time>-<id>.txt` and `.html`), the way a developer or operator with access to the
 * machine reads it. The outbox staff read in the app keeps a copy without single-use links.
 */
export interface DroppedMail {
  to: string;
  subject: string;
  template: string;
  text: string;
  html: string;
}

const HEADER_END = "\n\n";

export async function dropMail(dir: string, id: string, mail: DroppedMail & { from: string }) {
  await mkdir(dir, { recursive: true });
  const base = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${id}`);
  const headers = [
    `To: ${mail.to}`,
    `From: ${mail.from}`,
    `Subject: ${mail.subject}`,
    `Template: ${mail.template}`,
  ];
  await Promise.all([
    writeFile(`${base}.txt`, `${headers.join("\n")}${HEADER_END}${mail.text}\n`),
    writeFile(`${base}.html`, mail.html),
  ]);
  return `${base}.txt`;
}

/** The folder configured by EMAIL_DROP_DIR. */
export const configuredDropDir = () => resolveDataDir(env.EMAIL_DROP_DIR);

/**
 * The newest dropped message to `to` (of `template`, when given), or null: for tests and tools
 * that play the recipient.
 */
export async function latestDroppedMail(
  to: string,
  { dir = configuredDropDir(), template }: { dir?: string; template?: string } = {},
): Promise<DroppedMail | null> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .reverse()) {
    const file = await readFile(path.join(dir, name), "utf8");
    const split = file.indexOf(HEADER_END);
    const headers = Object.fromEntries(
      file
        .slice(0, split)
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
    );
    if (headers.To?.toLowerCase() !== to.toLowerCase()) continue;
    if (template && headers.Template !== template) continue;
    return {
      to: headers.To,
      subject: headers.Subject ?? "",
      template: headers.Template ?? "",
      text: file.slice(split + HEADER_END.length).trimEnd(),
      html: await readFile(path.join(dir, name.replace(/\.txt$/, ".html")), "utf8"),
    };
  }
  return null;
}
