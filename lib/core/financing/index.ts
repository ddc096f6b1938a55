export { amortizeLoan, levelPaymentCents, grossUpForDealerFee } from "./loan";
export type { LoanTerms, LoanSchedule, LoanPeriod, LoanYear, LoanPrepayment, PaymentFrequency } from "./loan";
export { leaseSchedule } from "./lease";
export type { LeaseTerms, LeaseSchedule, LeaseMonth, LeaseYear, LeaseBuyout } from "./lease";
export { ppaSchedule } from "./ppa";
export type { PpaTerms, PpaSchedule, PpaYear } from "./ppa";
export { taxCreditsFor, taxRuleVersions, taxabilityNotes, ASK_YOUR_TAX_ADVISER } from "./tax-rules";
export type { TaxRuleVersion, TaxabilityNote, TaxCreditQuery, TaxCreditOutcome, CustomerTaxCredit, TaxClaimant, TaxCreditAmount } from "./tax-rules";
export { lifecycleCosts, replacementYears, WARRANTY_DEFAULTS } from "./replacements";
export type { LifecycleCosts, LifecycleInput, ReplacementInput, OmInput, ReplaceableComponent, WarrantyDefault } from "./replacements";
export { computeFinancingFigures } from "./figures";
export type {
  Financing,
  FinancingKind,
  FinancingFigures,
  FiguresInput,
  LoanOffer,
  UpfrontIncentive,
  AnnualIncentive,
  MonthlyBills,
  MonthlyRow,
  CashPayback,
  FinancedPayback,
} from "./figures";
export { customerPartCents, describeRecipient } from "./recipients";
export type { Recipient, Ownership } from "./recipients";
export { financingChoiceSchema, loanOfferSchema, leaseTermsSchema, ppaTermsSchema, recipientSchema, parseFinancingChoice } from "./financing-input";
export type { FinancingChoice, FinancingContext, FinancingParse } from "./financing-input";
export { splitCents, EQUAL_MONTH_SHARES } from "./split";
export { escalatedByYear } from "./escalation";
