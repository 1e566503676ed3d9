/** Every part of the tenancy matrix, in the order their fixtures are created. */
import type { Database } from "@arco/db";

import { buildWorld } from "../harness";
import { auditPart } from "./audit";
import { billingPart } from "./billing";
import { corePart } from "./core";
import { domainsPart } from "./domains";
import { filesPart } from "./files";
import { impersonationPart } from "./impersonation";
import type { MatrixPart } from "./kit";
import { leadsPart } from "./leads";
import { metricsPart } from "./metrics";
import { notificationsPart } from "./notifications";
import { peoplePart } from "./people";
import { plansPart } from "./plans";
import { projectsPart } from "./projects";
import { ticketsPart } from "./tickets";

export const parts: MatrixPart<unknown>[] = [
  corePart,
  notificationsPart,
  projectsPart,
  domainsPart,
  ticketsPart,
  filesPart,
  billingPart,
  impersonationPart,
  peoplePart,
  plansPart,
  leadsPart,
  auditPart,
  metricsPart,
];

/** The world of the matrix and each part's fixtures (in the order of `parts`), built once. */
export async function buildMatrixWorld(db: Database) {
  const world = await buildWorld(db);
  const fixtures: unknown[] = [];
  for (const part of parts) fixtures.push(await part.fixtures(db, world));
  return { world, fixtures };
}
