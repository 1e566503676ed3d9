import type { RouterInputs, RouterOutputs } from "@arco/api";

/** People per page; the page prefetches the first with the same input the list asks for. */
const PEOPLE_PAGE_SIZE = 25;

export type PeopleFilters = Omit<RouterInputs["admin"]["people"]["search"], "cursor" | "limit">;
export type Person = RouterOutputs["admin"]["people"]["search"]["items"][number];

/** The search's input for these filters (absent filters left out, so the keys match). */
export const peopleQueryInput = ({ query, staffOnly, disabled }: PeopleFilters) => ({
  limit: PEOPLE_PAGE_SIZE,
  ...(query ? { query } : {}),
  ...(staffOnly ? { staffOnly } : {}),
  ...(disabled === undefined ? {} : { disabled }),
});
