/** Emails are compared case-insensitively everywhere; stored as typed, trimmed. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
