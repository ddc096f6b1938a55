import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { withDatabase } from "@/app/_shell/with-database";
import { BillSummary } from "@/components/usage/bill-summary";
import { billSummaryOf, type BillSummaryData } from "@/components/usage/bill-summary-data";
import { defaultTariffChoice, exportRulesOf, tariffGroupsOf } from "@/components/usage/tariff-choices";
import { UsageAndRatesForm, type StoredImport, type UsageFormInitial } from "@/components/usage/usage-and-rates-form";
import { usageStatusOf } from "@/components/usage/usage-status";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { clearUsageAndRates } from "@/lib/actions/usage-and-rates/clear-usage-and-rates";
import { previewImport } from "@/lib/actions/usage-and-rates/preview-import";
import { saveUsageAndRates } from "@/lib/actions/usage-and-rates/save-usage-and-rates";
import { parseUsageAndRates, type UsageAndRates } from "@/lib/core/bills";
import { todayIsoDate } from "@/lib/core/dates/iso-date";
import { DomainError } from "@/lib/core/errors/domain-error";
import { formatUsd, type Cents } from "@/lib/core/money";
import { billsOf, countsModelledSavings } from "@/lib/proposal/option-bills";
import { requirePermission } from "@/lib/server/auth/guards";
import { getOption, type OptionDetail } from "@/lib/server/data/options";
import { findOrganizationTariffs } from "@/lib/server/data/usage-and-rates";
import { parseId } from "@/lib/validation/ids";
import { tariffChoiceValue } from "@/lib/validation/usage-and-rates";

export const metadata: Metadata = { title: "Usage and rates" };

type Params = Promise<{ projectId: string; optionId: string }>;

const kwhText = (value: number) => `${Math.round(value).toLocaleString("en-US")} kWh`;
const plain = (value: number | undefined) => (value === undefined ? "" : String(value));

function monthlyTotals(hourly: readonly number[], year: number): number[] {
  const totals = Array.from({ length: 12 }, () => 0);
  let hour = 0;
  for (let month = 0; month < 12; month++) {
    const hours = new Date(Date.UTC(year, month + 1, 0)).getUTCDate() * 24;
    for (let end = hour + hours; hour < end && hour < hourly.length; hour++) totals[month]! += hourly[hour]!;
  }
  return totals;
}

function storedImport(title: string, hourly: readonly number[], year: number, notes: string[]): StoredImport {
  const monthlyKwh = monthlyTotals(hourly, year);
  return { title, monthlyKwh, totalKwh: monthlyKwh.reduce((sum, kwh) => sum + kwh, 0), notes };
}

function initialOf(stored: UsageAndRates | null, defaultTariff: string): UsageFormInitial {
  const flat = stored?.tariff.kind === "flat" ? stored.tariff.input : null;
  return {
    usageSource: stored?.usage.kind === "interval" ? "green-button" : "monthly",
    monthlyUsageKwh: stored?.usage.kind === "monthly" ? stored.usage.monthlyKwh.map(String) : Array.from({ length: 12 }, () => ""),
    storedUsageFile: stored?.usage.kind === "interval" ? storedImport(`Saved: ${stored.usage.fileName}, laid on ${stored.usage.year}`, stored.usage.hourlyKwh, stored.usage.year, stored.usage.notes) : null,
    productionSource: stored?.production.kind ?? "design",
    monthlyProductionKwh: stored?.production.kind === "monthly" ? stored.production.monthlyKwh.map(String) : Array.from({ length: 12 }, () => ""),
    productionFormat: stored?.production.kind === "hourly" ? stored.production.source : "pvwatts-hourly",
    storedProductionFile: stored?.production.kind === "hourly" ? storedImport(`Saved: ${stored.production.fileName}, laid on ${stored.production.year}`, stored.production.hourlyKwh, stored.production.year, []) : null,
    tariff: stored ? tariffChoiceValue(stored.tariff) : defaultTariff,
    flat: {
      name: flat?.name ?? "",
      dollarsPerKwh: plain(flat?.dollarsPerKwh),
      fixedDollarsPerMonth: plain(flat?.fixedDollarsPerMonth),
      minimumDollarsPerMonth: plain(flat?.minimumDollarsPerMonth),
      sellDollarsPerKwh: plain(flat?.sellDollarsPerKwh),
    },
    savingsFrom: stored?.savingsFrom ?? "model",
    calendar: stored?.calendar ?? "proposal-year",
  };
}

/** The saved inputs' result, or why there is none: nothing saved yet, or saved inputs the model refuses. */
function summaryOf(option: OptionDetail, proposalDate: string): { summary: BillSummaryData | null; problem: string | null } {
  if (!option.usageAndRates) return { summary: null, problem: null };
  try {
    const enabled = new Set(option.programs.filter((program) => program.enabled).map((program) => program.programId));
    const bills = billsOf(option, enabled, proposalDate);
    return { summary: bills ? billSummaryOf(bills, { countsModelled: countsModelledSavings(option), typedYear1Cents: option.billSavingsYear1Cents }) : null, problem: null };
  } catch (error) {
    if (error instanceof DomainError) return { summary: null, problem: error.message };
    throw error;
  }
}

function parsedOrNull(value: unknown): UsageAndRates | null {
  if (value === null || value === undefined) return null;
  try {
    return parseUsageAndRates(value);
  } catch {
    return null;
  }
}

/** The option's "Usage and rates" step: what the bill model computes year-1 bill savings from, and what it gives. */
export default async function UsageAndRatesPage({ params }: { params: Params }) {
  const { projectId, optionId } = await params;
  if (!parseId(projectId) || !parseId(optionId)) notFound();
  return withDatabase(async () => {
    const access = await requirePermission("project", "update");
    const [option, organizationTariffs] = await Promise.all([getOption(access.organizationId, projectId, optionId), findOrganizationTariffs(access.organizationId)]);
    if (!option) notFound();
    const proposalDate = todayIsoDate();
    const stored = parsedOrNull(option.usageAndRates);
    const choices = {
      project: option.project,
      organizationTariffs,
      pastedName: stored?.tariff.kind === "urdb" ? stored.tariff.name : null,
      proposalDate,
    };
    const tariffGroups = tariffGroupsOf(choices);
    const { summary, problem } = summaryOf(option, proposalDate);
    const status = usageStatusOf(option.usageAndRates, proposalDate);
    const base = `/projects/${projectId}/options/${optionId}`;
    return (
      <>
        <PageHeader
          title="Usage and rates"
          subtitle={`${option.name} · ${option.project.customerName}${option.project.utility ? ` · ${option.project.utility}` : ""} · ${status.text}`}
          crumbs={[
            { href: "/projects", label: "Projects" },
            { href: `/projects/${projectId}`, label: option.project.customerName },
            { href: base, label: option.name },
          ]}
          actions={<ButtonLink href={`${base}/proposal`}>View proposal</ButtonLink>}
        />
        <div className="grid gap-6 lg:grid-cols-5">
          <div className="min-w-0 lg:col-span-3">
            <UsageAndRatesForm
              initial={initialOf(stored, defaultTariffChoice(tariffGroups))}
              version={option.version}
              tariffGroups={tariffGroups}
              exportRules={exportRulesOf(tariffGroups, choices)}
              designProduction={option.annualProductionKwh > 0 ? kwhText(option.annualProductionKwh) : "none entered on the option"}
              typedYear1={formatUsd(option.billSavingsYear1Cents as Cents)}
              hasStored={option.usageAndRates !== null && option.usageAndRates !== undefined}
              save={saveUsageAndRates.bind(null, projectId, optionId)}
              clear={clearUsageAndRates.bind(null, projectId, optionId)}
              preview={previewImport.bind(null, projectId, optionId)}
            />
          </div>
          <aside aria-labelledby="bill-summary-heading" className="min-w-0 lg:col-span-2 lg:sticky lg:top-4 lg:self-start">
            <Card>
              <CardHeader id="bill-summary-heading" title="What the bill model gives" description="For the saved usage and rates, in the proposal's first year." />
              <div className="px-5 py-4">
                {summary ? (
                  <BillSummary summary={summary} />
                ) : problem ? (
                  <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
                    The saved usage and rates cannot be used: {problem} Save them again below, or clear them.
                  </p>
                ) : (
                  <EmptyState title="Nothing modelled yet">
                    Enter the customer&apos;s usage and choose their rate, then save: the bills before and after, and the year-1 savings by source, appear here. Until then the proposal counts the typed figure ({formatUsd(option.billSavingsYear1Cents as Cents)}).
                  </EmptyState>
                )}
              </div>
            </Card>
          </aside>
        </div>
      </>
    );
  });
}
