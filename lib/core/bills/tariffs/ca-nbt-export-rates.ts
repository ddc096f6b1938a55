/**
 * California Net Billing Tariff (Solar Billing Plan) export rates: where they are published and the table shape.
 *
 * The CPUC's Avoided Cost Calculator (ACC) values exports; each utility turns the ACC vintage approved on January 1
 * of a year into "Energy Export Credit" prices by month (12), day type (weekday; weekend and holiday) and hour (24),
 * in clock time, and a customer keeps the prices of their interconnection year for nine years (customers who enroll
 * before January 1, 2028). Sources read 2026-12-03:
 * - SCE, Solar Billing Plan: https://sce.com/business/generating-your-own-power/solar-billing-plan (method, lock-in,
 *   Pacific and UTC tables);
 * - SDG&E, Solar Billing Plan Export Pricing: https://sdge.com/node/25561 (method: average of the ACC 8760 over
 *   climate zones, DST-adjusted, averaged by month, day type and hour; holiday list);
 * - PG&E, Solar Billing Plan: https://www.pge.com/en/clean-energy/solar/getting-started-with-solar/solar-billing-plan.html
 *   (the CPUC's export credit values as a ZIP download).
 *
 * The values themselves (576 numbers per utility and vintage) could not be read this session. So the tables below
 * are PLACEHOLDERS of the right shape with every price $0: a proposal using one counts exports at nothing (solar
 * savings understated, never overstated) and says so. Load the real table with `readExportRateCsv` (export-rules.ts)
 * from the utility's file (month, day type, hour, $/kWh).
 */
import { flatExportTable, type ExportRateTable } from "../export-rules";

export interface NbtExportRateSource {
  utility: "PG&E" | "SCE" | "SDG&E";
  /** The interconnection year whose ACC vintage the table follows. */
  vintage: number;
  lockInYears: number;
  sourceUrl: string;
  isPlaceholder: boolean;
  table: ExportRateTable;
}

const SOURCES = {
  "PG&E": "https://www.pge.com/en/clean-energy/solar/getting-started-with-solar/solar-billing-plan.html",
  SCE: "https://sce.com/business/generating-your-own-power/solar-billing-plan",
  "SDG&E": "https://sdge.com/node/25561",
} as const;

export const CA_NBT_EXPORT_RATES: readonly NbtExportRateSource[] = (["PG&E", "SCE", "SDG&E"] as const).map((utility) => ({
  utility,
  vintage: 2026,
  lockInYears: 9,
  sourceUrl: SOURCES[utility],
  isPlaceholder: true,
  table: flatExportTable(0, {
    id: `ca-nbt/${utility.toLowerCase().replace(/[^a-z]/g, "")}/2026-placeholder`,
    title: `${utility} Energy Export Credits, 2026 vintage (PLACEHOLDER: $0 until the utility's table is loaded)`,
    sourceUrl: SOURCES[utility],
    checkedOn: "2026-12-03",
    notes: "Shape only: 12 months × 24 clock hours, weekday and weekend/holiday. The values were not read; every price is $0.",
    holidays: "california-ious",
  }),
}));
