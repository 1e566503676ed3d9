/**
 * Input schemas of the API, shared with the web forms. Pure zod: safe to import in the browser.
 * Messages are written for the person filling in the form.
 */
import { z } from "zod";

import { locales } from "@arco/i18n/locales";

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(100, "Names are at most 100 characters.");

export const emailSchema = z
  .string()
  .trim()
  .max(320, "Email addresses are at most 320 characters.")
  .pipe(z.email("Enter a valid email address, like ana@example.com."));

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Passwords are at most 200 characters.");

/**
 * A page of this site to return to (`/invite/…`), never another site: `//host` and `/\host`
 * are other sites to a browser, and control characters have no place in a link.
 */
export const sitePathSchema = z
  .string()
  .max(500, "That address is too long.")
  // eslint-disable-next-line no-control-regex
  .regex(/^\/(?![/\\])[^\u0000-\u001f\\]*$/, "Only a page of this site can be returned to.");

/** Business dates (registrations, deadlines, deliveries) fall within these years. */
const FIRST_YEAR = "1900";
const LAST_YEAR = "2999";
const inYearRange = (value: string) =>
  value.slice(0, 4) >= FIRST_YEAR && value.slice(0, 4) <= LAST_YEAR;
const YEAR_RANGE_MESSAGE = `Enter a date between ${FIRST_YEAR} and ${LAST_YEAR}.`;

/**
 * A date that exists on the calendar, as `YYYY-MM-DD`: no February 30th, no year 0000, nothing
 * Postgres would refuse.
 */
export const calendarDateSchema = (message = "Enter a date as YYYY-MM-DD, like 2026-03-31.") =>
  z.iso.date(message).refine(inYearRange, YEAR_RANGE_MESSAGE);

/** A calendar date, or a date and time with its offset, within the same years. */
export const dateOrDateTimeSchema = (message: string) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], message)
    .refine(inYearRange, YEAR_RANGE_MESSAGE);

export const signUpInput = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  /** Where the verification link leads once the address is confirmed. */
  returnTo: sitePathSchema.optional(),
});

export const tokenInput = z.object({
  token: z.string().trim().min(20, "This link is incomplete.").max(200, "This link is not valid."),
});

export const requestPasswordResetInput = z.object({ email: emailSchema });

export const resetPasswordInput = tokenInput.extend({ password: passwordSchema });

export const updateProfileInput = z.object({ name: nameSchema });

export const setLocaleInput = z.object({
  locale: z.enum(locales, "Choose English or Portuguese (Brazil)."),
});

export const emailPreferencesInput = z
  .object({ ticketUpdates: z.boolean().optional(), domainExpiry: z.boolean().optional() })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    message: "Change at least one email preference.",
  });

export const changePasswordInput = z.object({
  currentPassword: z.string().max(200).optional(),
  newPassword: passwordSchema,
});

export const orgNameInput = z.object({ name: nameSchema });

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** A logo of at most 256 KB, read in the browser as a data URL. */
export const MAX_LOGO_BYTES = 256 * 1024;

export const orgSettingsInput = z
  .object({
    name: nameSchema.optional(),
    logoUrl: z
      .string()
      .regex(/^data:image\/(png|jpeg|webp);base64,/, "The logo must be a PNG, JPEG or WebP image.")
      .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 40, "The logo must be at most 256 KB.")
      .nullable()
      .optional(),
    locale: z.enum(locales, "Choose English or Portuguese (Brazil).").optional(),
    timeZone: z.string().max(64).refine(isTimeZone, "Choose a time zone from the list.").optional(),
    invitePolicy: z.enum(["managers", "members"], "Choose who may invite people.").optional(),
  })
  .refine((changes) => Object.values(changes).some((value) => value !== undefined), {
    message: "Change at least one setting.",
  });
export const orgIdInput = z.object({ orgId: z.uuid("That organization id is not valid.") });

export const paginationInput = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

/** The outbox pages by the id of the last message seen. */
export const outboxListInput = paginationInput.pick({ limit: true }).extend({
  cursor: z.uuid("That page cursor is not valid: start from the first page.").optional(),
});

export const clientsListInput = paginationInput.extend({
  search: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
});

export const roleSchema = z.enum(["owner", "admin", "member", "viewer"], "Choose a role.");
export const inviteRoleSchema = z.enum(
  ["admin", "member", "viewer"],
  "Choose admin, member or viewer.",
);

export const updateRoleInput = z.object({
  membershipId: z.uuid("That member id is not valid."),
  role: roleSchema,
});
export const membershipIdInput = z.object({ membershipId: z.uuid("That member id is not valid.") });

export const createInvitationInput = z.object({ email: emailSchema, role: inviteRoleSchema });
export const invitationIdInput = z.object({
  invitationId: z.uuid("That invitation id is not valid."),
});

export const idInput = z.object({ id: z.uuid("That id is not valid.") });

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/i;

/**
 * A page address to analyze, as people type it: `example.com` means https. Only its form is
 * checked here; whether Arco may fetch it (public address, allowed port) is decided when it is
 * fetched, where redirects and DNS answers are checked too.
 */
export const analyzableUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the address of the page to analyze.")
  .max(2048, "That address is too long: 2048 characters at most.")
  .transform((input, ctx) => {
    const url = URL.parse(HAS_SCHEME.test(input) ? input : `https://${input}`);
    if (!url || !url.hostname) {
      ctx.addIssue({
        code: "custom",
        message: "That doesn’t look like a web address. Try something like example.com.",
      });
      return z.NEVER;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      ctx.addIssue({
        code: "custom",
        message: `Only http and https addresses can be analyzed, not “${url.protocol.slice(0, -1)}”.`,
      });
      return z.NEVER;
    }
    if (url.username || url.password) {
      ctx.addIssue({
        code: "custom",
        message: "Remove the username and password from the address.",
      });
      return z.NEVER;
    }
    return url.href;
  });

export const analyzeInput = z.object({ url: analyzableUrlSchema });
export const analysisUrlInput = z.object({ url: analyzableUrlSchema });
export const shareTokenInput = z.object({
  token: z.string().trim().min(16, "This link is incomplete.").max(100, "This link is not valid."),
});
export const analysesListInput = paginationInput.extend({ url: analyzableUrlSchema.optional() });

export const captureLeadInput = z.object({
  email: emailSchema,
  name: z.string().trim().max(100, "Names are at most 100 characters.").optional(),
  consent: z.boolean("Say whether we may email you."),
  source: z.enum(["report-email", "sign-up-prompt"]),
  analysisId: z.uuid("That analysis id is not valid."),
});

export const unsubscribeInput = z.object({
  token: z.string().trim().min(20, "This link is incomplete.").max(200, "This link is not valid."),
});
