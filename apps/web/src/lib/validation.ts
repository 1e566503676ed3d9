import { z } from "zod";

import {
  analyzeInput,
  captureLeadInput,
  changePasswordInput,
  createInvitationInput,
  emailSchema,
  inviteRoleSchema,
  orgNameInput,
  signUpInput,
  unsubscribeInput,
  updateProfileInput,
} from "@arco/api/schemas";

import { PASSWORD_MAX } from "./password-strength";

/**
 * The forms' schemas: the router's own input schemas, so a form rejects exactly what the API
 * would, with the same messages. Only what exists on the page alone (sign-in, the password
 * confirmation) is added here.
 */

export const signUpSchema = signUpInput;
export type SignUpValues = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX),
});
export type SignInValues = z.input<typeof signInSchema>;

export const magicLinkSchema = z.object({ email: emailSchema });
export type MagicLinkValues = z.input<typeof magicLinkSchema>;

export const orgNameSchema = orgNameInput;
export type OrgNameValues = z.input<typeof orgNameSchema>;

export const inviteRoles = inviteRoleSchema.options;
export const inviteSchema = createInvitationInput;
export type InviteValues = z.input<typeof inviteSchema>;

export const profileSchema = updateProfileInput;
export type ProfileValues = z.input<typeof profileSchema>;

export const changePasswordSchema = changePasswordInput
  .extend({ currentPassword: z.string().max(PASSWORD_MAX), confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords don’t match.",
  });
export type ChangePasswordValues = z.input<typeof changePasswordSchema>;

/** The address to analyze: `example.com` becomes https://example.com/. */
export const analyzeSchema = analyzeInput;
export type AnalyzeValues = z.input<typeof analyzeSchema>;

/** "Email me this report" and "Sign up to save": the person's part of `leads.capture`. */
export const leadSchema = captureLeadInput.pick({ email: true, consent: true });
export type LeadValues = z.input<typeof leadSchema>;

export const unsubscribeSchema = unsubscribeInput;
