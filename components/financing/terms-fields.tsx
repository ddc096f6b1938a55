"use client";

import { useState } from "react";
import { InputField, SelectField } from "@/components/forms/field";
import { FINANCING_KIND_LABELS, FINANCING_KINDS, type FinancingProductKind, type FinancingTermsValues } from "@/lib/validation/financing";

const kindOptions = FINANCING_KINDS.map((kind) => ({ value: kind, label: FINANCING_KIND_LABELS[kind] }));
const frequencyOptions = [
  { value: "monthly", label: "Monthly" },
  { value: "yearly", label: "Once a year" },
];

/**
 * The terms of a loan, a lease or a PPA, in percent, dollars and months. Only the chosen kind's fields are shown
 * (and posted); `idPrefix` keeps the ids apart when several forms are on one page.
 */
export function TermsFields({ idPrefix, initial, errors }: { idPrefix: string; initial: FinancingTermsValues; errors: Record<string, string> }) {
  const [kind, setKind] = useState<FinancingProductKind>(initial.kind as FinancingProductKind);
  const id = (name: string) => `${idPrefix}-${name}`;
  const decimal = { inputMode: "decimal" as const, autoComplete: "off" };
  const whole = { inputMode: "numeric" as const, autoComplete: "off" };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        id={id("kind")}
        name="kind"
        label="How the customer pays"
        options={kindOptions}
        value={kind}
        onChange={(event) => setKind(event.target.value as FinancingProductKind)}
        error={errors.kind}
        className="sm:col-span-2"
      />
      {kind === "loan" ? (
        <>
          <InputField id={id("apr")} name="aprPercent" label="APR" unit="%" defaultValue={initial.aprPercent} error={errors.aprPercent} hint="0 to 30%, e.g. 6.99." {...decimal} />
          <InputField id={id("loan-term")} name="loanTermMonths" label="Loan term" unit="months" defaultValue={initial.loanTermMonths} error={errors.loanTermMonths} hint="1 to 360; 300 months is 25 years." {...whole} />
          <InputField
            id={id("dealer-fee")}
            name="dealerFeePercent"
            label="Dealer fee"
            unit="% of the amount financed"
            defaultValue={initial.dealerFeePercent}
            error={errors.dealerFeePercent}
            hint="What the lender keeps to buy the rate down; built into the financed price. 0 to 50%."
            {...decimal}
          />
          <InputField id={id("down-payment")} name="downPayment" label="Down payment" unit="$" defaultValue={initial.downPayment} error={errors.downPayment} {...decimal} />
          <SelectField id={id("frequency")} name="paymentFrequency" label="Payments" options={frequencyOptions} defaultValue={initial.paymentFrequency} error={errors.paymentFrequency} />
          <div aria-hidden="true" className="hidden sm:block" />
          <InputField
            id={id("prepayment-month")}
            name="prepaymentMonth"
            label="Prepayment month"
            unit="optional"
            defaultValue={initial.prepaymentMonth}
            error={errors.prepaymentMonth}
            hint="When an incentive paid later goes to the loan; the payment is then lowered."
            {...whole}
          />
          <InputField id={id("prepayment-amount")} name="prepaymentAmount" label="Prepayment amount" unit="$, optional" defaultValue={initial.prepaymentAmount} error={errors.prepaymentAmount} {...decimal} />
        </>
      ) : null}
      {kind === "lease" ? (
        <>
          <InputField id={id("lease-payment")} name="leaseMonthlyPayment" label="Monthly payment in year 1" unit="$" defaultValue={initial.leaseMonthlyPayment} error={errors.leaseMonthlyPayment} {...decimal} />
          <InputField id={id("lease-escalator")} name="leaseEscalatorPercent" label="Yearly increase" unit="%" defaultValue={initial.leaseEscalatorPercent} error={errors.leaseEscalatorPercent} hint="0 to 10%, e.g. 2.9." {...decimal} />
          <InputField id={id("lease-term")} name="leaseTermMonths" label="Lease term" unit="months" defaultValue={initial.leaseTermMonths} error={errors.leaseTermMonths} hint="1 to 360; 240 months is 20 years." {...whole} />
          <InputField id={id("lease-upfront")} name="leaseUpfrontPayment" label="Payment at signing" unit="$" defaultValue={initial.leaseUpfrontPayment} error={errors.leaseUpfrontPayment} {...decimal} />
          <InputField id={id("buyout-month")} name="buyoutAfterMonth" label="Buyout possible after month" unit="optional" defaultValue={initial.buyoutAfterMonth} error={errors.buyoutAfterMonth} {...whole} />
          <InputField id={id("buyout-price")} name="buyoutPrice" label="Buyout price" unit="$, optional" defaultValue={initial.buyoutPrice} error={errors.buyoutPrice} {...decimal} />
          <label className="flex items-center gap-2 text-sm text-slate-700 sm:col-span-2">
            <input type="checkbox" name="buyoutExercised" defaultChecked={initial.buyoutExercised === "on"} className="h-4 w-4 rounded border-slate-300" />
            Assume the customer buys the system out (the figures count the buyout price and stop the payments)
          </label>
        </>
      ) : null}
      {kind === "ppa" ? (
        <>
          <InputField id={id("ppa-rate")} name="ppaRate" label="Price per kWh in year 1" unit="$ per kWh" defaultValue={initial.ppaRate} error={errors.ppaRate} hint="Dollars: 0.145 is 14.5¢." {...decimal} />
          <InputField id={id("ppa-escalator")} name="ppaEscalatorPercent" label="Yearly increase" unit="%" defaultValue={initial.ppaEscalatorPercent} error={errors.ppaEscalatorPercent} hint="0 to 10%." {...decimal} />
          <InputField id={id("ppa-term")} name="ppaTermYears" label="Agreement term" unit="years" defaultValue={initial.ppaTermYears} error={errors.ppaTermYears} hint="1 to 30. The customer pays for what the option's system produces." {...whole} />
        </>
      ) : null}
    </div>
  );
}
