/** `@arco/analyzer` fetch layer: the only way Arco fetches a user-supplied URL. */
export { safeFetch, SAFE_FETCH_DEFAULTS } from "./safe-fetch.ts";
export type { SafeFetchOptions, SafeFetchResult, SafeFetchTiming } from "./safe-fetch.ts";
export { SafeFetchError, SAFE_FETCH_ERROR_CODES, isSafeFetchError } from "./errors.ts";
export type { SafeFetchErrorCode, SafeFetchStage } from "./errors.ts";
export type { LookupFunction, LookupAddress } from "./connector.ts";
export { checkPublicAddress, parseAllowList } from "./address.ts";
export {
  checkTlsAddress,
  readCertificate,
  type CertificateOutcome,
  type PeerCertificate,
  type ReadCertificateOptions,
} from "./tls.ts";
