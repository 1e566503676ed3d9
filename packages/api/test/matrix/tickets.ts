import { rowsOnly } from "./kit";

export const ticketsPart = rowsOnly({});
