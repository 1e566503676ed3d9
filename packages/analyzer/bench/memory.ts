/**
 * Peak RSS of a process that only analyzes pages, N at a time (spawned by run.ts so that the
 * benchmark's own bookkeeping doesn't count). Usage:
 *   memory.ts PORT ID... [--concurrency=10] [--no-a11y] [--in-process]
 * Prints one JSON line: { peakRss, analyses, ms }. The accessibility worker's memory is part of
 * this process' RSS.
 */
import { analyzeUrl } from "../src/analyze-url.ts";
import type { LookupFunction } from "../src/fetch/index.ts";

const ROUNDS = 2;

async function main() {
  const flags = process.argv.slice(2).filter((a) => a.startsWith("--"));
  const [port, ...ids] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const concurrency = Number(
    flags.find((f) => f.startsWith("--concurrency="))?.split("=")[1] ?? 10,
  );
  const accessibility = !flags.includes("--no-a11y");
  const accessibilityIsolation = flags.includes("--in-process") ? "in-process" : "worker";
  const allow = [`127.0.0.1:${port}`, ...ids.map((id) => `p${id}.localhost:${port}`)];
  const lookup: LookupFunction = async (host) =>
    host.endsWith(".localhost") ? [{ address: "127.0.0.1", family: 4 }] : [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  let analyses = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const queue = [...ids];
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let id = queue.shift(); id; id = queue.shift()) {
          await analyzeUrl(`http://p${id}.localhost:${port}/`, {
            fetch: { allow, lookup },
            accessibility,
            accessibilityIsolation,
          });
          analyses++;
          peak = Math.max(peak, process.memoryUsage().rss);
        }
      }),
    );
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  console.log(JSON.stringify({ peakRss: peak, analyses, ms: performance.now() - started }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
