import { z } from "zod";
import { parseFinancingChoice, type Financing, type FinancingChoice, type FinancingContext } from "../core/financing";
import { capitalize } from "../core/numbers/rules";
import { centsToDollarsInput, numberToInput } from "./form-values";
import { moneyInput, numberInput, optionalText, requiredText } from "./fields";
import { ZId } from "./ids";

/**
 * The financing forms (a product on the organization's financing page, an offer on one option) in the units an
 * installer types: percent, dollars, months. Each form is read here and then handed to the core's
 * `parseFinancingChoice` (lib/core/financing/financing-input.ts), which owns the bounds and the messages (an APR of
 * 400%, a term of 0 or 600 months, a dealer fee of 100%); its errors come back under the form's own field names so
 * each shows beside its field. The same schema checks in the browser (without the option's context) and in the
 * action (with it), and nothing is saved while any field is refused.
 */

export const FINANCING_KINDS = ["loan", "lease", "ppa"] as const;
export type FinancingProductKind = (typeof FINANCING_KINDS)[number];

export const FINANCING_KIND_LABELS: Record<FinancingProductKind, string> = {
  loan: "Loan",
  lease: "Lease",
  ppa: "Power purchase agreement (PPA)",
};

type NonCashChoice = Exclude<FinancingChoice, { kind: "cash" }>;
type PpaChoice = Extract<NonCashChoice, { kind: "ppa" }>;

/**
 * What a product (or an offer) stores: the core's choice without what belongs to one option. A PPA's production by
 * year and its monthly shares come from the option it is offered on, when the figures are made.
 */
export type FinancingTerms = Exclude<NonCashChoice, { kind: "ppa" }> | { kind: "ppa"; ppa: Omit<PpaChoice["ppa"], "productionKwhByYear" | "monthlyProductionShares"> };

/**
 * The core's schema needs a PPA's production; terms are checked before any option supplies it, so a stand-in year
 * goes in for the check and comes out again (its value cannot make the terms wrong: production is not bounded by
 * anything the form sets).
 */
const STAND_IN_PRODUCTION = [0];

/** Terms as the core's choice, PPA production left empty for the option to fill (lib/proposal builds the figures). */
export function choiceOfTerms(terms: FinancingTerms, productionKwhByYear: number[] = []): NonCashChoice {
  return terms.kind === "ppa" ? { kind: "ppa", ppa: { ...terms.ppa, productionKwhByYear } } : terms;
}

/**
 * `parseFinancingChoice` answers with the schema's output (every default filled in) typed as the core's looser
 * `Financing`, whose fields are optional: the value is a FinancingChoice.
 */
function asChoice(financing: Exclude<Financing, { kind: "cash" }>): NonCashChoice {
  return financing as NonCashChoice;
}

function termsOfChoice(choice: NonCashChoice): FinancingTerms {
  if (choice.kind !== "ppa") return choice;
  const { productionKwhByYear: _production, monthlyProductionShares: _shares, ...ppa } = choice.ppa;
  return { kind: "ppa", ppa };
}

/** Stored terms read back (a JSON column), checked again; null when they are not terms Gridfolio accepts today. */
export function readStoredTerms(json: unknown): FinancingTerms | null {
  if (typeof json !== "object" || json === null) return null;
  const raw = json as { kind?: unknown; ppa?: unknown };
  const candidate = raw.kind === "ppa" && typeof raw.ppa === "object" && raw.ppa !== null ? { ...raw, ppa: { ...raw.ppa, productionKwhByYear: STAND_IN_PRODUCTION } } : json;
  const parsed = parseFinancingChoice(candidate);
  if (!parsed.success || parsed.data.kind === "cash") return null;
  return termsOfChoice(asChoice(parsed.data));
}

// ---------------------------------------------------------------------------------------------------------------
// The terms' fields

/** The form's field for each of the core's paths; a refusal on a path not listed shows beside the kind. */
const FORM_FIELD_OF_PATH: Record<string, string> = {
  "loan.apr": "aprPercent",
  "loan.termMonths": "loanTermMonths",
  "loan.downPaymentCents": "downPayment",
  "loan.dealerFee": "dealerFeePercent",
  "loan.frequency": "paymentFrequency",
  "loan.prepayment.month": "prepaymentMonth",
  "loan.prepayment.amountCents": "prepaymentAmount",
  "lease.monthlyPaymentCents": "leaseMonthlyPayment",
  "lease.escalator": "leaseEscalatorPercent",
  "lease.termMonths": "leaseTermMonths",
  "lease.upfrontPaymentCents": "leaseUpfrontPayment",
  "lease.buyout.afterMonth": "buyoutAfterMonth",
  "lease.buyout.priceCents": "buyoutPrice",
  "ppa.dollarsPerKwh": "ppaRate",
  "ppa.escalator": "ppaEscalatorPercent",
  "ppa.termYears": "ppaTermYears",
};

export function formFieldOfPath(path: string): string {
  return FORM_FIELD_OF_PATH[path] ?? "kind";
}

/**
 * The core writes its rate messages for fractions ("enter 0% to 30% (0.0699 for 6.99%)"); this form asks for
 * percent, so the fraction example would mislead. Everything else in the message stays the core's.
 */
function inFormUnits(message: string): string {
  return message.replace(/ \(0\.0699 for 6\.99%\)/g, "").replace(/ \(a fraction: 0\.0699 means 6\.99%\)/g, "");
}

export type FinancingTermsValues = Record<
  | "kind" | "aprPercent" | "loanTermMonths" | "downPayment" | "dealerFeePercent" | "paymentFrequency" | "prepaymentMonth" | "prepaymentAmount"
  | "leaseMonthlyPayment" | "leaseEscalatorPercent" | "leaseTermMonths" | "leaseUpfrontPayment" | "buyoutAfterMonth" | "buyoutPrice" | "buyoutExercised"
  | "ppaRate" | "ppaEscalatorPercent" | "ppaTermYears",
  string
>;

const termsFormFields = {
  kind: z.string().optional(),
  aprPercent: z.string().optional(),
  loanTermMonths: z.string().optional(),
  downPayment: z.string().optional(),
  dealerFeePercent: z.string().optional(),
  paymentFrequency: z.string().optional(),
  prepaymentMonth: z.string().optional(),
  prepaymentAmount: z.string().optional(),
  leaseMonthlyPayment: z.string().optional(),
  leaseEscalatorPercent: z.string().optional(),
  leaseTermMonths: z.string().optional(),
  leaseUpfrontPayment: z.string().optional(),
  buyoutAfterMonth: z.string().optional(),
  buyoutPrice: z.string().optional(),
  buyoutExercised: z.string().optional(),
  ppaRate: z.string().optional(),
  ppaEscalatorPercent: z.string().optional(),
  ppaTermYears: z.string().optional(),
};

type TermsForm = { [K in keyof typeof termsFormFields]?: string };

// Typing checks only (a plain decimal, whole months): how much is too much is the core's to say, with its message.
const WIDE = 1_000_000_000;
const percentField = (label: string) => numberInput(label, { min: -WIDE, max: WIDE, decimals: 4, unit: "%" });
const monthsField = (label: string) => numberInput(label, { min: -WIDE, max: WIDE, integer: true });
const dollarsPerKwhField = (label: string) => numberInput(label, { min: -WIDE, max: WIDE, decimals: 4 });

/** Percent typed (6.99) as the core's fraction (0.0699), without binary noise (2.9 / 100 is 0.028999…). */
function percentToFraction(percent: number): number {
  return Math.round(percent * 1e8) / 1e10;
}

const isBlank = (value: string | undefined) => value === undefined || value.trim() === "";

type Reader = <T>(schema: z.ZodType<T>, field: keyof TermsForm) => T | undefined;

/** The form's terms as the core's raw choice, or undefined after reporting each field that could not be read. */
function rawChoiceOf(form: TermsForm, read: Reader, requireWith: (field: keyof TermsForm, message: string) => void): unknown {
  switch (form.kind) {
    case "loan": {
      const prepaymentGiven = !isBlank(form.prepaymentMonth) || !isBlank(form.prepaymentAmount);
      if (prepaymentGiven && isBlank(form.prepaymentMonth)) requireWith("prepaymentMonth", "Enter the month of the loan the prepayment is paid in, or clear the prepayment amount.");
      if (prepaymentGiven && isBlank(form.prepaymentAmount)) requireWith("prepaymentAmount", "Enter the prepayment amount, or clear the prepayment month.");
      const apr = read(percentField("APR"), "aprPercent");
      const termMonths = read(monthsField("loan term"), "loanTermMonths");
      const downPaymentCents = read(moneyInput("down payment", { required: false }), "downPayment");
      const dealerFee = isBlank(form.dealerFeePercent) ? 0 : read(percentField("dealer fee"), "dealerFeePercent");
      const month = prepaymentGiven && !isBlank(form.prepaymentMonth) ? read(monthsField("prepayment month"), "prepaymentMonth") : undefined;
      const amountCents = prepaymentGiven && !isBlank(form.prepaymentAmount) ? read(moneyInput("prepayment amount"), "prepaymentAmount") : undefined;
      if (apr === undefined || termMonths === undefined || downPaymentCents === undefined || dealerFee === undefined) return undefined;
      if (prepaymentGiven && (month === undefined || amountCents === undefined)) return undefined;
      const frequency = form.paymentFrequency === "yearly" ? "yearly" : "monthly";
      return {
        kind: "loan",
        loan: { apr: percentToFraction(apr), termMonths, downPaymentCents, dealerFee: percentToFraction(dealerFee), frequency, prepayment: prepaymentGiven ? { month, amountCents } : null },
      };
    }
    case "lease": {
      const buyoutGiven = !isBlank(form.buyoutAfterMonth) || !isBlank(form.buyoutPrice);
      if (buyoutGiven && isBlank(form.buyoutAfterMonth)) requireWith("buyoutAfterMonth", "Enter the month after which the system can be bought, or clear the buyout price.");
      if (buyoutGiven && isBlank(form.buyoutPrice)) requireWith("buyoutPrice", "Enter the buyout price, or clear the buyout month.");
      const monthlyPaymentCents = read(moneyInput("monthly lease payment"), "leaseMonthlyPayment");
      const escalator = isBlank(form.leaseEscalatorPercent) ? 0 : read(percentField("lease escalator"), "leaseEscalatorPercent");
      const termMonths = read(monthsField("lease term"), "leaseTermMonths");
      const upfrontPaymentCents = read(moneyInput("payment at signing", { required: false }), "leaseUpfrontPayment");
      const afterMonth = buyoutGiven && !isBlank(form.buyoutAfterMonth) ? read(monthsField("buyout month"), "buyoutAfterMonth") : undefined;
      const priceCents = buyoutGiven && !isBlank(form.buyoutPrice) ? read(moneyInput("buyout price"), "buyoutPrice") : undefined;
      if (monthlyPaymentCents === undefined || escalator === undefined || termMonths === undefined || upfrontPaymentCents === undefined) return undefined;
      if (buyoutGiven && (afterMonth === undefined || priceCents === undefined)) return undefined;
      return {
        kind: "lease",
        lease: {
          monthlyPaymentCents,
          escalator: percentToFraction(escalator),
          termMonths,
          upfrontPaymentCents,
          buyout: buyoutGiven ? { afterMonth, priceCents, isExercised: form.buyoutExercised === "on" } : null,
        },
      };
    }
    case "ppa": {
      const dollarsPerKwh = read(dollarsPerKwhField("PPA rate"), "ppaRate");
      const escalator = isBlank(form.ppaEscalatorPercent) ? 0 : read(percentField("PPA escalator"), "ppaEscalatorPercent");
      const termYears = read(monthsField("PPA term"), "ppaTermYears");
      if (dollarsPerKwh === undefined || escalator === undefined || termYears === undefined) return undefined;
      return { kind: "ppa", ppa: { dollarsPerKwh, escalator: percentToFraction(escalator), termYears, productionKwhByYear: STAND_IN_PRODUCTION } };
    }
    default:
      requireWith("kind", "Choose a loan, a lease or a PPA.");
      return undefined;
  }
}

/** Reads the terms' fields of `form` into the core's terms, reporting every refusal under its form field. */
function readTerms(form: TermsForm, context: FinancingContext, ctx: z.RefinementCtx): FinancingTerms | undefined {
  let isReadable = true;
  const report = (field: string, message: string) => {
    isReadable = false;
    ctx.addIssue({ code: "custom", path: [field], message });
  };
  const read: Reader = (schema, field) => {
    const parsed = schema.safeParse(form[field] ?? "");
    if (parsed.success) return parsed.data;
    report(field, parsed.error.issues[0]?.message ?? `Check ${field}.`);
    return undefined;
  };
  const raw = rawChoiceOf(form, read, report);
  if (!isReadable || raw === undefined) return undefined;
  const parsed = parseFinancingChoice(raw, context);
  if (!parsed.success) {
    for (const [path, message] of Object.entries(parsed.fieldErrors)) report(formFieldOfPath(path), inFormUnits(message));
    return undefined;
  }
  if (parsed.data.kind === "cash") {
    report("kind", "Cash is always offered; choose a loan, a lease or a PPA.");
    return undefined;
  }
  return termsOfChoice(asChoice(parsed.data));
}

// ---------------------------------------------------------------------------------------------------------------
// The forms

/** A calendar day typed as YYYY-MM-DD (a date input), kept as that day at 00:00 UTC (a DATE column). */
function dayInput(label: string) {
  return z.string({ error: `Enter ${label}.` }).trim().transform((value, ctx) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (value === "") ctx.addIssue({ code: "custom", message: `Enter ${label}.` });
    else if (!date || date.toISOString().slice(0, 10) !== value) ctx.addIssue({ code: "custom", message: `${capitalize(label)} must be a date like 2026-12-03.` });
    else if (date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) ctx.addIssue({ code: "custom", message: `${capitalize(label)} must be between 2000 and 2100.` });
    else return date;
    return z.NEVER;
  });
}

/** An http(s) address of the lender's rate sheet or terms; blank is none. */
function sourceUrlInput() {
  return optionalText("source address", 500).transform((value, ctx) => {
    if (value === null) return null;
    try {
      const url = new URL(value);
      if ((url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") && !url.username && !url.password) return url.toString();
    } catch {
      // answered below
    }
    ctx.addIssue({ code: "custom", message: "Enter the address of the lender's terms, like https://lender.example/rates." });
    return z.NEVER;
  });
}

/**
 * A financing product (organization settings): who offers it, since when, where the terms were read and when they
 * were last checked, and its terms. Without an option there is no price or bill to check the terms against.
 */
export const ZFinancingProductForm = z
  .object({
    name: requiredText("the product name", 120),
    provider: requiredText("the lender or company", 120),
    effectiveFrom: dayInput("the date the terms apply from"),
    checkedOn: dayInput("the date the terms were checked"),
    sourceUrl: sourceUrlInput(),
    notes: optionalText("notes", 1000),
    ...termsFormFields,
  })
  .transform((form, ctx) => {
    const terms = readTerms(form, {}, ctx);
    if (terms === undefined) return z.NEVER;
    return { name: form.name, provider: form.provider, effectiveFrom: form.effectiveFrom, checkedOn: form.checkedOn, sourceUrl: form.sourceUrl, notes: form.notes, terms };
  });

export type TFinancingProductForm = z.infer<typeof ZFinancingProductForm>;

/**
 * Terms typed for one option. With the option's context (its price after incentives at signing, today's bill) the
 * core also refuses a down payment above the price and a lease that would outgrow the bill tenfold.
 */
export function typedOfferFormSchema(context: FinancingContext = {}) {
  return z.object({ label: requiredText("a name for this offer", 120), ...termsFormFields }).transform((form, ctx) => {
    const terms = readTerms(form, context, ctx);
    if (terms === undefined) return z.NEVER;
    return { label: form.label, terms };
  });
}

export const ZTypedOfferForm = typedOfferFormSchema();
export type TTypedOfferForm = z.infer<typeof ZTypedOfferForm>;

/** An offer of one of the organization's products; a blank name shows the product's. */
export const ZProductOfferForm = z.object({
  // Not optional: zod skips the refinement of an optional key that is absent, and a form without it must ask too.
  productId: z.string({ error: "Choose a financing product." }).refine((value) => ZId.safeParse(value).success, "Choose a financing product."),
  label: optionalText("the offer's name", 120),
});

/** The terms already checked (a product's), checked again against this option: its price and today's bill. */
export function checkTermsForOption(terms: FinancingTerms, context: FinancingContext): { ok: true } | { ok: false; message: string } {
  const parsed = parseFinancingChoice(choiceOfTerms(terms, STAND_IN_PRODUCTION), context);
  if (parsed.success) return { ok: true };
  return { ok: false, message: Object.values(parsed.fieldErrors).map(inFormUnits).join(" ") };
}

// ---------------------------------------------------------------------------------------------------------------
// Stored terms back in the form

export const blankTermsValues: FinancingTermsValues = {
  kind: "loan",
  aprPercent: "",
  loanTermMonths: "",
  downPayment: "0",
  dealerFeePercent: "0",
  paymentFrequency: "monthly",
  prepaymentMonth: "",
  prepaymentAmount: "",
  leaseMonthlyPayment: "",
  leaseEscalatorPercent: "0",
  leaseTermMonths: "",
  leaseUpfrontPayment: "0",
  buyoutAfterMonth: "",
  buyoutPrice: "",
  buyoutExercised: "",
  ppaRate: "",
  ppaEscalatorPercent: "0",
  ppaTermYears: "",
};

const percentInput = (fraction: number) => numberToInput(fraction * 100);

export function termsToFormValues(terms: FinancingTerms): FinancingTermsValues {
  switch (terms.kind) {
    case "loan": {
      const { loan } = terms;
      return {
        ...blankTermsValues,
        kind: "loan",
        aprPercent: percentInput(loan.apr),
        loanTermMonths: String(loan.termMonths),
        downPayment: centsToDollarsInput(loan.downPaymentCents),
        dealerFeePercent: percentInput(loan.dealerFee),
        paymentFrequency: loan.frequency,
        prepaymentMonth: loan.prepayment ? String(loan.prepayment.month) : "",
        prepaymentAmount: loan.prepayment ? centsToDollarsInput(loan.prepayment.amountCents) : "",
      };
    }
    case "lease": {
      const { lease } = terms;
      return {
        ...blankTermsValues,
        kind: "lease",
        leaseMonthlyPayment: centsToDollarsInput(lease.monthlyPaymentCents),
        leaseEscalatorPercent: percentInput(lease.escalator),
        leaseTermMonths: String(lease.termMonths),
        leaseUpfrontPayment: centsToDollarsInput(lease.upfrontPaymentCents),
        buyoutAfterMonth: lease.buyout ? String(lease.buyout.afterMonth) : "",
        buyoutPrice: lease.buyout ? centsToDollarsInput(lease.buyout.priceCents) : "",
        buyoutExercised: lease.buyout?.isExercised ? "on" : "",
      };
    }
    case "ppa":
      return { ...blankTermsValues, kind: "ppa", ppaRate: numberToInput(terms.ppa.dollarsPerKwh), ppaEscalatorPercent: percentInput(terms.ppa.escalator), ppaTermYears: String(terms.ppa.termYears) };
    default: {
      const unknown: never = terms;
      throw new Error(`Unknown financing ${JSON.stringify(unknown)}`);
    }
  }
}
