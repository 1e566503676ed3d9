// The Inngest server registers and runs Arco's background functions through this route.
export { GET, POST, PUT } from "@arco/jobs/next";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";
