import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { gitHubProfileWithVerifiedEmail } from "../src/oauth";

/** GitHub's user API, played on 127.0.0.1: the profile and the emails of one token's owner. */
let emails: { email: string; primary: boolean; verified: boolean }[] = [];
let publicEmail: string | null = null;
const seenTokens: string[] = [];
const server = createServer((request, response) => {
  seenTokens.push(request.headers.authorization ?? "");
  response.setHeader("content-type", "application/json");
  if (request.url === "/user") {
    response.end(JSON.stringify({ id: 42, login: "octo", name: "Octo", email: publicEmail }));
  } else if (request.url === "/user/emails") {
    response.end(JSON.stringify(emails));
  } else {
    response.statusCode = 404;
    response.end("{}");
  }
});
let userinfoUrl = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  userinfoUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/user`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe("a GitHub sign-in's address", () => {
  it("is the primary address when GitHub verified it", async () => {
    publicEmail = "public@example.test";
    emails = [
      { email: "public@example.test", primary: false, verified: false },
      { email: "primary@example.test", primary: true, verified: true },
    ];
    const profile = await gitHubProfileWithVerifiedEmail(userinfoUrl, "gho_token");
    expect(profile).toMatchObject({ id: 42, email: "primary@example.test", email_verified: true });
    expect(seenTokens.at(-1)).toBe("Bearer gho_token");
  });

  it("is never taken as verified when GitHub did not verify it", async () => {
    publicEmail = "someone-elses@example.test";
    emails = [{ email: "someone-elses@example.test", primary: true, verified: false }];
    expect(await gitHubProfileWithVerifiedEmail(userinfoUrl, "gho_token")).toMatchObject({
      email: "someone-elses@example.test",
      email_verified: false,
    });
  });

  it("falls back to the public address only if that one is verified", async () => {
    publicEmail = "public@example.test";
    emails = [
      { email: "unverified-primary@example.test", primary: true, verified: false },
      { email: "public@example.test", primary: false, verified: true },
    ];
    expect(await gitHubProfileWithVerifiedEmail(userinfoUrl, "gho_token")).toMatchObject({
      email: "public@example.test",
      email_verified: true,
    });
  });
});
