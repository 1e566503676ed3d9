import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The `sessions` row this cookie stands for; the API checks it on every request. */
    sessionId: string | null;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}
