/** Configuration of the benchmark and the corpus test (read here only). */
import path from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const benchEnv = {
  /** The Lighthouse-audited corpus (pages/, truth/). Default: ../shared/corpus/analyzer next to the repo. */
  corpusDir: path.resolve(
    process.env.ANALYZER_CORPUS_DIR ?? path.join(packageDir, "../../../shared/corpus/analyzer"),
  ),
  /** Search path for `chromium` / `lighthouse` binaries (live Lighthouse timing). */
  path: process.env.PATH ?? "",
  /** Pages Lighthouse is run on for the live timing (it takes seconds per page). */
  lighthousePages: Number(process.env.BENCH_LIGHTHOUSE_PAGES ?? 3),
};
