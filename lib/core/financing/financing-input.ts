/**
 * A financing choice as the app stores it and the command line sends it (cents and fractions), validated with
 * messages in the installer's words that name the field: "APR: 400% is not a rate Gridfolio accepts …". The same
 * schema serves the form's server action, the JSON command line and stored rows (zod at the boundary only: the core's
 * functions trust their types). A form in percent and dollars converts before it parses here.
 *
 * Bounds (docs/financing.md, "Validation"): APR 0–30 %; loan and lease terms 1–360 months (yearly loan payments: whole
 * years); dealer fee 0–50 % of the amount financed; lease and PPA escalators 0–10 % a year; PPA rate up to $2/kWh and
 * term 1–30 years. With the option's context, a down payment above the price and a lease whose escalated payment
 * would exceed today's bill more than tenfold are refused too.
 */
import { z } from "zod";
import { formatNumber, formatPercent, formatUsd } from "../money/format";
import { roundCents } from "../money/round";
import type { Cents } from "../money/round";
import type { Financing } from "./figures";

const MAX_APR = 0.3;
const MAX_TERM_MONTHS = 360;
const MAX_DEALER_FEE = 0.5;
const MAX_ESCALATOR = 0.1;
const MAX_DOLLARS_PER_KWH = 2;
const MAX_PPA_YEARS = 30;
const MAX_CENTS = 10_000_000_000; // $100 million: far above any one system
/** A lease whose payment would grow past this many times today's bill is a typo, not a contract. */
const LEASE_BILL_MULTIPLE = 10;

/** A rate or share entered as a fraction, checked and reported as a percentage. */
function fraction(label: string, max: number, overMax: (value: number) => string) {
  return z.number({ error: `${label}: enter a number (a fraction: 0.0699 means 6.99%).` }).superRefine((value, ctx) => {
    if (!Number.isFinite(value)) ctx.addIssue({ code: "custom", message: `${label}: enter a number.` });
    else if (value < 0) ctx.addIssue({ code: "custom", message: `${label} cannot be negative.` });
    else if (value > max) ctx.addIssue({ code: "custom", message: overMax(value) });
  });
}

/** Whole cents, 0 up to $100 million. */
function cents(label: string) {
  return z.number({ error: `${label}: enter an amount.` }).superRefine((value, ctx) => {
    if (!Number.isSafeInteger(value)) ctx.addIssue({ code: "custom", message: `${label}: enter whole cents.` });
    else if (value < 0) ctx.addIssue({ code: "custom", message: `${label} cannot be negative.` });
    else if (value > MAX_CENTS) ctx.addIssue({ code: "custom", message: `${label} cannot be more than ${formatUsd(MAX_CENTS)}.` });
  });
}

/** A whole number of months or years within [min, max], with the installer's sentence for each side. */
function count(label: string, min: number, max: number, messages: { tooLow: (value: number) => string; tooHigh: (value: number) => string }) {
  return z.number({ error: `${label}: enter a whole number.` }).superRefine((value, ctx) => {
    if (!Number.isInteger(value)) ctx.addIssue({ code: "custom", message: `${label}: enter a whole number.` });
    else if (value < min) ctx.addIssue({ code: "custom", message: messages.tooLow(value) });
    else if (value > max) ctx.addIssue({ code: "custom", message: messages.tooHigh(value) });
  });
}

const termMonths = (label: string) =>
  count(label, 1, MAX_TERM_MONTHS, {
    tooLow: (value) => `${label}: ${value} months is no term at all; enter 1 to ${MAX_TERM_MONTHS} months.`,
    tooHigh: (value) => `${label}: ${value} months (${formatNumber(value / 12, 1)} years) is longer than the ${MAX_TERM_MONTHS} months (30 years) Gridfolio accepts.`,
  });

const escalator = (label: string) =>
  fraction(label, MAX_ESCALATOR, (value) => `${label}: ${formatPercent(value)} a year is more than the ${formatPercent(MAX_ESCALATOR)} Gridfolio accepts.`);

export const recipientSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("customer") }),
  z.strictObject({ kind: z.literal("owner") }),
  z.strictObject({ kind: z.literal("shared"), customerShare: fraction("Customer's share", 1, () => "Customer's share: enter 0% to 100%.") }),
]);

export const loanOfferSchema = z
  .strictObject({
    apr: fraction("APR", MAX_APR, (value) => `APR: ${formatPercent(value)} is not a loan rate Gridfolio accepts; enter 0% to ${formatPercent(MAX_APR)} (0.0699 for 6.99%).`),
    termMonths: termMonths("Loan term"),
    downPaymentCents: cents("Down payment").default(0),
    dealerFee: fraction("Dealer fee", MAX_DEALER_FEE, (value) =>
      value >= 1
        ? `Dealer fee: ${formatPercent(value)} of the amount financed would leave nothing of the loan to pay for the system; enter 0% to ${formatPercent(MAX_DEALER_FEE)}.`
        : `Dealer fee: ${formatPercent(value)} of the amount financed is more than the ${formatPercent(MAX_DEALER_FEE)} Gridfolio accepts.`,
    ).default(0),
    frequency: z.enum(["monthly", "yearly"], { error: "Payment frequency: choose monthly or yearly." }).default("monthly"),
    prepayment: z
      .strictObject({
        month: count("Prepayment month", 1, MAX_TERM_MONTHS, {
          tooLow: () => "Prepayment month: enter the month of the loan the money is paid in (1 or later).",
          tooHigh: (value) => `Prepayment month: month ${value} is after any loan Gridfolio accepts.`,
        }),
        amountCents: cents("Prepayment amount"),
      })
      .nullable()
      .default(null),
  })
  .superRefine((loan, ctx) => {
    if (loan.frequency === "yearly" && loan.termMonths % 12 !== 0) {
      ctx.addIssue({ code: "custom", path: ["termMonths"], message: `Loan term: yearly payments need whole years; ${loan.termMonths} months is not a multiple of 12.` });
    }
    if (loan.prepayment !== null && loan.prepayment.month > loan.termMonths) {
      ctx.addIssue({ code: "custom", path: ["prepayment", "month"], message: `Prepayment month: month ${loan.prepayment.month} is after the loan's last month (${loan.termMonths}).` });
    }
  });

export const leaseTermsSchema = z
  .strictObject({
    monthlyPaymentCents: cents("Monthly lease payment"),
    escalator: escalator("Lease escalator"),
    termMonths: termMonths("Lease term"),
    upfrontPaymentCents: cents("Payment at signing").default(0),
    buyout: z
      .strictObject({
        afterMonth: count("Buyout month", 1, MAX_TERM_MONTHS, {
          tooLow: () => "Buyout month: enter the month after which the system can be bought (1 or later).",
          tooHigh: (value) => `Buyout month: month ${value} is after any lease Gridfolio accepts.`,
        }),
        priceCents: cents("Buyout price"),
        isExercised: z.boolean({ error: "Buyout: say whether the figures assume it." }).default(false),
      })
      .nullable()
      .default(null),
  })
  .superRefine((lease, ctx) => {
    if (lease.buyout !== null && lease.buyout.afterMonth > lease.termMonths) {
      ctx.addIssue({ code: "custom", path: ["buyout", "afterMonth"], message: `Buyout month: month ${lease.buyout.afterMonth} is after the lease's last month (${lease.termMonths}).` });
    }
  });

export const ppaTermsSchema = z.strictObject({
  dollarsPerKwh: z.number({ error: "PPA rate: enter a price per kWh." }).superRefine((value, ctx) => {
    if (!Number.isFinite(value) || value < 0) ctx.addIssue({ code: "custom", message: "PPA rate: enter a price per kWh of 0 or more." });
    else if (value > MAX_DOLLARS_PER_KWH) {
      ctx.addIssue({ code: "custom", message: `PPA rate: $${formatNumber(value, 4)}/kWh is more than the $${MAX_DOLLARS_PER_KWH}/kWh Gridfolio accepts (enter dollars: 0.145 for 14.5¢).` });
    }
  }),
  escalator: escalator("PPA escalator"),
  termYears: count("PPA term", 1, MAX_PPA_YEARS, {
    tooLow: (value) => `PPA term: ${value} years is no term at all; enter 1 to ${MAX_PPA_YEARS} years.`,
    tooHigh: (value) => `PPA term: ${value} years is longer than the ${MAX_PPA_YEARS} years Gridfolio accepts.`,
  }),
  productionKwhByYear: z
    .array(z.number().min(0, "Production cannot be negative.").max(100_000_000, "Production: more than 100,000,000 kWh a year is not one system."), {
      error: "Production: give the system's kWh for each year.",
    })
    .min(1, "Production: give the system's kWh for each year."),
  monthlyProductionShares: z
    .array(z.number().min(0, "Monthly production shares cannot be negative."))
    .length(12, "Monthly production shares: give one share for each of the 12 months.")
    .refine((shares) => Math.abs(shares.reduce((a, b) => a + b, 0) - 1) <= 0.001, "Monthly production shares must add up to 100%.")
    .optional(),
});

export const financingChoiceSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("cash") }),
    z.strictObject({ kind: z.literal("loan"), loan: loanOfferSchema }),
    z.strictObject({ kind: z.literal("lease"), lease: leaseTermsSchema }),
    z.strictObject({ kind: z.literal("ppa"), ppa: ppaTermsSchema }),
  ],
  { error: "Financing: choose cash, loan, lease or PPA." },
);

export type FinancingChoice = z.infer<typeof financingChoiceSchema>;

/** What the option tells the checks that need it (all optional). */
export interface FinancingContext {
  /** The price the customer would pay in cash, after incentives at signing. */
  priceCents?: Cents;
  /** Today's yearly electricity bill, without the system. */
  billTodayYearlyCents?: Cents;
}

export type FinancingParse = { success: true; data: Financing } | { success: false; fieldErrors: Record<string, string>; message: string };

/**
 * Parses a financing choice; on failure, one message per field (by dotted path, "loan.apr") for the form to show
 * beside it, and a summary. Nothing that fails here should be saved.
 */
export function parseFinancingChoice(raw: unknown, context: FinancingContext = {}): FinancingParse {
  const parsed = financingChoiceSchema.safeParse(raw);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      fieldErrors[path] ??= issue.message;
    }
    return { success: false, fieldErrors, message: summary(fieldErrors) };
  }
  const choice = parsed.data;
  if (choice.kind === "loan" && context.priceCents !== undefined && choice.loan.downPaymentCents > Math.max(context.priceCents, 0)) {
    fieldErrors["loan.downPaymentCents"] = `Down payment: ${formatUsd(choice.loan.downPaymentCents)} is more than the ${formatUsd(context.priceCents)} price; pay cash instead, or lower it.`;
  }
  if (choice.kind === "lease" && context.billTodayYearlyCents !== undefined && context.billTodayYearlyCents > 0) {
    const years = Math.ceil(choice.lease.termMonths / 12);
    const lastMonthly = choice.lease.monthlyPaymentCents * (1 + choice.lease.escalator) ** (years - 1);
    if (lastMonthly * 12 > LEASE_BILL_MULTIPLE * context.billTodayYearlyCents) {
      fieldErrors["lease.escalator"] =
        `Lease escalator: at ${formatPercent(choice.lease.escalator)} a year the ${formatUsd(choice.lease.monthlyPaymentCents)} payment grows to about ${formatUsd(roundCents(lastMonthly), { cents: false })} a month by year ${years}, ` +
        `more than ${LEASE_BILL_MULTIPLE} times today's bill of ${formatUsd(context.billTodayYearlyCents)} a year. Check the escalator and the payment.`;
    }
  }
  if (Object.keys(fieldErrors).length > 0) return { success: false, fieldErrors, message: summary(fieldErrors) };
  return { success: true, data: choice };
}

function summary(fieldErrors: Record<string, string>): string {
  const count = Object.keys(fieldErrors).length;
  return count === 1 ? "One financing field needs fixing; nothing was saved." : `${count} financing fields need fixing; nothing was saved.`;
}
