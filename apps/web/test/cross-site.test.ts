import { describe, expect, it } from "vitest";

import { changesState, isCrossSite } from "~/lib/cross-site";

const APP = "https://app.arco.example";
const from = (headers: Record<string, string>) =>
  isCrossSite(new Headers({ host: "app.arco.example", ...headers }), APP);

describe("a cross-site request", () => {
  it("is one a browser says came from another site", () => {
    expect(from({ "sec-fetch-site": "cross-site" })).toBe(true);
    expect(from({ "sec-fetch-site": "same-site" })).toBe(true);
    expect(from({ origin: "https://evil.example" })).toBe(true);
    expect(from({ origin: "null" })).toBe(true);
  });

  it("is not one from the app's own pages, or from something that is not a browser", () => {
    expect(from({ "sec-fetch-site": "same-origin", origin: APP })).toBe(false);
    expect(from({ origin: APP })).toBe(false);
    expect(from({ "sec-fetch-site": "none" })).toBe(false);
    expect(from({})).toBe(false);
    // The host the browser connected to (a second name for the same server).
    expect(
      isCrossSite(new Headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }), APP),
    ).toBe(false);
  });

  it("matters only for requests that change something", () => {
    expect(["GET", "HEAD", "OPTIONS"].map(changesState)).toEqual([false, false, false]);
    expect(["POST", "PUT", "PATCH", "DELETE"].map(changesState)).toEqual([true, true, true, true]);
  });
});
