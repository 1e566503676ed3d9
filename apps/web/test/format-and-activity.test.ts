import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { catalogs } from "~/i18n/messages";
import { activityHref, activityKey } from "~/lib/activity";
import { initials } from "~/lib/format";
import { formatBytes } from "~/lib/use-format-bytes";

describe("formatBytes", () => {
  const sizeIn = (locale: "en" | "pt-BR") => {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: "common.bytes" });
    const format = createFormatter({ locale, timeZone: "UTC" });
    return (bytes: number) => formatBytes(bytes, t, format);
  };

  it("uses the binary multiples plans are measured in, with at most one decimal", () => {
    const size = sizeIn("en");
    expect(size(0)).toBe("0 bytes");
    expect(size(1)).toBe("1 byte");
    expect(size(928)).toBe("928 bytes");
    expect(size(1536)).toBe("1.5 KB");
    expect(size(1_310_720)).toBe("1.3 MB");
    expect(size(5 * 1024 ** 3)).toBe("5 GB");
    expect(size(123 * 1024 ** 3)).toBe("123 GB");
  });

  it("writes the decimal the reader's way", () => {
    const size = sizeIn("pt-BR");
    expect(size(1536)).toBe("1,5 KB");
    expect(size(1)).toBe("1 byte");
  });
});

describe("initials", () => {
  it("come from the name, else from the address", () => {
    expect(initials("Ana Souza", "a@x.test")).toBe("AS");
    expect(initials(null, "paulo.mendes@x.test")).toBe("PM");
  });
});

describe("an activity row", () => {
  const sentence = (action: string, locale: "en" | "pt-BR" = "en") =>
    catalogs[locale].dashboard.activity[activityKey(action)];

  it("says what was done, in both languages", () => {
    expect(sentence("projects.milestones.complete")).not.toBe(
      sentence("projects.milestones.update"),
    );
    expect(sentence("files.upload", "pt-BR")).not.toBe(sentence("files.upload", "en"));
    expect(sentence("members.leave")).toMatch(/left/i);
  });

  it("falls back to a plain sentence for actions it has no words for", () => {
    expect(activityKey("something.new")).toBe("other");
    expect(activityKey("constructor")).toBe("other");
  });

  it("links to the item when it has a page of its own", () => {
    expect(activityHref("project", "p1")).toBe("/dashboard/projects/p1");
    expect(activityHref("support_ticket", "t1")).toBe("/dashboard/tickets/t1");
    expect(activityHref("storage_item", "f1")).toBeNull();
    expect(activityHref("project", null)).toBeNull();
  });
});
