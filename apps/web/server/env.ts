import { z } from "zod";

/** What Arco's HTTP server reads from the environment (validated here, and only here). */
export const serverEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** The interface to listen on; unset listens on every interface. */
    HOST: z.string().min(1).optional(),
    /**
     * How many proxies (load balancer, CDN, reverse proxy) stand in front of Arco and append to
     * `X-Forwarded-For`. 0 (the default): none — the socket's peer is the client and forwarding
     * headers from clients are dropped.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /**
     * "1": share PORT with Arco's other processes on this machine (SO_REUSEPORT; Linux spreads
     * connections among them). They need one Postgres (DATABASE_URL): the embedded database
     * belongs to a single process.
     */
    REUSE_PORT: z
      .enum(["0", "1"])
      .default("0")
      .transform((value) => value === "1"),
    DATABASE_URL: z.string().min(1).optional(),
  })
  .refine((env) => !env.REUSE_PORT || env.DATABASE_URL, {
    path: ["REUSE_PORT"],
    message: "REUSE_PORT=1 needs DATABASE_URL: the embedded database serves one process only.",
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")));
