import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The repository root, found by walking up from the working directory. Scripts run from
 * packages/db, the web app from apps/web and tests from each package: all of them must share
 * one embedded data folder and one migrations folder, wherever the code was bundled to.
 */
export function repoRoot(from = process.cwd()): string {
  // The hint keeps the bundler from tracing the whole repository through this dynamic path.
  let dir = path.resolve(/* turbopackIgnore: true */ from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
}

export const migrationsFolder = () => path.join(repoRoot(), "packages/db/migrations");

/** Relative data folders resolve from the repository root, absolute ones are kept. */
export const resolveDataDir = (dir: string) =>
  path.resolve(/* turbopackIgnore: true */ repoRoot(), dir);
