/**
 * The bill model's result for an option as the Usage and rates page shows it: annual bills without solar, with
 * solar and with solar + battery, year-1 savings by source, where the rate comes from, and the warnings. Plain,
 * formatted data (money through lib/core/money), so the summary component only lays it out.
 */
import type { OptionBills } from "@/lib/core/bills";
import { formatIsoDate } from "@/lib/core/dates/format";
import { formatUsd, type Cents } from "@/lib/core/money";

export interface BillSummaryData {
  /** True when these savings count in the proposal (else the typed figure does). */
  countsModelled: boolean;
  typedYear1: string;
  countedYear1: string;
  bills: { label: string; value: string }[];
  savings: { label: string; value: string }[];
  usage: string;
  production: string;
  tariff: { name: string; status: string | null; source: { title: string; url: string; checkedOn: string } | null };
  exportRule: { text: string; note: string | null };
  calendar: string;
  warnings: string[];
}

const STATUS_WORDS = {
  verified: null,
  partial: "Some of this rate's prices are placeholders Gridfolio could not read from the utility: check them against the customer's bill.",
  placeholder: "This rate's prices are placeholders Gridfolio could not read from the utility: check them against the customer's bill, or paste the URDB rate.",
} as const;

const kwh = (value: number) => `${Math.round(value).toLocaleString("en-US")} kWh`;

export function billSummaryOf(bills: OptionBills, { countsModelled, typedYear1Cents }: { countsModelled: boolean; typedYear1Cents: number }): BillSummaryData {
  const result = bills.withoutEvents;
  const modelledCents = (bills.year1.solarCents + bills.year1.batteryCents) as Cents;
  const rows = [
    { label: "Without solar", value: formatUsd(result.bills.noSystem.totalCents) },
    { label: "With solar", value: formatUsd(result.bills.solarOnly.totalCents) },
    ...(result.bills.solarBattery ? [{ label: "With solar + battery", value: formatUsd(result.bills.solarBattery.totalCents) }] : []),
  ];
  const savings = [
    { label: "From solar", value: formatUsd(bills.year1.solarCents) },
    ...(result.bills.solarBattery ? [{ label: "From the battery", value: formatUsd(bills.year1.batteryCents) }] : []),
    ...(bills.withEvents
      ? [{ label: bills.year1.gridServicesCents >= 0 ? "Grid Services events earn on the bill" : "Grid Services events cost on the bill", value: formatUsd(Math.abs(bills.year1.gridServicesCents) as Cents) }]
      : []),
    { label: "Total (solar + battery)", value: formatUsd(modelledCents) },
  ];
  const tariffName = bills.tariff.utility && !bills.tariff.name.startsWith(bills.tariff.utility) ? `${bills.tariff.utility} ${bills.tariff.name}` : bills.tariff.name;
  return {
    countsModelled,
    typedYear1: formatUsd(typedYear1Cents as Cents),
    countedYear1: formatUsd((countsModelled ? modelledCents : typedYear1Cents) as Cents),
    bills: rows,
    savings,
    usage: `${result.usage.source === "green-button" ? "Green Button meter data" : "12 monthly figures spread over the hours by a typical home's day"}: ${kwh(result.usage.annualKwh)} a year`,
    production: `${result.production.description.replace(/\.$/, "")}: ${kwh(result.production.annualKwh)} a year.`,
    tariff: {
      name: `${tariffName}${bills.tariff.effectiveDate ? `, in force from ${formatIsoDate(bills.tariff.effectiveDate)}` : ""}`,
      status: bills.tariff.status ? STATUS_WORDS[bills.tariff.status] : null,
      source: bills.tariff.source ? { ...bills.tariff.source, checkedOn: formatIsoDate(bills.tariff.source.checkedOn) } : null,
    },
    exportRule: { text: bills.exportRule.text, note: bills.exportRule.note },
    calendar: bills.calendar,
    warnings: bills.warnings,
  };
}
