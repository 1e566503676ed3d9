/**
 * The README's table of what each agency role may do is written by hand; this holds it to the
 * one permission table the API enforces (`staffPermissions`), row by row.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { staffPermissions } from "../src/roles";

const readme = readFileSync(path.join(import.meta.dirname, "../README.md"), "utf8");

/** The rows of the table under "What support staff may not do", as [permission, admin, support]. */
function tableRows() {
  const section = readme.split("### What support staff may not do")[1]?.split(/\n#{2,3} /)[0];
  if (!section) throw new Error("The README has no table of what support staff may not do.");
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [, permission, , admin, support] = line.split("|").map((cell) => cell.trim());
      return [permission!.replaceAll("`", ""), admin!, support!] as const;
    });
}

describe("the staff roles table in the README", () => {
  it("answers each role with a plain yes or no", () => {
    const answers = tableRows().flatMap(([, admin, support]) => [admin, support]);
    expect(new Set(answers)).toEqual(new Set(["yes", "no"]));
  });

  it("says what staffPermissions says, permission by permission", () => {
    const documented = Object.fromEntries(
      tableRows().map(([permission, admin, support]) => [
        permission,
        [...(admin === "yes" ? ["admin"] : []), ...(support === "yes" ? ["support"] : [])],
      ]),
    );
    const enforced = Object.fromEntries(
      Object.entries(staffPermissions).map(([permission, roles]) => [permission, [...roles]]),
    );
    expect(documented).toEqual(enforced);
  });
});
