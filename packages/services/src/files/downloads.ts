import { ObjectNotFoundError } from "@arco/storage";
import { createHmac, timingSafeEqual } from "node:crypto";

import type { OrgScope } from "../context";
import { notFound, ServiceError } from "../errors";
import { loadFile } from "./access";

/** How long a download link works. */
export const DOWNLOAD_TTL_SECONDS = 5 * 60;

const signatureOf = (secret: string, id: string, expires: number) =>
  createHmac("sha256", secret).update(`arco.files.download\n${id}\n${expires}`).digest("base64url");

/**
 * A short-lived link to download a file: `/api/files/<id>/download?expires=…&signature=…`, the
 * signature an HMAC of the id and expiry. The link alone is not enough: the download also checks
 * that the person is signed in and working in the file's organization.
 */
export function signDownload({
  id,
  secret,
  now = new Date(),
  ttlSeconds = DOWNLOAD_TTL_SECONDS,
}: {
  id: string;
  secret: string;
  now?: Date;
  ttlSeconds?: number;
}) {
  const expires = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const query = new URLSearchParams({
    expires: String(expires),
    signature: signatureOf(secret, id, expires),
  });
  return {
    url: `/api/files/${encodeURIComponent(id)}/download?${query}`,
    expiresAt: new Date(expires * 1000),
  };
}

/** True when `signature` was made for this id and expiry with `secret`, and has not expired. */
export function verifyDownload({
  id,
  expires,
  signature,
  secret,
  now = new Date(),
}: {
  id: string;
  expires: string | null;
  signature: string | null;
  secret: string;
  now?: Date;
}) {
  if (!expires || !signature || !/^\d{1,12}$/.test(expires)) return false;
  const expected = Buffer.from(signatureOf(secret, id, Number(expires)));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false;
  return Number(expires) * 1000 > now.getTime();
}

/** A link that downloads one of the organization's files for the next few minutes. */
export async function downloadLink(
  scope: OrgScope,
  { id, secret }: { id: string; secret: string },
) {
  const file = await loadFile(scope.db, scope.orgId, id);
  return signDownload({ id: file.id, secret, now: scope.now() });
}

interface DownloadRequest {
  id: string;
  expires: string | null;
  signature: string | null;
  secret: string;
}

/** How long a presigned URL on the store works: long enough to start the download. */
const PRESIGNED_TTL_SECONDS = 60;

/**
 * The file a download link opens for someone whose current organization is `orgId`: checks the
 * link, then that the file belongs to that organization (NOT_FOUND otherwise).
 */
async function authorizeDownload(
  scope: OrgScope,
  { id, expires, signature, secret }: DownloadRequest,
) {
  if (!verifyDownload({ id, expires, signature, secret, now: scope.now() })) {
    throw new ServiceError(
      "FORBIDDEN",
      "This download link has expired or is not valid. Go back to Files and download again.",
    );
  }
  return loadFile(scope.db, scope.orgId, id);
}

/** Opens a file for download, after the checks of `authorizeDownload`. */
export async function openDownload(scope: OrgScope, request: DownloadRequest) {
  const file = await authorizeDownload(scope, request);
  try {
    const object = await scope.deps.store.get(file.storageKey);
    return { file, body: object.body, size: object.size };
  } catch (error) {
    if (error instanceof ObjectNotFoundError) throw notFound("File");
    throw error;
  }
}

/**
 * Where to send the browser for the bytes, when the store presigns URLs (S3 with presigned
 * downloads): the same checks as `openDownload`, then a URL on the store valid for a minute.
 * Null when the store does not presign: the app streams the file itself.
 */
export async function presignedDownload(scope: OrgScope, request: DownloadRequest) {
  const { store } = scope.deps;
  if (!store.presignDownload) return null;
  const file = await authorizeDownload(scope, request);
  return store.presignDownload(file.storageKey, {
    contentType: file.mimeType,
    contentDisposition: contentDisposition(file.name),
    expiresInSeconds: PRESIGNED_TTL_SECONDS,
  });
}

/** `Content-Disposition` for a download, with an ASCII fallback and the RFC 5987 UTF-8 name. */
export function contentDisposition(name: string) {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
