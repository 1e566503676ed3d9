import { describe, expect, it } from "vitest";

import { passwordStrength } from "~/lib/password-strength";

describe("the password strength hint on sign-up", () => {
  it("counts down to the minimum length the server enforces", () => {
    expect(passwordStrength("")).toMatchObject({ label: null, hint: "minLength" });
    expect(passwordStrength("abcdefg")).toMatchObject({ score: 0, label: "tooShort" });
    expect(passwordStrength("abcdefghi")).toMatchObject({ hint: "moreToGo", missing: 1 });
  });

  it("calls repetitive and well-known passwords weak even when long enough", () => {
    expect(passwordStrength("aaaaaaaaaaaa").label).toBe("weak");
    expect(passwordStrength("password12345").label).toBe("weak");
    expect(passwordStrength("abcabcabcabc").label).toBe("weak");
  });

  it("rewards length most, then variety", () => {
    expect(passwordStrength("lanternfish").label).toBe("weak");
    expect(passwordStrength("lanternfish2").label).toBe("fair");
    expect(passwordStrength("Lantern-fish-9").label).toBe("strong");
    expect(passwordStrength("copper lantern river").label).toBe("strong");
  });
});
