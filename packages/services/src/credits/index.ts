export { grantMonthlyCredits, monthlyGrantKey } from "./background";
export { addCredits, debitCredits } from "./ledger";
export type {
  AddInput,
  AddType,
  CreditEntry,
  CreditEntryType,
  DebitInput,
  DebitResult,
  EntryDetails,
  EntryResult,
} from "./ledger";
export { creditBalance, listCreditLedger, listCreditPacks, listPricing } from "./read";
export type { CreditPack, LedgerFilters, OperationPrice } from "./read";
export { adjustCredits, refundDebit } from "./staff";
