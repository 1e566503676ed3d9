export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/**
 * How strong a new password looks. `label` and `hint` name messages of `auth.passwordStrength`
 * (`labels.*`, `hints.*`); `missing` is the count of characters still needed, for "moreToGo".
 */
export type PasswordStrength = {
  score: 0 | 1 | 2 | 3;
  label: "tooShort" | "weak" | "fair" | "strong" | null;
  hint: "minLength" | "moreToGo" | "avoidRepeats" | "longer" | "addVariety" | "good";
  missing: number;
};

const COMMON = /^(?:password|passw0rd|qwerty|letmein|welcome|admin|iloveyou|123456|abc123)/i;

/**
 * A hint, not a rule: the server only enforces the length. Length matters most, then variety;
 * a run of one character or a well-known opening word weakens any password.
 */
export function passwordStrength(password: string): PasswordStrength {
  const missing = Math.max(0, PASSWORD_MIN - password.length);
  if (password.length === 0) return { score: 0, label: null, hint: "minLength", missing };
  if (missing > 0) return { score: 0, label: "tooShort", hint: "moreToGo", missing };
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const repetitive = /^(.)\1+$/.test(password) || new Set(password).size <= 3;
  if (repetitive || COMMON.test(password)) {
    return { score: 1, label: "weak", hint: "avoidRepeats", missing };
  }
  const points =
    (password.length >= 16 ? 2 : password.length >= 12 ? 1 : 0) + (classes >= 3 ? 1 : 0);
  if (points >= 2) return { score: 3, label: "strong", hint: "good", missing };
  if (points === 1) return { score: 2, label: "fair", hint: "longer", missing };
  return { score: 1, label: "weak", hint: "addVariety", missing };
}
