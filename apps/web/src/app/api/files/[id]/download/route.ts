import { answer } from "@arco/api";
import { env as authEnv } from "@arco/auth/env";
import { files, ServiceError } from "@arco/services";
import { Readable } from "node:stream";
import { z } from "zod";

import { filesCaller } from "../../access";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Downloads a file through a signed link from `files.downloadUrl`. The link must be valid and
 * unexpired, and the signed-in person must currently work in the file's organization. A store
 * that presigns URLs (S3 with `S3_PRESIGN_DOWNLOADS`) gets the browser redirected to the bucket
 * after those same checks; otherwise the bytes stream through the app.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  return answer(
    async () => {
      if (!z.uuid().safeParse(id).success)
        throw new ServiceError("NOT_FOUND", "File was not found.");
      const { scope } = await filesCaller(request, { write: false });
      const link = {
        id,
        expires: query.get("expires"),
        signature: query.get("signature"),
        secret: authEnv.AUTH_SECRET,
      };
      const presigned = await files.presignedDownload(scope, link);
      if (presigned) {
        return new Response(null, {
          status: 302,
          headers: { Location: presigned, "Cache-Control": "private, no-store" },
        });
      }
      const { file, body, size } = await files.openDownload(scope, link);
      return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
        headers: {
          "Content-Type": file.mimeType,
          "Content-Length": String(size),
          "Content-Disposition": files.contentDisposition(file.name),
          "X-Content-Type-Options": "nosniff",
          "Cache-Control": "private, no-store",
        },
      });
    },
    { what: "A download", headers: request.headers },
  );
}
