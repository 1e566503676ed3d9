import { describe, expect, it } from "vitest";

import { passwordStrength } from "~/lib/password-strength";

describe("the password strength hint on sign-up", () => {
  it("counts down to the minimum length the server enforces", () => {
    expect(passwordStrength("").hint).toBe("Use at least 10 characters.");
    expect(passwordStrength("abcdefg")).toMatchObject({ score: 0, label: "Too short" });
    expect(passwordStrength("abcdefghi").hint).toBe("1 more character to go.");
  });

  it("calls repetitive and well-known passwords weak even when long enough", () => {
    expect(passwordStrength("aaaaaaaaaaaa").label).toBe("Weak");
    expect(passwordStrength("password12345").label).toBe("Weak");
    expect(passwordStrength("abcabcabcabc").label).toBe("Weak");
  });

  it("rewards length most, then variety", () => {
    expect(passwordStrength("lanternfish").label).toBe("Weak");
    expect(passwordStrength("lanternfish2").label).toBe("Fair");
    expect(passwordStrength("Lantern-fish-9").label).toBe("Strong");
    expect(passwordStrength("copper lantern river").label).toBe("Strong");
  });
});
