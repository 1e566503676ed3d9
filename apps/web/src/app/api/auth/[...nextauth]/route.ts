import { handlers } from "@arco/auth";

export const runtime = "nodejs";

export const { GET, POST } = handlers;
