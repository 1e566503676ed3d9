export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export type PasswordStrength = { score: 0 | 1 | 2 | 3; label: string; hint: string };

const COMMON = /^(?:password|passw0rd|qwerty|letmein|welcome|admin|iloveyou|123456|abc123)/i;

/**
 * A hint, not a rule: the server only enforces the length. Length matters most, then variety;
 * a run of one character or a well-known opening word weakens any password.
 */
export function passwordStrength(password: string): PasswordStrength {
  if (password.length === 0) {
    return { score: 0, label: "", hint: `Use at least ${PASSWORD_MIN} characters.` };
  }
  if (password.length < PASSWORD_MIN) {
    const left = PASSWORD_MIN - password.length;
    return {
      score: 0,
      label: "Too short",
      hint: `${left} more character${left === 1 ? "" : "s"} to go.`,
    };
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const repetitive = /^(.)\1+$/.test(password) || new Set(password).size <= 3;
  if (repetitive || COMMON.test(password)) {
    return {
      score: 1,
      label: "Weak",
      hint: "Avoid repeated characters and common words.",
    };
  }
  const points =
    (password.length >= 16 ? 2 : password.length >= 12 ? 1 : 0) + (classes >= 3 ? 1 : 0);
  if (points >= 2) return { score: 3, label: "Strong", hint: "Good choice." };
  if (points === 1) {
    return {
      score: 2,
      label: "Fair",
      hint: "Longer is stronger: a few words make a good password.",
    };
  }
  return {
    score: 1,
    label: "Weak",
    hint: "Add length or mix letters, numbers and symbols.",
  };
}
