import { ServiceError } from "../errors";

/** Control characters, and the bidirectional overrides that disguise an extension. */
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const SEPARATORS = /[/\\]/g;

export const MAX_FILE_NAME = 200;
export const MAX_FOLDER_NAME = 100;

function clean(input: string) {
  return input.replace(UNSAFE, "").replace(SEPARATORS, "-").replace(/\s+/g, " ").trim();
}

/**
 * A file name safe to store and to show: path separators become "-", control characters go,
 * spaces are trimmed, at most 200 characters (the extension is kept when shortening), and
 * never empty ("file", or "file.ext" when only an extension is left).
 */
export function sanitizeFileName(input: string) {
  let name = clean(input);
  if (name === "" || name === "." || name === "..") return "file";
  if (name.startsWith(".") && !name.slice(1).includes(".")) name = `file${name}`;
  if (name.length <= MAX_FILE_NAME) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 20 ? name.slice(dot) : "";
  // Cutting can split an emoji's surrogate pair; the broken half becomes U+FFFD.
  return (name.slice(0, MAX_FILE_NAME - extension.length).trimEnd() + extension).toWellFormed();
}

/** Folder names follow the same rules, shorter, and must say something. */
export function sanitizeFolderName(input: string) {
  const name = clean(input).slice(0, MAX_FOLDER_NAME).trim().toWellFormed();
  if (name === "" || name === "." || name === "..") {
    throw new ServiceError("BAD_REQUEST", "Enter a folder name.");
  }
  return name;
}

const units = ["bytes", "KB", "MB", "GB", "TB"] as const;

/**
 * "0 bytes", "980 KB", "1.2 GB", in binary multiples: the plans' limits are 5, 25 and 100 GB of
 * 1024³ bytes, and must read as round numbers.
 */
export function formatBytes(bytes: number) {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits).replace(/\.0$/, "")} ${units[unit]}`;
}

/** Postgres unique violation, whether or not the driver error is wrapped. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}
