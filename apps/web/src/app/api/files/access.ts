import "server-only";

import { orgCaller } from "@arco/api";
import { sessionOf } from "@arco/auth";

/**
 * Who is asking, through the same steps as the API: signed in, working in an organization read
 * fresh from the database. Writing needs the permission to manage files and is limited in how
 * many uploads a person starts an hour.
 */
export async function filesCaller(request: Request, { write }: { write: boolean }) {
  return orgCaller(
    { headers: request.headers, session: await sessionOf(request.headers) },
    write ? { permission: "manageFiles", rateLimit: "files.upload.user" } : {},
  );
}
