import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; staffRole: "admin" | "support" | null } & DefaultSession["user"];
    /** The organization the user last worked in; the API still checks the membership. */
    activeOrgId: string | null;
  }
}
