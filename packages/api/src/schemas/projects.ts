/**
 * Input schemas of projects, their milestones and deliveries, shared with the web forms. Pure
 * zod: safe to import in the browser. Money travels in cents; dates as ISO `YYYY-MM-DD`.
 */
import { z } from "zod";

import { calendarDateSchema, dateOrDateTimeSchema, idInput, paginationInput } from "../schemas";

export const projectStatuses = [
  "discovery",
  "development",
  "testing",
  "staging",
  "live",
  "maintenance",
] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const projectSorts = ["updated", "name", "delivery"] as const;
export type ProjectSort = (typeof projectSorts)[number];

/** Integer columns hold up to 2^31 - 1 cents. */
export const MAX_BUDGET_CENTS = 2_000_000_000;

const statusSchema = z.enum(projectStatuses, "Choose a status.");
const projectName = z
  .string()
  .trim()
  .min(1, "Enter the project’s name.")
  .max(120, "Project names are at most 120 characters.");
const description = z
  .string()
  .trim()
  .max(5000, "Descriptions are at most 5000 characters.")
  .transform((value) => value || null)
  .nullable();
const isoDate = (what: string) =>
  calendarDateSchema(`Enter the ${what} as a date, like 2026-03-31.`).nullable();
const cents = (what: string) =>
  z
    .number(`Enter the ${what} as a number.`)
    .int(`Enter the ${what} in whole cents.`)
    .min(0, `The ${what} cannot be negative.`)
    .max(MAX_BUDGET_CENTS, `The ${what} is too large.`);
const userId = z.uuid("That person is not valid.");

const projectFields = {
  name: projectName,
  description: description.optional(),
  status: statusSchema.optional(),
  completionPercent: z
    .number("Enter the completion as a number.")
    .int("Enter the completion as a whole percentage.")
    .min(0, "Completion is between 0 and 100%.")
    .max(100, "Completion is between 0 and 100%.")
    .optional(),
  budgetTotalCents: cents("total budget").nullable().optional(),
  budgetUsedCents: cents("budget used").optional(),
  startDate: isoDate("start date").optional(),
  estimatedDelivery: isoDate("estimated delivery").optional(),
  actualDelivery: isoDate("actual delivery").optional(),
  projectManagerId: userId.nullable().optional(),
  teamIds: z
    .array(userId, "Choose the team from the organization’s members.")
    .max(50, "A team has at most 50 people.")
    .optional(),
};

type DateFields = {
  startDate?: unknown;
  estimatedDelivery?: unknown;
  actualDelivery?: unknown;
};

/** Delivery dates never come before the start (ISO dates compare as text). */
function checkDateOrder(value: DateFields, ctx: z.RefinementCtx) {
  const start = typeof value.startDate === "string" ? value.startDate : null;
  if (!start) return;
  for (const [field, label] of [
    ["estimatedDelivery", "estimated delivery"],
    ["actualDelivery", "actual delivery"],
  ] as const) {
    const date = value[field];
    if (typeof date === "string" && date !== "" && date < start) {
      ctx.addIssue({
        code: "custom",
        path: [field],
        message: `The ${label} cannot be before the start date.`,
      });
    }
  }
}

export const createProjectInput = z.object(projectFields).superRefine(checkDateOrder);
export type CreateProjectInput = z.input<typeof createProjectInput>;

export const updateProjectInput = z
  .object({ id: idInput.shape.id, ...projectFields, name: projectName.optional() })
  .superRefine(checkDateOrder);
export type UpdateProjectInput = z.input<typeof updateProjectInput>;

export const listProjectsInput = paginationInput.extend({
  status: statusSchema.optional(),
  search: z.string().trim().max(100, "Search for at most 100 characters.").optional(),
  includeArchived: z.boolean("Say whether to include archived projects.").default(false),
  sort: z.enum(projectSorts, "Choose how to sort.").default("updated"),
});

export const projectIdInput = z.object({ projectId: z.uuid("That project id is not valid.") });

const milestoneTitle = z
  .string()
  .trim()
  .min(1, "Enter a title.")
  .max(200, "Titles are at most 200 characters.");

export const createMilestoneInput = z.object({
  projectId: projectIdInput.shape.projectId,
  title: milestoneTitle,
  description: description.optional(),
  dueDate: isoDate("due date").optional(),
});
export type CreateMilestoneInput = z.input<typeof createMilestoneInput>;

export const updateMilestoneInput = z.object({
  id: idInput.shape.id,
  title: milestoneTitle.optional(),
  description: description.optional(),
  dueDate: isoDate("due date").optional(),
});

export const setMilestoneDoneInput = z.object({
  id: idInput.shape.id,
  done: z.boolean("Say whether the milestone is done."),
});

const webUrl = z
  .string()
  .trim()
  .max(2048, "That address is too long: 2048 characters at most.")
  .refine((value) => {
    const url = URL.parse(value);
    return url !== null && (url.protocol === "http:" || url.protocol === "https:") && !!url.host;
  }, "Enter a link starting with https:// or http://.");

export const createDeliveryInput = z
  .object({
    projectId: projectIdInput.shape.projectId,
    title: milestoneTitle,
    description: description.optional(),
    deliveredAt: dateOrDateTimeSchema("Enter the delivery date, like 2026-03-31.").optional(),
    url: webUrl.nullable().optional(),
    storageItemId: z.uuid("That file is not valid.").nullable().optional(),
  })
  .superRefine((value, ctx) => {
    if (typeof value.url === "string" && typeof value.storageItemId === "string") {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        message: "Link either a web address or a file, not both.",
      });
    }
  });
export type CreateDeliveryInput = z.input<typeof createDeliveryInput>;

/**
 * Budgets as people type them in forms: whole or decimal reais ("1500", "1500.50", "1.500,50"),
 * empty for none. Returns cents, null for empty, or NaN when it is not an amount.
 */
export function parseMoneyToCents(text: string): number | null {
  const trimmed = text.trim().replace(/^R\$\s*/i, "");
  if (!trimmed) return null;
  const normalized = /,\d{1,2}$/.test(trimmed)
    ? trimmed.replace(/\./g, "").replace(",", ".")
    : trimmed.replace(/,/g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
}

const moneyText = (what: string, required: boolean) =>
  z.string().superRefine((text, ctx) => {
    const value = parseMoneyToCents(text);
    if (value === null) {
      if (required) ctx.addIssue({ code: "custom", message: `Enter the ${what}, or 0.` });
    } else if (Number.isNaN(value)) {
      ctx.addIssue({ code: "custom", message: `Enter the ${what} as an amount, like 1500.00.` });
    } else if (value > MAX_BUDGET_CENTS) {
      ctx.addIssue({ code: "custom", message: `The ${what} is too large.` });
    }
  });

const optionalDate = (what: string) =>
  z
    .string()
    .refine(
      (value) => value === "" || z.iso.date().safeParse(value).success,
      `Enter the ${what} as a date.`,
    );

/** The project form as typed: amounts as text in reais, dates as "" or `YYYY-MM-DD`. */
export const projectFormSchema = z
  .object({
    name: projectName,
    description: z.string().max(5000, "Descriptions are at most 5000 characters."),
    status: statusSchema,
    completionPercent: z
      .number("Enter the completion as a number.")
      .int("Enter the completion as a whole percentage.")
      .min(0, "Completion is between 0 and 100%.")
      .max(100, "Completion is between 0 and 100%."),
    budgetTotal: moneyText("total budget", false),
    budgetUsed: moneyText("budget used", true),
    startDate: optionalDate("start date"),
    estimatedDelivery: optionalDate("estimated delivery"),
    actualDelivery: optionalDate("actual delivery"),
    projectManagerId: z.string(),
    teamIds: z.array(z.string()),
  })
  .superRefine(checkDateOrder);
export type ProjectFormValues = z.infer<typeof projectFormSchema>;

/** What the project form sends: empty text becomes null, reais become cents. */
export function projectFormToInput(values: ProjectFormValues) {
  return {
    name: values.name,
    description: values.description.trim() || null,
    status: values.status,
    completionPercent: values.completionPercent,
    budgetTotalCents: parseMoneyToCents(values.budgetTotal),
    budgetUsedCents: parseMoneyToCents(values.budgetUsed) ?? 0,
    startDate: values.startDate || null,
    estimatedDelivery: values.estimatedDelivery || null,
    actualDelivery: values.actualDelivery || null,
    projectManagerId: values.projectManagerId || null,
    teamIds: values.teamIds,
  };
}

/** The milestone form as typed: an empty due date means none. */
export const milestoneFormSchema = z.object({
  title: milestoneTitle,
  dueDate: optionalDate("due date"),
  description: z.string().max(5000, "Descriptions are at most 5000 characters."),
});
export type MilestoneFormValues = z.infer<typeof milestoneFormSchema>;

export const deliveryKinds = ["link", "file"] as const;

/** The link or file is checked even when another field (the title, say) is wrong. */
const deliveryTargetCheckable = {
  when: ({ value, issues }: { value: unknown; issues: readonly { path?: PropertyKey[] }[] }) =>
    typeof value === "object" &&
    value !== null &&
    !issues.some((issue) => ["kind", "url", "file"].includes(String(issue.path?.[0]))),
};

/**
 * The delivery form as typed: what was delivered, when, and either the link to it or one of the
 * organization's files. Only the chosen kind's field is checked.
 */
export const deliveryFormSchema = z
  .object({
    title: milestoneTitle,
    kind: z.enum(deliveryKinds, "Choose a link or a file."),
    url: z.string(),
    file: z.object({ id: z.string(), name: z.string(), sizeBytes: z.number() }).nullable(),
    deliveredOn: z.iso.date("Enter the delivery date."),
    description: z.string().max(5000, "Descriptions are at most 5000 characters."),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "file") {
      if (!value.file) ctx.addIssue({ code: "custom", path: ["file"], message: "Choose a file." });
      return;
    }
    const url = webUrl.safeParse(value.url);
    if (!url.success) {
      ctx.addIssue({ code: "custom", path: ["url"], message: url.error.issues[0]!.message });
    }
  }, deliveryTargetCheckable);
export type DeliveryFormValues = z.infer<typeof deliveryFormSchema>;
