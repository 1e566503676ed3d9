export { isoDate } from "./access";
export type { Domain } from "./access";
export { checkDomain, checkOrgDomains, inspectDomain, isReservedName } from "./check";
export type { CheckDependencies, CheckResult, DnsResolver } from "./check";
export {
  EXPIRY_THRESHOLDS,
  orgsWithDomains,
  runDomainExpiryWarnings,
  thresholdFor,
} from "./expiry";
export type { ExpiryWarningsInput } from "./expiry";
export { domainsOverview, getDomain, listDomains } from "./list";
export type { DomainSort, ExpiringItem, ListDomainsInput } from "./list";
export { createDomain, deleteDomain, normalizeHostname, updateDomain } from "./manage";
export type { DomainDetails } from "./manage";
export { createDnsRecord, deleteDnsRecord, updateDnsRecord } from "./records";
export type { DnsRecordFields, DnsRecordType } from "./records";
