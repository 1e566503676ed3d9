import { z } from "zod";

export type RateLimitRule =
  | "auth.signIn.ip"
  | "auth.signIn.account"
  | "auth.signUp.ip"
  | "auth.signUp.account"
  | "auth.magicLink.ip"
  | "auth.magicLink.account"
  | "auth.passwordReset.ip"
  | "auth.passwordReset.account"
  | "account.changePassword.user"
  | "invitations.create.user"
  | "invitations.create.ip"
  | "analyses.run.anonymous"
  | "analyses.run.user"
  | "analyses.run.basic"
  | "analyses.run.pro"
  | "analyses.run.enterprise"
  | "leads.capture.ip"
  | "leads.capture.recipient"
  | "files.upload.user"
  | "public.ip";

export interface RateLimitRuleConfig {
  limit: number;
  windowMs: number;
  /**
   * What to answer when the store can't be reached: "closed" denies, "open" allows.
   * Anything guarding credentials or sending email fails closed, so an outage can't become a
   * brute-force or spam window.
   */
  whenStoreUnavailable: "closed" | "open";
}

export type RateLimitRules = Record<RateLimitRule, RateLimitRuleConfig>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const defaultRules: RateLimitRules = {
  "auth.signIn.ip": { limit: 20, windowMs: 15 * MINUTE, whenStoreUnavailable: "closed" },
  // Counted per account *and* address together: a stranger's wrong guesses use up their own
  // allowance for that account, never its owner's.
  "auth.signIn.account": { limit: 5, windowMs: 15 * MINUTE, whenStoreUnavailable: "closed" },
  "auth.signUp.ip": { limit: 5, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "auth.signUp.account": { limit: 3, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "auth.magicLink.ip": { limit: 10, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "auth.magicLink.account": { limit: 3, windowMs: 15 * MINUTE, whenStoreUnavailable: "closed" },
  // Each request emails the account: as tight as sign-in links.
  "auth.passwordReset.ip": { limit: 10, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "auth.passwordReset.account": {
    limit: 3,
    windowMs: 15 * MINUTE,
    whenStoreUnavailable: "closed",
  },
  // A stolen session must not become a way to guess the current password.
  "account.changePassword.user": {
    limit: 5,
    windowMs: 15 * MINUTE,
    whenStoreUnavailable: "closed",
  },
  "invitations.create.user": { limit: 20, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "invitations.create.ip": { limit: 60, windowMs: HOUR, whenStoreUnavailable: "closed" },
  // URL analyses fetch arbitrary pages on the requester's behalf: anonymous runs per IP, free
  // users per account, clients per organization by plan.
  "analyses.run.anonymous": { limit: 5, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "analyses.run.user": { limit: 20, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "analyses.run.basic": { limit: 60, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "analyses.run.pro": { limit: 200, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "analyses.run.enterprise": { limit: 1000, windowMs: HOUR, whenStoreUnavailable: "closed" },
  // "Email me this report" sends mail to any address typed in: limited per sender and recipient.
  "leads.capture.ip": { limit: 10, windowMs: HOUR, whenStoreUnavailable: "closed" },
  "leads.capture.recipient": { limit: 3, windowMs: 24 * HOUR, whenStoreUnavailable: "closed" },
  // Each upload holds a reservation and a stream to storage while it runs.
  "files.upload.user": { limit: 120, windowMs: HOUR, whenStoreUnavailable: "open" },
  "public.ip": { limit: 300, windowMs: MINUTE, whenStoreUnavailable: "open" },
};

export type RateLimitRuleOverrides = Partial<Record<RateLimitRule, Partial<RateLimitRuleConfig>>>;

const ruleNames = Object.keys(defaultRules) as [RateLimitRule, ...RateLimitRule[]];

/**
 * Overrides as the `RATE_LIMIT_RULES` variable spells them, e.g.
 * `{"public.ip":{"limit":100000}}`: known rule names only, each field checked.
 */
export const ruleOverridesSchema = z.partialRecord(
  z.enum(ruleNames),
  z.strictObject({
    limit: z.int().positive().optional(),
    windowMs: z.int().positive().optional(),
    whenStoreUnavailable: z.enum(["closed", "open"]).optional(),
  }),
);

export function resolveRules(overrides: RateLimitRuleOverrides = {}): RateLimitRules {
  const rules = { ...defaultRules };
  for (const name of Object.keys(overrides) as RateLimitRule[]) {
    const merged = { ...defaultRules[name], ...overrides[name] };
    if (!Number.isInteger(merged.limit) || merged.limit < 1) {
      throw new Error(`Rate limit rule ${name}: limit must be a positive integer.`);
    }
    if (!Number.isInteger(merged.windowMs) || merged.windowMs < 1) {
      throw new Error(`Rate limit rule ${name}: windowMs must be a positive integer.`);
    }
    rules[name] = merged;
  }
  return rules;
}
