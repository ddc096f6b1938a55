import { describe, expect, test } from "vitest";
import { choiceOfTerms, readStoredTerms, termsToFormValues, typedOfferFormSchema, ZFinancingProductForm, ZProductOfferForm, ZTypedOfferForm } from "./financing";

const product = { name: "GreenLend 25-year 6.99%", provider: "GreenLend", effectiveFrom: "2026-12-01", checkedOn: "2026-12-03", sourceUrl: "", notes: "" };
const loan = { kind: "loan", aprPercent: "6.99", loanTermMonths: "300", dealerFeePercent: "0", downPayment: "0", paymentFrequency: "monthly" };
const lease = { kind: "lease", leaseMonthlyPayment: "145", leaseEscalatorPercent: "2.9", leaseTermMonths: "240", leaseUpfrontPayment: "0" };
const ppa = { kind: "ppa", ppaRate: "0.145", ppaEscalatorPercent: "2.9", ppaTermYears: "25" };

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

describe("a product's terms typed in percent, dollars and months become the core's cents and fractions", () => {
  test.each([
    { label: "6.99% over 300 months: 0.0699, no fee, monthly", form: loan, terms: { kind: "loan", loan: { apr: 0.0699, termMonths: 300, downPaymentCents: 0, dealerFee: 0, frequency: "monthly", prepayment: null } } },
    {
      label: "2.9% is 0.029 exactly (2.9 / 100 is 0.028999… in binary)",
      form: lease,
      terms: { kind: "lease", lease: { monthlyPaymentCents: 14_500, escalator: 0.029, termMonths: 240, upfrontPaymentCents: 0, buyout: null } },
    },
    {
      label: "an 18% dealer fee, $1,500.50 down, a $5,000 prepayment in month 18, yearly payments over whole years",
      form: { ...loan, aprPercent: "3.99", loanTermMonths: "240", dealerFeePercent: "18", downPayment: "1,500.50", paymentFrequency: "yearly", prepaymentMonth: "18", prepaymentAmount: "$5,000" },
      terms: { kind: "loan", loan: { apr: 0.0399, termMonths: 240, downPaymentCents: 150_050, dealerFee: 0.18, frequency: "yearly", prepayment: { month: 18, amountCents: 500_000 } } },
    },
    {
      label: "a blank dealer fee and down payment are none",
      form: { kind: "loan", aprPercent: "0", loanTermMonths: "120" },
      terms: { kind: "loan", loan: { apr: 0, termMonths: 120, downPaymentCents: 0, dealerFee: 0, frequency: "monthly", prepayment: null } },
    },
    {
      label: "a lease buyout after month 120, assumed in the figures",
      form: { ...lease, buyoutAfterMonth: "120", buyoutPrice: "9000", buyoutExercised: "on" },
      terms: { kind: "lease", lease: { monthlyPaymentCents: 14_500, escalator: 0.029, termMonths: 240, upfrontPaymentCents: 0, buyout: { afterMonth: 120, priceCents: 900_000, isExercised: true } } },
    },
    { label: "a PPA stores no production: the option supplies it", form: ppa, terms: { kind: "ppa", ppa: { dollarsPerKwh: 0.145, escalator: 0.029, termYears: 25 } } },
  ])("$label", ({ form, terms }) => {
    const parsed = ZFinancingProductForm.safeParse({ ...product, ...form });
    expect(errorsOf(parsed)).toEqual({});
    expect(parsed.data?.terms).toEqual(terms);
    // And back into the form, then parsed again: the same terms (what "Edit" shows is what was saved).
    const again = ZFinancingProductForm.safeParse({ ...product, ...termsToFormValues(parsed.data!.terms) });
    expect(again.data?.terms).toEqual(terms);
  });
});

describe("bad terms are refused with the core's message beside the field that is wrong", () => {
  test.each([
    // The issue's examples: each names its field and its limit.
    { label: "an APR of 400%", form: { ...loan, aprPercent: "400" }, field: "aprPercent", message: /^APR: 400% is not a loan rate Gridfolio accepts; enter 0% to 30%\.$/ },
    { label: "a loan term of 0 months", form: { ...loan, loanTermMonths: "0" }, field: "loanTermMonths", message: /^Loan term: 0 months is no term at all; enter 1 to 360 months\.$/ },
    { label: "a loan term of 600 months", form: { ...loan, loanTermMonths: "600" }, field: "loanTermMonths", message: /^Loan term: 600 months \(50 years\) is longer than the 360 months/ },
    { label: "a dealer fee of 100%", form: { ...loan, dealerFeePercent: "100" }, field: "dealerFeePercent", message: /^Dealer fee: 100% of the amount financed would leave nothing of the loan/ },
    { label: "a lease term of 600 months", form: { ...lease, leaseTermMonths: "600" }, field: "leaseTermMonths", message: /^Lease term: 600 months/ },
    { label: "a lease escalator of 15% a year", form: { ...lease, leaseEscalatorPercent: "15" }, field: "leaseEscalatorPercent", message: /^Lease escalator: 15% a year is more than the 10%/ },
    { label: "a PPA rate typed in cents ($14.50/kWh)", form: { ...ppa, ppaRate: "14.5" }, field: "ppaRate", message: /^PPA rate: \$14\.5\/kWh is more than the \$2\/kWh/ },
    { label: "a PPA of 0 years", form: { ...ppa, ppaTermYears: "0" }, field: "ppaTermYears", message: /^PPA term: 0 years is no term at all/ },
    { label: "yearly payments over a term that is not whole years", form: { ...loan, loanTermMonths: "301", paymentFrequency: "yearly" }, field: "loanTermMonths", message: /^Loan term: yearly payments need whole years/ },
    { label: "a prepayment after the loan's last month", form: { ...loan, loanTermMonths: "120", prepaymentMonth: "121", prepaymentAmount: "5000" }, field: "prepaymentMonth", message: /after the loan's last month \(120\)/ },
    // Typing mistakes are caught before the core: its bounds never see them.
    { label: "an APR spelled with letters", form: { ...loan, aprPercent: "six" }, field: "aprPercent", message: /^APR must be a number\.$/ },
    { label: "a term with decimals", form: { ...loan, loanTermMonths: "12.5" }, field: "loanTermMonths", message: /whole number/ },
    { label: "a blank APR", form: { ...loan, aprPercent: "" }, field: "aprPercent", message: /^Enter APR\.$/ },
    { label: "a prepayment month without its amount", form: { ...loan, prepaymentMonth: "18" }, field: "prepaymentAmount", message: /^Enter the prepayment amount, or clear the prepayment month\.$/ },
    { label: "a buyout price without its month", form: { ...lease, buyoutPrice: "9000" }, field: "buyoutAfterMonth", message: /^Enter the month after which the system can be bought/ },
    { label: "cash (always offered, never a product)", form: { kind: "cash" }, field: "kind", message: /^Choose a loan, a lease or a PPA\.$/ },
    { label: "no kind at all", form: {}, field: "kind", message: /^Choose a loan, a lease or a PPA\.$/ },
  ])("$label → $field", ({ form, field, message }) => {
    const parsed = ZFinancingProductForm.safeParse({ ...product, ...form });
    expect(parsed.success).toBe(false);
    expect(errorsOf(parsed)[field]).toMatch(message);
  });

  test("every refused field is reported at once, each beside its own field", () => {
    const parsed = ZFinancingProductForm.safeParse({ ...product, ...loan, aprPercent: "400", loanTermMonths: "0", dealerFeePercent: "100" });
    expect(Object.keys(errorsOf(parsed)).sort()).toEqual(["aprPercent", "dealerFeePercent", "loanTermMonths"]);
  });

  test.each([
    { label: "a blank product name", values: { name: " " }, field: "name", message: "Enter the product name." },
    { label: "a date that does not exist", values: { checkedOn: "2026-02-30" }, field: "checkedOn", message: "The date the terms were checked must be a date like 2026-12-03." },
    { label: "a source that is not a web address", values: { sourceUrl: "javascript:alert(1)" }, field: "sourceUrl", message: "Enter the address of the lender's terms, like https://lender.example/rates." },
  ])("$label", ({ values, field, message }) => {
    expect(errorsOf(ZFinancingProductForm.safeParse({ ...product, ...loan, ...values }))[field]).toBe(message);
  });
});

describe("an offer typed on an option is checked against the option's price and today's bill", () => {
  test.each([
    { label: "a down payment above the price", context: { priceCents: 1_000_000 }, form: { ...loan, downPayment: "12,000" }, field: "downPayment", message: /^Down payment: \$12,000 is more than the \$10,000 price/ },
    {
      // The issue's "lease escalator making payments exceed the bill by orders of magnitude".
      label: "a lease growing past ten times today's bill",
      context: { billTodayYearlyCents: 10_000 },
      form: { ...lease, leaseEscalatorPercent: "9", leaseTermMonths: "300" },
      field: "leaseEscalatorPercent",
      message: /^Lease escalator: at 9% a year the \$145 payment grows to about \$1,147 a month by year 25, more than 10 times today's bill/,
    },
  ])("$label", ({ context, form, field, message }) => {
    const values = { label: "Customer quote", ...form };
    expect(ZTypedOfferForm.safeParse(values).success).toBe(true); // Without the option, nothing to check it against.
    expect(errorsOf(typedOfferFormSchema(context).safeParse(values))[field]).toMatch(message);
  });

  test("an offer needs a name and a product offer needs a product", () => {
    expect(errorsOf(ZTypedOfferForm.safeParse({ label: "", ...loan })).label).toBe("Enter a name for this offer.");
    expect(errorsOf(ZProductOfferForm.safeParse({ productId: "", label: "" })).productId).toBe("Choose a financing product.");
    expect(ZProductOfferForm.safeParse({ productId: "demo-financing-loan-25y", label: "" }).data).toEqual({ productId: "demo-financing-loan-25y", label: null });
  });
});

describe("stored terms read back", () => {
  test.each([
    { label: "a PPA without production reads as terms, and as a choice with production left for the option", json: { kind: "ppa", ppa: { dollarsPerKwh: 0.145, escalator: 0.029, termYears: 25 } }, isRead: true },
    { label: "terms outside today's bounds (an APR of 4.0) are not offered", json: { kind: "loan", loan: { apr: 4, termMonths: 300 } }, isRead: false },
    { label: "cash is not stored terms", json: { kind: "cash" }, isRead: false },
    { label: "anything else is not terms", json: "loan", isRead: false },
  ])("$label", ({ json, isRead }) => {
    const terms = readStoredTerms(json);
    expect(terms !== null).toBe(isRead);
    if (terms?.kind === "ppa") expect(choiceOfTerms(terms)).toEqual({ kind: "ppa", ppa: { dollarsPerKwh: 0.145, escalator: 0.029, termYears: 25, productionKwhByYear: [] } });
  });
});
