import { rowsOnly } from "./kit";

export const domainsPart = rowsOnly({});
