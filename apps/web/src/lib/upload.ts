/**
 * Browser side of uploads: sends one file to `POST /api/files` with XMLHttpRequest, whose upload
 * events give real progress (fetch does not). The form puts `size` and `folderId` before the
 * file, as the server reads them first.
 */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  mimeType: string;
}

/**
 * Why an upload failed, for the page to put in words: refused, the server failed, the network
 * failed, or cancelled.
 */
export type UploadFailure = "failed" | "server" | "offline" | "aborted";

export class UploadError extends Error {
  override readonly name = "UploadError";
  constructor(
    readonly reason: UploadFailure,
    readonly status: number,
    readonly code: string | null,
    /** The server's own explanation, written for people (a file too large, storage full). */
    readonly serverMessage: string | null = null,
  ) {
    super(serverMessage ?? `Upload ${reason}`);
  }
}

export function uploadFile(
  file: File,
  {
    folderId,
    onProgress,
    signal,
  }: { folderId?: string | null; onProgress?: (fraction: number) => void; signal?: AbortSignal },
): Promise<UploadedFile> {
  const form = new FormData();
  form.append("size", String(file.size));
  if (folderId) form.append("folderId", folderId);
  form.append("file", file, file.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/files");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as
        | (UploadedFile & { error?: undefined })
        | { error?: { code?: string; message?: string } }
        | null;
      if (xhr.status >= 200 && xhr.status < 300 && body && !body.error) {
        onProgress?.(1);
        resolve(body as UploadedFile);
        return;
      }
      const reason = xhr.status >= 500 ? "server" : "failed";
      const error = body?.error;
      reject(new UploadError(reason, xhr.status, error?.code ?? null, error?.message ?? null));
    };
    xhr.onerror = () => reject(new UploadError("offline", 0, null));
    xhr.onabort = () => reject(new UploadError("aborted", 0, "ABORTED"));
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
