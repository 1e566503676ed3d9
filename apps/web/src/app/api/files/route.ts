import { answer } from "@arco/api";
import { files, ServiceError } from "@arco/services";
import { z } from "zod";

import { refuseCrossSite } from "~/lib/cross-site";

import { filesCaller } from "./access";
import { receiveFile } from "./multipart";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const MAX_FILE_BYTES = files.DEFAULT_MAX_FILE_BYTES;

const fieldsSchema = z.object({
  size: z
    .string("Send the file's size before the file.")
    .regex(/^\d{1,15}$/, "The file size is not valid.")
    .transform(Number),
  folderId: z.uuid("That folder id is not valid.").optional(),
});

/**
 * Uploads one file: multipart/form-data with the fields `size` (bytes) and optional `folderId`
 * BEFORE the `file` part. The bytes stream into storage; the answer is `{ id, name, size,
 * mimeType }`, or `{ error: { code, message } }` with a 4xx status.
 */
export async function POST(request: Request) {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  return answer(
    async () => {
      const { scope } = await filesCaller(request, { write: true });
      const file = await receiveFile(
        request,
        { maxFileBytes: MAX_FILE_BYTES },
        async (incoming) => {
          const parsed = fieldsSchema.safeParse(Object.fromEntries(incoming.fields));
          if (!parsed.success) {
            throw new ServiceError("BAD_REQUEST", parsed.error.issues[0]!.message);
          }
          return files.storeUpload(scope, {
            name: incoming.name,
            declaredSize: parsed.data.size,
            folderId: parsed.data.folderId ?? null,
            maxFileBytes: MAX_FILE_BYTES,
            body: incoming.stream,
          });
        },
      );
      return Response.json(file, {
        status: 201,
        headers: { "Cache-Control": "private, no-store" },
      });
    },
    { what: "An upload", headers: request.headers },
  );
}
