import { rowsOnly } from "./kit";

export const filesPart = rowsOnly({});
