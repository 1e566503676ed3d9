export { isoDate } from "./access";
export type { Domain } from "./access";
export { checkDomain, inspectDomain, isReservedName } from "./check";
export type { CheckResult, DnsResolver, DomainLookups } from "./check";
export { createDomain, deleteDomain, normalizeHostname, updateDomain } from "./domains";
export type { DomainDetails } from "./domains";
export { domainsOverview, getDomain, listDomains } from "./read";
export type { DomainSort, ExpiringItem, ListDomainsInput } from "./read";
export { createDnsRecord, deleteDnsRecord, updateDnsRecord } from "./records";
export type { DnsRecordFields, DnsRecordType } from "./records";
export {
  EXPIRY_THRESHOLDS,
  checkOrgDomains,
  orgsWithDomains,
  runDomainExpiryWarnings,
  thresholdFor,
} from "./background";
