/**
 * Demo data for sales demos: customer sites in the states Gridfolio's programs cover, each with one to three
 * design options. Run through `npm run db:seed` (scripts/db.ts seed).
 *
 * Re-running never duplicates anything and never touches projects people created: every demo row has a fixed id
 * starting with "demo-", and a demo project that already exists is kept as it is (edits made during a demo
 * survive a restart). `--reset` restores the demo projects to the data below.
 *
 * Names, emails (example.com/.net/.org, reserved for examples) and phone numbers (555-01xx, reserved for
 * fiction) are made up. Figures are typical 2025-2026 quotes: installed solar $2.20-3.60/W, Tesla Powerwall 3
 * 13.5 kWh / 11.5 kW, Enphase IQ Battery 5P 5 kWh / 3.84 kW, SolarEdge Home Battery 9.7 kWh / 5 kW, FranklinWH
 * aPower 2 15 kWh / 10 kW; production from typical specific yields (about 1,200 kWh/kW in New England, 1,450 in
 * north Texas, 1,500-1,650 in California).
 */
import type { Prisma, PrismaClient } from "../lib/server/db/generated/client";
import { DEMO_ORGANIZATION, demoUsers, hashDemoPassword, seedDemoAccounts } from "./seed-accounts";
import { evaluateStoredOption } from "../lib/proposal/evaluate";
import { buildSnapshot } from "../lib/proposal/snapshot";
import type { UsageAndRatesInput } from "../lib/core/bills";
import { demoUsageAndRates } from "../lib/server/data/demo-usage";
import { optionFieldsOf, SAMPLE_SITE } from "../lib/server/data/sample-project";
import type { FinancingTerms } from "../lib/validation/financing";

export const DEMO_ID_PREFIX = "demo-";

interface Battery {
  model: string;
  capacityKwh: number;
  powerKw: number;
  /** Installed price of one unit, in cents. */
  unitCostCents: number;
}

const POWERWALL_3: Battery = { model: "Tesla Powerwall 3", capacityKwh: 13.5, powerKw: 11.5, unitCostCents: 1_490_000 };
const IQ_BATTERY_5P: Battery = { model: "Enphase IQ Battery 5P", capacityKwh: 5, powerKw: 3.84, unitCostCents: 620_000 };
const SOLAREDGE_9_7: Battery = { model: "SolarEdge Home Battery 9.7", capacityKwh: 9.7, powerKw: 5, unitCostCents: 1_050_000 };
const APOWER_2: Battery = { model: "FranklinWH aPower 2", capacityKwh: 15, powerKw: 10, unitCostCents: 1_650_000 };

interface Finance {
  horizonYears?: number;
  utilityEscalationPercent?: number;
  discountRatePercent?: number;
  degradationPercent?: number;
  omCostYearlyCents?: number;
}

interface OptionSpec extends Finance {
  letter: "A" | "B" | "C";
  pvKw: number;
  /** kWh per kW per year at the site. */
  specificYield: number;
  /** Installed solar price, cents per watt. */
  solarCentsPerWatt: number;
  battery?: { battery: Battery; count: number; reservePercent?: number };
  otherCostCents: number;
  billSavingsYear1Cents: number;
  programs?: { programId: string; inputs: Prisma.InputJsonValue }[];
  incentives?: Omit<Prisma.CustomIncentiveCreateWithoutOptionInput, "id">[];
  /** Upkeep (O&M escalation, replacements) and today's bill, where a demo shows them; absent: none entered. */
  lifecycle?: Pick<Prisma.OptionCreateWithoutProjectInput, "omEscalationPercent" | "batteryReplacementCents" | "batteryWarrantyYears" | "billTodayMonthlyCents">;
}


function buildOption(projectKey: string, usageAndRates: UsageAndRatesInput | null, spec: OptionSpec, position: number): Prisma.OptionCreateWithoutProjectInput {
  const id = `demo-option-${projectKey}-${spec.letter.toLowerCase()}`;
  return {
    id,
    ...optionFieldsOf(spec),
    ...(usageAndRates ? { usageAndRates: usageAndRates as Prisma.InputJsonValue } : {}),
    position,
    horizonYears: spec.horizonYears ?? 25,
    utilityEscalationPercent: spec.utilityEscalationPercent ?? 3,
    discountRatePercent: spec.discountRatePercent ?? 5,
    degradationPercent: spec.degradationPercent ?? 0.5,
    omCostYearlyCents: spec.omCostYearlyCents ?? 0,
    ...spec.lifecycle,
    programs: {
      create: (spec.programs ?? []).map((program) => ({
        id: `demo-program-${projectKey}-${spec.letter.toLowerCase()}-${program.programId}`,
        programId: program.programId,
        inputs: program.inputs,
      })),
    },
    customIncentives: {
      create: (spec.incentives ?? []).map((incentive, index) => ({ ...incentive, id: `${id.replace("demo-option-", "demo-incentive-")}-${index + 1}` })),
    },
    financingOffers: { create: demoOffersOf(id) },
  };
}

interface ProjectSpec {
  /** Short key; the project id is `demo-project-<key>`. */
  key: string;
  /** Shown as "created N days ago", so the list looks like a real pipeline. */
  daysAgo: number;
  project: Omit<Prisma.ProjectCreateInput, "id" | "options" | "createdAt" | "updatedAt" | "organization">;
  /** The customer's usage and tariff, shared by the site's options (lib/server/data/demo-usage.ts); null: typed savings. */
  usageAndRates: UsageAndRatesInput | null;
  options: OptionSpec[];
}

const CT_ESS_STANDARD = { programId: "ct-ess", inputs: { customerTier: "standard", gridEdge: false } };
const CONNECTED_SOLUTIONS_MA = { programId: "connected-solutions-ma", inputs: {} };
const CONNECTED_SOLUTIONS_RI = { programId: "connected-solutions-ri", inputs: {} };
const ELRP = { programId: "elrp", inputs: {} };
const DSGS_EXPORT_APPROVED = { programId: "dsgs", inputs: { exportApproved: true } };

const CALIFORNIA: Finance = { utilityEscalationPercent: 4 };

/**
 * Sites without a shipped tariff price their bills with the flat form, from the customer's bill (made-up figures like
 * the rest of the demo): a municipal light plant's residential rate, and a Texas retail plan's Electricity Facts
 * Label (energy charge, base charge, and the plan's buyback credit for exports).
 */
const CONCORD_FROM_BILL = { kind: "flat", input: { name: "Residential (from the customer's bill)", utility: "Concord Municipal Light Plant", dollarsPerKwh: 0.21, fixedDollarsPerMonth: 7.5 } } as const;
const ONCOR_RETAIL_PLAN = {
  kind: "flat",
  input: { name: "12-month fixed retail plan (from the customer's Electricity Facts Label)", utility: "Oncor (delivery)", dollarsPerKwh: 0.155, fixedDollarsPerMonth: 9.95, sellDollarsPerKwh: 0.06 },
} as const;

export const demoProjects: readonly ProjectSpec[] = [
  {
    key: "ca-pge-nem2",
    daysAgo: 2,
    project: {
      customerName: "Priya and Arjun Raman",
      email: "priya.raman@example.com",
      phone: "(408) 555-0142",
      street: "1487 Hamilton Avenue",
      city: "San Jose",
      state: "CA",
      zip: "95125",
      utility: "PG&E",
      tariff: "NEM2",
      segment: "residential",
      notes: "Interconnected under NEM 2.0 in 2021 (existing 3 kW array to be replaced). Wants backup for the well pump and home office.",
    },
    usageAndRates: demoUsageAndRates(11_800, "california", { kind: "catalog", tariffId: "pge-e-tou-c" }),
    options: [
      {
        letter: "A",
        ...CALIFORNIA,
        pvKw: 7.6,
        specificYield: 1520,
        solarCentsPerWatt: 310,
        battery: { battery: POWERWALL_3, count: 1 },
        otherCostCents: 185_000,
        billSavingsYear1Cents: 338_000,
        programs: [ELRP],
      },
      {
        letter: "B",
        ...CALIFORNIA,
        pvKw: 7.6,
        specificYield: 1520,
        solarCentsPerWatt: 310,
        battery: { battery: POWERWALL_3, count: 2, reservePercent: 30 },
        otherCostCents: 240_000,
        billSavingsYear1Cents: 352_000,
        programs: [ELRP],
      },
      {
        letter: "C",
        ...CALIFORNIA,
        pvKw: 7.6,
        specificYield: 1520,
        solarCentsPerWatt: 310,
        otherCostCents: 120_000,
        billSavingsYear1Cents: 315_000,
      },
    ],
  },
  {
    key: "ca-sce-nbt",
    daysAgo: 5,
    project: {
      customerName: "Daniel Castillo",
      email: "dcastillo@example.net",
      phone: "(951) 555-0117",
      street: "6120 Magnolia Avenue",
      city: "Riverside",
      state: "CA",
      zip: "92506",
      utility: "SCE",
      tariff: "NBT",
      segment: "residential",
      notes: "New interconnection under the Net Billing Tariff; evening peak usage from two EVs. 200 A panel.",
    },
    usageAndRates: demoUsageAndRates(14_600, "california", { kind: "catalog", tariffId: "sce-tou-d-4-9pm" }),
    options: [
      {
        letter: "A",
        ...CALIFORNIA,
        pvKw: 8.4,
        specificYield: 1650,
        solarCentsPerWatt: 295,
        battery: { battery: POWERWALL_3, count: 1 },
        otherCostCents: 160_000,
        billSavingsYear1Cents: 289_000,
        programs: [DSGS_EXPORT_APPROVED],
      },
      {
        letter: "B",
        ...CALIFORNIA,
        pvKw: 8.4,
        specificYield: 1650,
        solarCentsPerWatt: 295,
        battery: { battery: IQ_BATTERY_5P, count: 3 },
        otherCostCents: 175_000,
        billSavingsYear1Cents: 276_000,
        programs: [DSGS_EXPORT_APPROVED],
      },
    ],
  },
  {
    key: "ca-sdge-nbt",
    daysAgo: 9,
    project: {
      customerName: "Linh Nguyen",
      email: "linh.nguyen@example.org",
      phone: "(858) 555-0163",
      street: "4352 Mount Abernathy Avenue",
      city: "San Diego",
      state: "CA",
      zip: "92117",
      utility: "SDG&E",
      tariff: "NBT",
      segment: "residential",
      notes: "Tile roof, south-west facing. Asked for whole-home backup during Public Safety Power Shutoffs.",
    },
    usageAndRates: demoUsageAndRates(9_400, "california", { kind: "catalog", tariffId: "sdge-tou-dr1" }),
    options: [
      {
        letter: "A",
        ...CALIFORNIA,
        pvKw: 6.2,
        specificYield: 1560,
        solarCentsPerWatt: 325,
        battery: { battery: APOWER_2, count: 1 },
        otherCostCents: 210_000,
        billSavingsYear1Cents: 301_000,
        programs: [DSGS_EXPORT_APPROVED],
      },
      {
        letter: "B",
        ...CALIFORNIA,
        pvKw: 6.2,
        specificYield: 1560,
        solarCentsPerWatt: 325,
        battery: { battery: APOWER_2, count: 2, reservePercent: 40 },
        otherCostCents: 265_000,
        billSavingsYear1Cents: 318_000,
        programs: [DSGS_EXPORT_APPROVED],
      },
    ],
  },
  {
    key: "ma-national-grid",
    daysAgo: 3,
    project: {
      customerName: "Kevin and Maura O'Brien",
      email: "obrien.family@example.com",
      phone: "(508) 555-0129",
      street: "27 Institute Road",
      city: "Worcester",
      state: "MA",
      zip: "01609",
      utility: "National Grid",
      tariff: "NETTING",
      segment: "residential",
      notes: "Mass Save heat pump installed last winter; net metering under the Massachusetts rules.",
    },
    usageAndRates: demoUsageAndRates(11_200, "new-england", { kind: "catalog", tariffId: "national-grid-ma-r1" }),
    options: [
      {
        letter: "A",
        pvKw: 9.2,
        specificYield: 1190,
        solarCentsPerWatt: 345,
        battery: { battery: SOLAREDGE_9_7, count: 2 },
        otherCostCents: 220_000,
        billSavingsYear1Cents: 334_000,
        programs: [CONNECTED_SOLUTIONS_MA],
      },
      {
        letter: "B",
        pvKw: 9.2,
        specificYield: 1190,
        solarCentsPerWatt: 345,
        battery: { battery: POWERWALL_3, count: 1 },
        otherCostCents: 195_000,
        billSavingsYear1Cents: 329_000,
        programs: [CONNECTED_SOLUTIONS_MA],
      },
    ],
  },
  {
    key: "ma-eversource-solar-only",
    daysAgo: 14,
    project: {
      customerName: "Rachel Goldberg",
      email: "rgoldberg@example.net",
      phone: "(617) 555-0188",
      street: "112 Commonwealth Avenue",
      city: "Newton",
      state: "MA",
      zip: "02459",
      utility: "Eversource",
      tariff: "NETTING",
      segment: "residential",
      notes: "Solar only for now: condo association has not approved a battery in the garage. Revisit next year.",
    },
    usageAndRates: demoUsageAndRates(9_800, "new-england", { kind: "catalog", tariffId: "eversource-ma-r1" }),
    options: [
      {
        letter: "A",
        pvKw: 6.4,
        specificYield: 1180,
        solarCentsPerWatt: 355,
        otherCostCents: 95_000,
        billSavingsYear1Cents: 231_000,
      },
      {
        letter: "B",
        pvKw: 8.0,
        specificYield: 1180,
        solarCentsPerWatt: 340,
        otherCostCents: 110_000,
        billSavingsYear1Cents: 284_000,
      },
    ],
  },
  {
    key: "ma-concord-mlp",
    daysAgo: 21,
    project: {
      customerName: "Thomas Whitfield",
      email: "t.whitfield@example.org",
      phone: "(978) 555-0104",
      street: "58 Monument Street",
      city: "Concord",
      state: "MA",
      zip: "01742",
      utility: "Concord Municipal Light Plant",
      tariff: "NETTING",
      segment: "residential",
      notes: "Municipal light plant customer: not eligible for the investor-owned utilities' programs; the town's own rebate is entered as a custom incentive.",
    },
    usageAndRates: demoUsageAndRates(8_900, "new-england", CONCORD_FROM_BILL),
    options: [
      {
        letter: "A",
        pvKw: 7.0,
        specificYield: 1180,
        solarCentsPerWatt: 350,
        battery: { battery: IQ_BATTERY_5P, count: 2 },
        otherCostCents: 150_000,
        billSavingsYear1Cents: 198_000,
        incentives: [{ name: "Concord Light battery rebate (municipal light plant)", kind: "upfront", basis: "fixed", amountCents: 150_000 }],
      },
    ],
  },
  {
    key: "ri-rhode-island-energy",
    daysAgo: 6,
    project: {
      customerName: "Ana Medeiros",
      email: "ana.medeiros@example.com",
      phone: "(401) 555-0151",
      street: "310 Post Road",
      city: "Warwick",
      state: "RI",
      zip: "02888",
      utility: "Rhode Island Energy",
      tariff: "NETTING",
      segment: "residential",
      notes: "Coastal property; backup during nor'easters is the main motivation.",
    },
    usageAndRates: demoUsageAndRates(9_000, "new-england", { kind: "catalog", tariffId: "rie-a16" }),
    options: [
      {
        letter: "A",
        pvKw: 7.2,
        specificYield: 1200,
        solarCentsPerWatt: 340,
        battery: { battery: POWERWALL_3, count: 1 },
        otherCostCents: 175_000,
        billSavingsYear1Cents: 262_000,
        programs: [CONNECTED_SOLUTIONS_RI],
        // The battery replaced after its default 10-year warranty (years 11 and 21) for a demo price below the first
        // install's (no gateway, no permits), and a monitoring plan rising 2.5 % a year.
        omCostYearlyCents: 15_000,
        lifecycle: { omEscalationPercent: 2.5, batteryReplacementCents: 1_100_000, billTodayMonthlyCents: 28_500 },
      },
      {
        letter: "B",
        pvKw: 7.2,
        specificYield: 1200,
        solarCentsPerWatt: 340,
        battery: { battery: SOLAREDGE_9_7, count: 1 },
        otherCostCents: 160_000,
        billSavingsYear1Cents: 255_000,
      },
    ],
  },
  {
    key: "ct-eversource",
    daysAgo: 1,
    project: {
      customerName: "Mark and Jennifer Kowalski",
      email: "kowalski.home@example.net",
      phone: "(860) 555-0136",
      street: "845 Hubbard Street",
      city: "Glastonbury",
      state: "CT",
      zip: "06033",
      utility: "Eversource",
      tariff: "NETTING",
      segment: "residential",
      notes: "Large south-facing roof; 200 A service. Interested in Energy Storage Solutions after a neighbor's install.",
    },
    usageAndRates: demoUsageAndRates(13_200, "new-england", { kind: "catalog", tariffId: "eversource-ct-rate-1" }),
    options: [
      {
        letter: "A",
        pvKw: 10.4,
        specificYield: 1210,
        solarCentsPerWatt: 335,
        battery: { battery: POWERWALL_3, count: 2 },
        otherCostCents: 230_000,
        billSavingsYear1Cents: 362_000,
        programs: [CT_ESS_STANDARD],
      },
      {
        letter: "B",
        pvKw: 10.4,
        specificYield: 1210,
        solarCentsPerWatt: 335,
        battery: { battery: POWERWALL_3, count: 1 },
        otherCostCents: 190_000,
        billSavingsYear1Cents: 351_000,
        programs: [CT_ESS_STANDARD],
      },
      {
        letter: "C",
        pvKw: 10.4,
        specificYield: 1210,
        solarCentsPerWatt: 335,
        battery: { battery: APOWER_2, count: 1, reservePercent: 25 },
        otherCostCents: 205_000,
        billSavingsYear1Cents: 353_000,
        programs: [CT_ESS_STANDARD],
      },
    ],
  },
  // The site a new organization may add as its sample project (lib/server/data/sample-project.ts): one source for both.
  SAMPLE_SITE,
  {
    key: "ct-commercial",
    daysAgo: 18,
    project: {
      customerName: "Harbor Point Brewing Co.",
      email: "facilities@harborpointbrewing.example.com",
      phone: "(203) 555-0190",
      street: "200 Pacific Street",
      city: "Stamford",
      state: "CT",
      zip: "06902",
      utility: "Eversource",
      tariff: "NETTING",
      segment: "commercial",
      notes: "Commercial rate with demand charges; flat membrane roof. Residential Grid Services programs do not apply.",
    },
    // No usage and rates: a commercial rate's demand charges are outside the bill model (issue 18 leaves them for
    // later), so this site keeps the year-1 savings typed from the installer's design tool.
    usageAndRates: null,
    options: [
      {
        letter: "A",
        pvKw: 62.4,
        specificYield: 1180,
        solarCentsPerWatt: 225,
        battery: { battery: POWERWALL_3, count: 4, reservePercent: 10 },
        otherCostCents: 1_250_000,
        billSavingsYear1Cents: 1_680_000,
        utilityEscalationPercent: 3,
        discountRatePercent: 7,
        degradationPercent: 0.4,
        omCostYearlyCents: 150_000,
        incentives: [
          { name: "Demand-response payments (installer's estimate)", kind: "annual", basis: "fixed", amountCents: 240_000, years: 10 },
        ],
      },
      {
        letter: "B",
        pvKw: 62.4,
        specificYield: 1180,
        solarCentsPerWatt: 225,
        otherCostCents: 980_000,
        billSavingsYear1Cents: 1_540_000,
        utilityEscalationPercent: 3,
        discountRatePercent: 7,
        degradationPercent: 0.4,
        omCostYearlyCents: 120_000,
      },
    ],
  },
  {
    key: "tx-oncor",
    daysAgo: 8,
    project: {
      customerName: "Marcus Bell",
      email: "marcus.bell@example.org",
      phone: "(817) 555-0125",
      street: "3716 Westcliff Road South",
      city: "Fort Worth",
      state: "TX",
      zip: "76109",
      utility: "Oncor",
      tariff: "other",
      segment: "residential",
      notes: "Retail plan with a low buyback rate, so the battery shifts solar into the evening. No Grid Services program in Gridfolio's catalog for Texas.",
    },
    usageAndRates: demoUsageAndRates(19_500, "north-texas", ONCOR_RETAIL_PLAN, { exportRule: { kind: "net-billing", carryover: "none" } }),
    options: [
      {
        letter: "A",
        pvKw: 11.2,
        specificYield: 1450,
        solarCentsPerWatt: 270,
        battery: { battery: POWERWALL_3, count: 1 },
        otherCostCents: 140_000,
        billSavingsYear1Cents: 214_000,
        utilityEscalationPercent: 2.5,
      },
      {
        letter: "B",
        pvKw: 11.2,
        specificYield: 1450,
        solarCentsPerWatt: 270,
        battery: { battery: POWERWALL_3, count: 2 },
        otherCostCents: 190_000,
        billSavingsYear1Cents: 229_000,
        utilityEscalationPercent: 2.5,
      },
    ],
  },
];

export function demoProjectId(key: string): string {
  return `demo-project-${key}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function buildProject(spec: ProjectSpec, now: Date): Prisma.ProjectCreateInput {
  return {
    ...spec.project,
    id: demoProjectId(spec.key),
    organization: { connect: { id: DEMO_ORGANIZATION.id } },
    createdAt: new Date(now.getTime() - spec.daysAgo * DAY_MS),
    options: { create: spec.options.map((option, position) => buildOption(spec.key, spec.usageAndRates, option, position)) },
  };
}

export interface SeedResult {
  /** Demo projects that did not exist and were created. */
  created: number;
  /** Demo projects that existed and were left as they were. */
  kept: number;
  /** Demo projects deleted and created again from the data above (`reset`). */
  reset: number;
  /** Demo users that did not exist and were created (see seed-accounts.ts). */
  usersCreated: number;
}

/**
 * Creates the demo projects that are missing. With `reset`, deletes the demo projects first (their options,
 * programs and incentives go with them) and creates them again. Projects without the demo prefix are never read
 * or written. One transaction: a failed seed leaves the database as it was.
 */
export async function seedDemoData(db: PrismaClient, options: { reset?: boolean; now?: Date } = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const ids = demoProjects.map((spec) => demoProjectId(spec.key));
  // Hashing is deliberately slow (scrypt): done once, before the transaction opens.
  const passwordHash = await hashDemoPassword();
  return db.$transaction(
    async (tx) => {
      const usersCreated = await seedDemoAccounts(tx, passwordHash);
      // Before the projects: a new demo option's offers copy these products' terms.
      await seedDemoFinancingProducts(tx, now);
      const existing = new Set(
        (await tx.project.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((project) => project.id),
      );
      let reset = 0;
      if (options.reset && existing.size > 0) {
        reset = (await tx.project.deleteMany({ where: { id: { in: [...existing] } } })).count;
      }
      let created = 0;
      for (const spec of demoProjects) {
        const data = buildProject(spec, now);
        // update: {} keeps an existing demo project exactly as people left it.
        await tx.project.upsert({ where: { id: data.id! }, create: data, update: {} });
        if (!existing.has(data.id!)) created++;
      }
      await moveDemoNetMeteringOffOther(tx);
      await seedDemoVersion(tx, now);
      return { created, kept: options.reset ? 0 : existing.size, reset, usersCreated };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

/**
 * Demo projects stored before the tariff field could say "net metering under state rules" were saved as "other"
 * (not net metered), which is wrong for Massachusetts, Rhode Island and Connecticut. Moves only those still on
 * "other", so a tariff changed during a demo stays, and a second run changes nothing.
 */
async function moveDemoNetMeteringOffOther(tx: SeedTx): Promise<void> {
  const netMetered = demoProjects.filter((spec) => spec.project.tariff === "NETTING").map((spec) => demoProjectId(spec.key));
  await tx.project.updateMany({ where: { id: { in: netMetered }, tariff: "other" }, data: { tariff: "NETTING" } });
}

// ---------------------------------------------------------------------------------------------------------------
// Financing (issue 19): three demo products of made-up lenders, and offers on two demo options. Terms are typical of
// 2026 residential solar offers (a 25-year loan near 7% without dealer fee, a bought-down 20-year loan at 3.99% with
// an 18% fee, a 20-year lease at about $145/month rising 2.9%); the lenders do not exist.

type DemoFinancingProduct = { id: string; name: string; provider: string; terms: FinancingTerms };

export const demoFinancingProducts: readonly DemoFinancingProduct[] = [
  {
    id: "demo-financing-loan-25y",
    name: "Demo Bank 25-year loan 6.99%, 0% dealer fee",
    provider: "Demo Bank (made-up lender)",
    terms: { kind: "loan", loan: { apr: 0.0699, termMonths: 300, downPaymentCents: 0, dealerFee: 0, frequency: "monthly", prepayment: null } },
  },
  {
    id: "demo-financing-loan-20y",
    name: "Demo Bank 20-year loan 3.99%, 18% dealer fee",
    provider: "Demo Bank (made-up lender)",
    terms: { kind: "loan", loan: { apr: 0.0399, termMonths: 240, downPaymentCents: 0, dealerFee: 0.18, frequency: "monthly", prepayment: null } },
  },
  {
    id: "demo-financing-lease-20y",
    name: "Demo Solar Lease 20-year, $145/month, 2.9% escalator",
    provider: "Demo Solar Lease Co. (made-up company)",
    terms: { kind: "lease", lease: { monthlyPaymentCents: 14_500, escalator: 0.029, termMonths: 240, upfrontPaymentCents: 0, buyout: null } },
  },
];

/** The offers on demo options: product and whether the proposal leads with it. */
const DEMO_OFFERS: Readonly<Record<string, readonly { productId: string; isPreferred?: boolean }[]>> = {
  "demo-option-ct-eversource-a": [{ productId: "demo-financing-loan-25y", isPreferred: true }, { productId: "demo-financing-lease-20y" }],
  "demo-option-ma-national-grid-a": [{ productId: "demo-financing-loan-20y" }],
};

/** A new demo option's offers, each with its product's terms copied, as offering it in the app does. */
function demoOffersOf(optionId: string): Prisma.OptionFinancingCreateWithoutOptionInput[] {
  return (DEMO_OFFERS[optionId] ?? []).map((offer, position) => {
    const product = demoFinancingProducts.find((candidate) => candidate.id === offer.productId)!;
    return {
      id: `${optionId.replace("demo-option-", "demo-offer-")}-${position + 1}`,
      product: { connect: { id: product.id } },
      label: product.name,
      choice: product.terms as Prisma.InputJsonValue,
      position,
      isPreferred: offer.isPreferred ?? false,
    };
  });
}

/** Creates the demo products that are missing; one that exists (edited, archived) is kept as it is. */
async function seedDemoFinancingProducts(tx: SeedTx, now: Date): Promise<void> {
  const checkedOn = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  for (const product of demoFinancingProducts) {
    await tx.financingProduct.upsert({
      where: { id: product.id },
      create: {
        id: product.id,
        organizationId: DEMO_ORGANIZATION.id,
        name: product.name,
        provider: product.provider,
        kind: product.terms.kind,
        terms: product.terms as Prisma.InputJsonValue,
        effectiveFrom: checkedOn,
        checkedOn,
        notes: "Demo data: a made-up lender's terms, typical of 2026 residential solar offers.",
      },
      update: {},
    });
  }
}

export const DEMO_VERSION_ID = "demo-version-ct-eversource-a-1";

type SeedTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** One finalized proposal (the Connecticut demo's option A, version 1), so the versions list and share links can be shown. */
async function seedDemoVersion(tx: SeedTx, now: Date): Promise<void> {
  if (await tx.proposalVersion.findUnique({ where: { id: DEMO_VERSION_ID } })) return;
  const option = await tx.option.findUnique({
    where: { id: "demo-option-ct-eversource-a" },
    include: { project: true, programs: true, customIncentives: { orderBy: { createdAt: "asc" } } },
  });
  if (!option) return;
  const owner = demoUsers[0]!;
  await tx.proposalVersion.create({
    data: {
      id: DEMO_VERSION_ID,
      organizationId: option.project.organizationId,
      projectId: option.projectId,
      optionId: option.id,
      optionName: option.name,
      number: 1,
      snapshot: buildSnapshot(option, evaluateStoredOption(option)) as object,
      finalizedAt: new Date(now.getTime() - 2 * DAY_MS),
      finalizedById: owner.id,
      finalizedByName: owner.name,
    },
  });
}
