import { describe, expect, it } from "vitest";

import { onAppUrl, redirectOnApp } from "../src/links";

describe("sign-in links", () => {
  it("point at the app's own address, whatever Host the request claimed", () => {
    const built =
      "http://evil.example:8080/api/auth/callback/email?callbackUrl=%2Fdashboard&token=t0k&email=a%40b.test";
    expect(onAppUrl(built, "https://app.arco.example")).toBe(
      "https://app.arco.example/api/auth/callback/email?callbackUrl=%2Fdashboard&token=t0k&email=a%40b.test",
    );
    expect(
      onAppUrl("http://localhost:3000/api/auth/callback/email?token=x", "http://127.0.0.1:4100"),
    ).toBe("http://127.0.0.1:4100/api/auth/callback/email?token=x");
  });
});

describe("redirects after signing in", () => {
  const app = "http://127.0.0.1:4100";
  it("land on the app's own address, whatever name the request used for it", () => {
    expect(redirectOnApp("/dashboard", "http://localhost:4100", app)).toBe(`${app}/dashboard`);
    expect(
      redirectOnApp("http://localhost:4100/invite/abc?x=1", "http://localhost:4100", app),
    ).toBe(`${app}/invite/abc?x=1`);
  });

  it("never leave the site", () => {
    expect(redirectOnApp("https://evil.example/phish", "http://localhost:4100", app)).toBe(
      `${app}/`,
    );
    expect(redirectOnApp("//evil.example/x", "http://localhost:4100", app)).toBe(`${app}/`);
  });
});
