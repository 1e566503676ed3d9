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
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== "")));
