/**
 * One load run with wrk (10 connections, one thread, latency distribution), parsed. wrk is a
 * C program: the load it generates costs the machine far less than a Node client would.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Answers other than 2xx/3xx, and socket errors: a benchmark with any is not a figure. */
  refused: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };

function latencyMs(output: string, percent: string) {
  const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s)\\s*$`, "m").exec(output);
  if (!match) throw new Error(`wrk printed no ${percent}% latency:\n${output}`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

/** Throws, saying how to install it, when wrk is not on the PATH. */
export async function requireWrk() {
  try {
    await run("wrk", ["--version"]).catch((error: { stdout?: string }) => {
      // wrk --version prints its banner and exits 1.
      if (!error.stdout?.startsWith("wrk")) throw error;
    });
  } catch {
    throw new Error("pnpm bench:api needs wrk on the PATH (Debian/Ubuntu: apt-get install wrk).");
  }
}

export async function wrk(
  url: string,
  { seconds, headers = {} }: { seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const args = ["-t1", "-c10", `-d${seconds}s`, "--latency", "--timeout", "10s"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const { stdout } = await run("wrk", [...args, url]);
  const requests = Number(/(\d+) requests in/.exec(stdout)?.[1]);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(
    stdout,
  );
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  return {
    requests,
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]),
    p50: latencyMs(stdout, "50"),
    p99: latencyMs(stdout, "99"),
    refused: non2xx + (errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  };
}
