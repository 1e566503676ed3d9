/**
 * Page sizes and the cursor rule of the paginated lists. Server components prefetch with the
 * same values the client components query with, so the prefetched pages are the ones reused.
 */
export const MEMBERS_PAGE_SIZE = 25;
export const OUTBOX_PAGE_SIZE = 25;
export const CLIENTS_PAGE_SIZE = 25;
export const AGENCY_ACCESS_PAGE_SIZE = 10;
export const ANALYSES_PAGE_SIZE = 10;
/** Entries of recent activity on the overview. */
export const ACTIVITY_LIMIT = 8;
/** Notifications in the header menu. */
export const NOTIFICATIONS_LIMIT = 10;

export const nextCursor = (page: { nextCursor: string | null }) => page.nextCursor ?? undefined;
