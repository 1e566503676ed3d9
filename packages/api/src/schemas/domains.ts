/**
 * Domains and DNS records: the inputs of the `domains` router and the web forms. Pure zod, safe
 * in the browser. DNS records are checked per type here, so the form shows the server's messages.
 */
import { z } from "zod";

import { calendarDateSchema } from "../schemas";

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Is this a fully qualified host name such as `shop.example.com` (at least two labels)? */
export function isHostname(value: string) {
  const name = value.replace(/\.$/, "");
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split(".");
  return (
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    !/^\d+$/.test(labels.at(-1)!)
  );
}

export const hostnameSchema = z
  .string("Enter a domain name.")
  .trim()
  .toLowerCase()
  .min(1, "Enter a domain name, like example.com.")
  .max(253, "Domain names are at most 253 characters.")
  .transform((value) =>
    value
      .replace(/^https?:\/\//, "")
      .replace(/\/+$/, "")
      .replace(/\.$/, ""),
  )
  .refine(isHostname, "Enter a domain name like example.com, without http:// or a path.");

const dateSchema = calendarDateSchema();

const optionalText = (what: string, max: number) =>
  z
    .string(`Enter the ${what} as text.`)
    .trim()
    .max(max, `The ${what} is at most ${max} characters.`)
    .nullable()
    .optional();

export const domainStatuses = ["active", "expired", "pending", "suspended"] as const;
export const sslStatuses = ["active", "expired", "pending", "none", "invalid"] as const;
export const domainSorts = ["name", "renewal", "certificate"] as const;

export const domainsListInput = z.object({
  cursor: z.string("That page cursor is not valid.").max(500).optional(),
  limit: z.number("Choose how many to show.").int().min(1).max(100).default(25),
  status: z.enum(domainStatuses, "Choose a domain status.").optional(),
  sslStatus: z.enum(sslStatuses, "Choose a certificate status.").optional(),
  expiringSoon: z.boolean("Say whether to show only domains expiring soon.").optional(),
  search: z
    .string("Search with text.")
    .trim()
    .max(100, "Search for at most 100 characters.")
    .optional(),
  sort: z.enum(domainSorts, "Sort by name, renewal date or certificate expiry.").default("name"),
});

const projectIdSchema = z.uuid("Choose a project from the list.").nullable().optional();

export const createDomainInput = z.object({
  name: hostnameSchema,
  projectId: projectIdSchema,
});

const nameserversSchema = z
  .array(
    z
      .string("Enter each name server as a host name.")
      .trim()
      .toLowerCase()
      .transform((value) => value.replace(/\.$/, ""))
      .refine(isHostname, "Each name server must be a host name, like ns1.example.net."),
    "Enter the name servers as a list.",
  )
  .max(13, "A domain has at most 13 name servers.");

/** The registration details people edit; every field optional so a form may send only some. */
export const domainDetailsSchema = z.object({
  registrar: optionalText("registrar", 100),
  registeredOn: dateSchema.nullable().optional(),
  renewsOn: dateSchema.nullable().optional(),
  autoRenew: z.boolean("Say whether the domain renews automatically.").optional(),
  nameservers: nameserversSchema.optional(),
  projectId: projectIdSchema,
});

const datesInOrder = (value: { registeredOn?: string | null; renewsOn?: string | null }) =>
  !value.registeredOn || !value.renewsOn || value.renewsOn >= value.registeredOn;
const DATES_MESSAGE = {
  message: "The renewal date cannot be before the registration date.",
  path: ["renewsOn"],
};

export const domainDetailsForm = domainDetailsSchema.refine(datesInOrder, DATES_MESSAGE);

export const updateDomainInput = z
  .object({ id: z.uuid("That domain id is not valid."), ...domainDetailsSchema.shape })
  .refine(datesInOrder, DATES_MESSAGE);

// DNS records --------------------------------------------------------------------------------

export const dnsRecordTypes = ["A", "AAAA", "CNAME", "MX", "TXT", "NS", "CAA"] as const;
export type DnsRecordType = (typeof dnsRecordTypes)[number];

const RECORD_NAME =
  /^(\*|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;
export const CAA_PATTERN = /^(\d{1,3})\s+(issue|issuewild|iodef)\s+"([^"]*)"$/i;
const TXT_TOTAL_MAX = 2048;

export const dnsRecordFields = {
  type: z.enum(dnsRecordTypes, "Choose a record type."),
  name: z
    .string("Enter the record name.")
    .trim()
    .toLowerCase()
    .min(1, "Enter the record name: @ for the domain itself, or e.g. www.")
    .max(253, "Record names are at most 253 characters.")
    .refine(
      (value) => value === "@" || RECORD_NAME.test(value),
      "Use @ for the domain itself, or a name like www or _dmarc, relative to the domain.",
    ),
  value: z
    .string("Enter the record value.")
    .trim()
    .min(1, "Enter the record value.")
    .max(TXT_TOTAL_MAX, `Record values are at most ${TXT_TOTAL_MAX} characters.`),
  ttl: z
    .number("Enter the TTL in seconds.")
    .int("Enter the TTL as whole seconds.")
    .min(60, "The TTL is at least 60 seconds.")
    .max(86_400, "The TTL is at most 86400 seconds (one day).")
    .default(3600),
  priority: z
    .number("Enter the priority as a number.")
    .int("Enter the priority as a whole number.")
    .min(0, "The priority is between 0 and 65535.")
    .max(65_535, "The priority is between 0 and 65535.")
    .nullable()
    .optional(),
};

/** The strings of a TXT value: quoted parts (`"a" "b"`) or the whole value as one string. */
export function txtStrings(value: string): string[] | null {
  if (!value.startsWith('"')) return [value];
  const parts = value.match(/"((?:[^"\\]|\\.)*)"\s*/g);
  if (!parts || parts.join("").length !== value.length) return null;
  return parts.map((part) => part.trim().slice(1, -1));
}

/** Is the value right for the record's type? The message to show, or null when it is. */
export function dnsValueProblem(record: {
  type: DnsRecordType;
  value: string;
  priority?: number | null;
}): { field: "value" | "priority"; message: string } | null {
  const { type, value } = record;
  const problem = (message: string) => ({ field: "value" as const, message });
  switch (type) {
    case "A":
      return z.ipv4().safeParse(value).success
        ? null
        : problem("An A record points to an IPv4 address, like 203.0.113.10.");
    case "AAAA":
      return z.ipv6().safeParse(value).success
        ? null
        : problem("An AAAA record points to an IPv6 address, like 2001:db8::1.");
    case "CNAME":
    case "NS":
      return isHostname(value.toLowerCase())
        ? null
        : problem(`A ${type} record points to a host name, like target.example.net.`);
    case "MX":
      if (!isHostname(value.toLowerCase())) {
        return problem("An MX record points to a mail server's host name, like mx.example.net.");
      }
      return record.priority === null || record.priority === undefined
        ? { field: "priority", message: "MX records need a priority between 0 and 65535." }
        : null;
    case "TXT": {
      const strings = txtStrings(value);
      if (!strings) return problem('Close every quoted part, like "part one" "part two".');
      return strings.some((s) => s.length > 255)
        ? problem(
            'Each TXT string is at most 255 characters: split longer values into quoted parts, like "part one" "part two".',
          )
        : null;
    }
    case "CAA": {
      const match = CAA_PATTERN.exec(value);
      if (!match || Number(match[1]) > 255) {
        return problem('Write CAA values as flags tag "value", like 0 issue "letsencrypt.org".');
      }
      return null;
    }
  }
}

type RecordShape = { type: DnsRecordType; value: string; priority?: number | null };

const checkRecord = (record: RecordShape, ctx: z.RefinementCtx) => {
  const problem = dnsValueProblem(record);
  if (problem) ctx.addIssue({ code: "custom", message: problem.message, path: [problem.field] });
};

/** The record form: type, name, value, TTL and (MX) priority, checked per type. */
export const dnsRecordForm = z.object(dnsRecordFields).superRefine(checkRecord);

export const createDnsRecordInput = z
  .object({ domainId: z.uuid("That domain id is not valid."), ...dnsRecordFields })
  .superRefine(checkRecord);

export const updateDnsRecordInput = z
  .object({ id: z.uuid("That record id is not valid."), ...dnsRecordFields })
  .superRefine(checkRecord);

export type DnsRecordFormValues = z.input<typeof dnsRecordForm>;
export type DomainDetailsValues = z.input<typeof domainDetailsForm>;
