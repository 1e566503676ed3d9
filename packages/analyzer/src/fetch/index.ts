/** `@arco/analyzer` fetch layer: the only way Arco fetches a user-supplied URL. */
export { safeFetch, SAFE_FETCH_DEFAULTS } from "./safe-fetch";
export type { SafeFetchOptions, SafeFetchResult, SafeFetchTiming } from "./safe-fetch";
export { SafeFetchError, SAFE_FETCH_ERROR_CODES, isSafeFetchError } from "./errors";
export type { SafeFetchErrorCode, SafeFetchStage } from "./errors";
export type { LookupFunction, LookupAddress } from "./connector";
export { checkPublicAddress, parseAllowList } from "./address";
export {
  checkTlsAddress,
  readCertificate,
  type CertificateOutcome,
  type PeerCertificate,
  type ReadCertificateOptions,
} from "./tls";
