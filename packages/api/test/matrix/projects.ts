import { rowsOnly } from "./kit";

export const projectsPart = rowsOnly({});
