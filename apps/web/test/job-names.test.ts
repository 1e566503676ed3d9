/**
 * The admin area lists the background functions by the names `@arco/jobs` gives them in
 * English; a Portuguese reader gets each one in Portuguese.
 */
import { translateMessage } from "@arco/i18n/translate";
import { jobs } from "@arco/jobs";
import { describe, expect, it } from "vitest";

describe("the background functions' names", () => {
  it("each read in Portuguese", () => {
    const untranslated = jobs
      .map((job) => job.inngest.name)
      .filter((name) => translateMessage(name, "pt-BR") === name);
    expect(untranslated).toEqual([]);
  });
});
