import { storageItems } from "@arco/db/schema";
import { createMeter, detectContentType, TooManyBytesError } from "@arco/storage";
import { and, eq, isNull } from "drizzle-orm";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

import { recordAudit } from "../audit";
import type { OrgScope } from "../context";
import { notFound, ServiceError } from "../errors";
import { loadFolder } from "./access";
import { formatBytes, sanitizeFileName } from "./names";
import { deleteObjects } from "./objects";
import { releaseStorage, reserveStorage, storageLimitOf } from "./quota";

/** The largest single file, unless the caller says otherwise. */
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;

export interface BeginUpload {
  name: string;
  declaredSize: number;
  folderId?: string | null;
  maxFileBytes?: number;
}

/**
 * Step 1: reserves `declaredSize` bytes of the quota (one guarded UPDATE) and records a pending
 * file with a server-generated object key. The bytes are then stored under that key.
 */
export async function beginUpload(scope: OrgScope, input: BeginUpload) {
  const { db, actor, orgId } = scope;
  const { declaredSize, maxFileBytes = DEFAULT_MAX_FILE_BYTES } = input;
  if (!Number.isSafeInteger(declaredSize) || declaredSize <= 0) {
    throw new ServiceError("BAD_REQUEST", "This file is empty. Choose a file with content.");
  }
  if (declaredSize > maxFileBytes) {
    throw new ServiceError(
      "BAD_REQUEST",
      `Files can be at most ${formatBytes(maxFileBytes)}; this one is ${formatBytes(declaredSize)}.`,
    );
  }
  const name = sanitizeFileName(input.name);
  return db.transaction(async (tx) => {
    const folder = input.folderId ? await loadFolder(tx, orgId, input.folderId) : null;
    const limitBytes = await storageLimitOf(tx, orgId);
    await reserveStorage(tx, { orgId, bytes: declaredSize, limitBytes });
    const id = crypto.randomUUID();
    const [item] = await tx
      .insert(storageItems)
      .values({
        id,
        orgId,
        folderId: folder?.id ?? null,
        name,
        storageKey: `${orgId}/${id}`,
        sizeBytes: declaredSize,
        uploadedById: actor.userId,
        status: "pending",
      })
      .returning();
    return item!;
  });
}

/**
 * Step 2, once the bytes are stored: the real size (never more than declared; the difference is
 * released), the SHA-256 and the sniffed content type; the file becomes visible.
 */
export async function completeUpload(
  scope: OrgScope,
  { id, size, sha256, head }: { id: string; size: number; sha256: string; head: Uint8Array },
) {
  const { db, actor, orgId } = scope;
  return db.transaction(async (tx) => {
    const [item] = await tx
      .select()
      .from(storageItems)
      .where(
        and(
          eq(storageItems.id, id),
          eq(storageItems.orgId, orgId),
          eq(storageItems.status, "pending"),
          isNull(storageItems.deletedAt),
        ),
      )
      .for("update");
    if (!item) throw notFound("Upload");
    if (size <= 0) throw new ServiceError("BAD_REQUEST", "This file is empty.");
    if (size > item.sizeBytes) {
      throw new ServiceError("BAD_REQUEST", "The file is larger than the size announced for it.");
    }
    await releaseStorage(tx, { orgId, bytes: item.sizeBytes - size });
    const mimeType = await detectContentType(head, item.name);
    await tx
      .update(storageItems)
      .set({ status: "ready", sizeBytes: size, sha256, mimeType, updatedAt: new Date() })
      .where(eq(storageItems.id, item.id));
    await recordAudit(tx, actor, {
      orgId,
      action: "files.upload",
      resourceType: "storage_item",
      resourceId: item.id,
      after: { name: item.name, size, mimeType, folderId: item.folderId },
    });
    return { id: item.id, name: item.name, size, mimeType };
  });
}

/** Gives up a pending upload: its row goes and its reservation is released. */
export async function abortUpload(scope: OrgScope, { id }: { id: string }) {
  const { db, orgId } = scope;
  await db.transaction(async (tx) => {
    const [item] = await tx
      .delete(storageItems)
      .where(
        and(
          eq(storageItems.id, id),
          eq(storageItems.orgId, orgId),
          eq(storageItems.status, "pending"),
        ),
      )
      .returning();
    if (item && !item.deletedAt) await releaseStorage(tx, { orgId, bytes: item.sizeBytes });
  });
}

/**
 * The whole upload: reserve, stream `body` into the store while counting and hashing (failing as
 * soon as it exceeds the declared size), then complete. Any failure aborts: the reservation is
 * released and partial bytes are removed.
 */
export async function storeUpload(scope: OrgScope, input: BeginUpload & { body: Readable }) {
  const { store } = scope.deps;
  const item = await beginUpload(scope, input);
  const meter = createMeter(input.declaredSize);
  try {
    // Both settle before anything is cleaned up: a store still writing (and then removing its
    // partial object) would otherwise leave bytes behind after the abort.
    const outcomes = await Promise.allSettled([
      pipeline(input.body, meter.stream),
      store.put(item.storageKey, meter.stream, { contentType: "application/octet-stream" }),
    ]);
    for (const outcome of outcomes) if (outcome.status === "rejected") throw outcome.reason;
    const { size, sha256, head } = meter.result();
    return await completeUpload(scope, { id: item.id, size, sha256, head });
  } catch (error) {
    input.body.resume();
    await abortUpload(scope, { id: item.id });
    await deleteObjects([item.storageKey], store);
    if (error instanceof TooManyBytesError) {
      throw new ServiceError(
        "BAD_REQUEST",
        "The file is larger than the size announced for it. Try the upload again.",
      );
    }
    throw error;
  }
}
