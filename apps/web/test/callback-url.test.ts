import { describe, expect, it } from "vitest";

import { homeFor, safeCallbackUrl, withCallbackUrl } from "~/lib/callback-url";

describe("where sign-in sends people afterwards", () => {
  it("returns to the page they came from, with its query and hash", () => {
    expect(safeCallbackUrl("/dashboard/members")).toBe("/dashboard/members");
    expect(safeCallbackUrl("/invite/abc123?x=1#top")).toBe("/invite/abc123?x=1#top");
  });

  it("goes to the dashboard when there is nowhere to return to", () => {
    expect(safeCallbackUrl(undefined)).toBe("/dashboard");
    expect(safeCallbackUrl("")).toBe("/dashboard");
    expect(safeCallbackUrl(["/a"])).toBe("/dashboard");
  });

  it("can tell that there was nowhere valid to return to", () => {
    expect(safeCallbackUrl(undefined, null)).toBeNull();
    expect(safeCallbackUrl("//evil.example", null)).toBeNull();
    expect(safeCallbackUrl("/invite/abc", null)).toBe("/invite/abc");
  });

  it("sends agency staff without an organization to the admin area, everyone else home", () => {
    const org = { id: "o1" };
    expect(homeFor({ staffRole: "admin", activeOrg: null })).toBe("/admin");
    expect(homeFor({ staffRole: "support", activeOrg: null })).toBe("/admin");
    expect(homeFor({ staffRole: "admin", activeOrg: org })).toBe("/dashboard");
    expect(homeFor({ staffRole: null, activeOrg: org })).toBe("/dashboard");
    expect(homeFor({ staffRole: null, activeOrg: null })).toBe("/dashboard");
  });

  it("never leaves the site, however the address is disguised", () => {
    for (const attempt of [
      "https://evil.example/phish",
      "//evil.example/phish",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/..//evil.example",
      "/a/../..//evil.example?x=1",
      "javascript:alert(1)",
      "dashboard",
    ]) {
      expect(safeCallbackUrl(attempt), attempt).toBe("/dashboard");
    }
  });

  it("builds sign-in and sign-up links that come back", () => {
    expect(withCallbackUrl("/sign-in", "/invite/t0k?a=b")).toBe(
      "/sign-in?callbackUrl=%2Finvite%2Ft0k%3Fa%3Db",
    );
  });
});
