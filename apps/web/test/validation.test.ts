import { describe, expect, it } from "vitest";

import {
  analyzeSchema,
  changePasswordSchema,
  inviteSchema,
  leadSchema,
  signInSchema,
  signUpSchema,
} from "~/lib/validation";

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries(result.error?.issues.map((i) => [String(i.path[0]), i.message]) ?? []);

describe("the forms check what the API would", () => {
  it("explains each sign-up field the way the router does", () => {
    expect(
      messages(signUpSchema.safeParse({ name: " ", email: "ana", password: "short" })),
    ).toEqual({
      name: "Enter a name.",
      email: "Enter a valid email address, like ana@example.com.",
      password: "Use at least 10 characters.",
    });
    expect(
      signUpSchema.safeParse({
        name: " Ana ",
        email: " ana@example.com ",
        password: "x".repeat(10),
      }).data,
    ).toEqual({ name: "Ana", email: "ana@example.com", password: "x".repeat(10) });
  });

  it("asks for a password on sign-in without judging its length", () => {
    expect(messages(signInSchema.safeParse({ email: "ana@example.com", password: "" }))).toEqual({
      password: "Enter your password.",
    });
    expect(signInSchema.safeParse({ email: "ana@example.com", password: "old" }).success).toBe(
      true,
    );
  });

  it("never offers owner as an invitation role", () => {
    expect(inviteSchema.safeParse({ email: "bo@example.com", role: "owner" }).success).toBe(false);
    expect(inviteSchema.safeParse({ email: "bo@example.com", role: "viewer" }).success).toBe(true);
  });

  it("catches a mistyped confirmation before anything is sent", () => {
    const result = changePasswordSchema.safeParse({
      currentPassword: "old password",
      newPassword: "copper lantern river",
      confirmPassword: "copper lantern rivet",
    });
    expect(messages(result)).toEqual({ confirmPassword: "The two passwords don’t match." });
  });

  it("takes the address to analyze as people paste it, adding https when it's missing", () => {
    const url = (input: string) => analyzeSchema.safeParse({ url: input });
    expect(url("example.com").data).toEqual({ url: "https://example.com/" });
    expect(url("  http://shop.example.com/p?id=1 ").data).toEqual({
      url: "http://shop.example.com/p?id=1",
    });
    expect(url("example.com:8080/x").data).toEqual({ url: "https://example.com:8080/x" });
    // Whether an address may be fetched is the server's decision, made when it fetches.
    expect(url("127.0.0.1:4000").success).toBe(true);
  });

  it("explains what is wrong with an address that can't be analyzed", () => {
    const message = (input: string) =>
      analyzeSchema.safeParse({ url: input }).error?.issues[0]?.message;
    expect(message("")).toBe("Enter the address of the page to analyze.");
    expect(message("ftp://example.com")).toMatch(/Only http and https/);
    expect(message("javascript:alert(1)")).toMatch(/doesn’t look like a web address/);
    expect(message("https://user:pw@example.com")).toBe(
      "Remove the username and password from the address.",
    );
    expect(message(`example.com/${"a".repeat(2100)}`)).toMatch(/too long/);
  });

  it("asks for an email before sending a report, and never assumes consent", () => {
    expect(messages(leadSchema.safeParse({ email: "ana", consent: false }))).toEqual({
      email: "Enter a valid email address, like ana@example.com.",
    });
    expect(leadSchema.safeParse({ email: "ana@example.com" }).success).toBe(false);
    expect(leadSchema.safeParse({ email: " ana@example.com ", consent: false }).data).toEqual({
      email: "ana@example.com",
      consent: false,
    });
  });
});
