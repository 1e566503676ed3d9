/**
 * What the overview sends the browser: each card's data once. The dashboard's shell has a
 * boundary of its own for who is signed in (`HydrateClient only`), the page one for its cards;
 * without the filter every query travelled in both.
 */
import { describe, expect, it } from "vitest";

import { signInOverHttp } from "./arco-server";
import { DEMO_PASSWORD, e2e, visitorHeaders } from "./browser";

describe("the overview page's payload", () => {
  it("carries each card's query once", async () => {
    const headers = visitorHeaders();
    const cookie = await signInOverHttp(e2e().baseUrl, "owner@vela.test", DEMO_PASSWORD, headers);
    const response = await fetch(`${e2e().baseUrl}/dashboard`, {
      headers: { ...headers, cookie },
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    // The dehydrated queries' keys, as they appear inside the streamed payload's JSON strings.
    const keys = [...html.matchAll(/queryHash\\":\\"(\[\[.*?\])\\"/g)].map((m) =>
      (JSON.parse(m[1]!.replaceAll("\\", "")) as [string[]])[0].join("."),
    );
    const cards = keys.filter((key) => key !== "me.get");
    expect(cards).toEqual(expect.arrayContaining(["projects.overview", "tickets.overview"]));
    expect(new Set(cards).size).toBe(cards.length);
    // Who is signed in: once for the shell, once for the page.
    expect(keys.length - cards.length).toBe(2);
  });
});
