/**
 * The one line that says where an option's year-1 bill savings come from, on its card and its page: "Bill savings
 * modelled from 12 months of usage on PG&E E-TOU-C", or "Typed figure".
 */
import { parseUsageAndRates } from "@/lib/core/bills";
import { storedTariffName } from "@/lib/validation/usage-and-rates";

export interface UsageStatus {
  /** True when the bill model's savings count in the proposal. */
  isModelled: boolean;
  text: string;
}

export function usageStatusOf(usageAndRates: unknown, proposalDate: string): UsageStatus {
  if (usageAndRates === null || usageAndRates === undefined) return { isModelled: false, text: "Bill savings: typed figure (no usage and rates yet)" };
  let stored;
  try {
    stored = parseUsageAndRates(usageAndRates);
  } catch {
    return { isModelled: false, text: "Usage and rates need attention: open Usage and rates to fix them" };
  }
  const usage = stored.usage.kind === "monthly" ? "12 months of usage" : "Green Button meter data";
  const tariff = storedTariffName(stored.tariff, proposalDate);
  if (stored.savingsFrom === "typed") return { isModelled: false, text: `Bill savings: typed figure (usage and rates on ${tariff} saved, not counted)` };
  return { isModelled: true, text: `Bill savings modelled from ${usage} on ${tariff}` };
}
