/**
 * The sample project a new organization may add from its welcome checklist: one of the demo sites of prisma/seed.ts
 * (Milford, Connecticut, on United Illuminating, with two battery designs and Energy Storage Solutions), kept here so
 * the seed lists this very data among its demo projects and the app builds the sample from it: one source, not a copy.
 *
 * Made up like every demo row: an example.com address, a 555-01xx number, typical 2025-2026 figures (installed solar
 * $3.45/W, Enphase IQ Battery 5P 5 kWh / 3.84 kW at $6,200 installed, about 1,200 kWh/kW a year in Connecticut).
 */
import { getDb } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Actor } from "./actor";
import type { UsageAndRatesInput } from "../../core/bills";
import { recordAudit } from "./audit";
import { demoUsageAndRates } from "./demo-usage";

/** A battery model and the installed price of one unit, in cents. */
export interface SampleBattery {
  model: string;
  capacityKwh: number;
  powerKw: number;
  unitCostCents: number;
}

/** One design option as the seed writes its demo options: sizes, yield and unit prices, from which the figures follow. */
export interface SampleOptionSpec {
  letter: "A" | "B" | "C";
  pvKw: number;
  /** kWh per kW per year at the site. */
  specificYield: number;
  /** Installed solar price, cents per watt. */
  solarCentsPerWatt: number;
  battery?: { battery: SampleBattery; count: number; reservePercent?: number };
  otherCostCents: number;
  billSavingsYear1Cents: number;
  programs?: { programId: string; inputs: Prisma.InputJsonValue }[];
}

export interface SampleSite {
  /** The seed's key: its demo copy is `demo-project-<key>`. */
  key: string;
  /** The seed dates its demo copy this many days back, so the demo list looks like a pipeline. */
  daysAgo: number;
  project: Omit<Prisma.ProjectCreateInput, "id" | "options" | "createdAt" | "updatedAt" | "organization">;
  /** The customer's usage and the tariff, shared by the site's options (lib/core/bills/usage-and-rates.ts). */
  usageAndRates: UsageAndRatesInput;
  options: SampleOptionSpec[];
}

const IQ_BATTERY_5P: SampleBattery = { model: "Enphase IQ Battery 5P", capacityKwh: 5, powerKw: 3.84, unitCostCents: 620_000 };
const CT_ESS_STANDARD = { programId: "ct-ess", inputs: { customerTier: "standard", gridEdge: false } };

export const SAMPLE_SITE: SampleSite = {
  key: "ct-ui",
  daysAgo: 11,
  project: {
    customerName: "Siobhan Fitzgerald",
    email: "siobhan.fitz@example.com",
    phone: "(203) 555-0172",
    street: "19 Gulf Street",
    city: "Milford",
    state: "CT",
    zip: "06460",
    utility: "UI",
    tariff: "NETTING",
    segment: "residential",
    notes: "United Illuminating territory. Wants modular storage she can expand later.",
  },
  usageAndRates: demoUsageAndRates(8_700, "new-england", { kind: "catalog", tariffId: "ui-rate-r" }),
  options: [
    {
      letter: "A",
      pvKw: 6.8,
      specificYield: 1200,
      solarCentsPerWatt: 345,
      battery: { battery: IQ_BATTERY_5P, count: 2 },
      otherCostCents: 145_000,
      billSavingsYear1Cents: 247_000,
      programs: [CT_ESS_STANDARD],
    },
    {
      letter: "B",
      pvKw: 6.8,
      specificYield: 1200,
      solarCentsPerWatt: 345,
      battery: { battery: IQ_BATTERY_5P, count: 4 },
      otherCostCents: 165_000,
      billSavingsYear1Cents: 254_000,
      programs: [CT_ESS_STANDARD],
    },
  ],
};

/** The name every sample carries, so nobody mistakes it for a customer: "Sample – Siobhan Fitzgerald". */
export const SAMPLE_NAME_PREFIX = "Sample – ";

const SAMPLE_NOTE = "A sample project with a made-up customer and typical figures, to show how Gridfolio works. Delete it whenever you like.";

/**
 * An option's figures from its spec, as prisma/seed.ts computes its demo options (the same rounding, the same
 * defaults); lib/server/data/sample-project.test.ts checks the sample against the seeded demo copy field by field.
 */
function sampleOption(spec: SampleOptionSpec, position: number): Prisma.OptionCreateWithoutProjectInput {
  return {
    ...optionFieldsOf(spec),
    usageAndRates: SAMPLE_SITE.usageAndRates as Prisma.InputJsonValue,
    position,
    programs: { create: (spec.programs ?? []).map((program) => ({ programId: program.programId, inputs: program.inputs })) },
  };
}

/**
 * An option's name, sizes and prices from its spec: the sample's options and the seed's demo options (prisma/seed.ts)
 * are both written from this, so the two copies of the sample site cannot drift apart.
 */
export function optionFieldsOf(spec: SampleOptionSpec) {
  const battery = spec.battery;
  const pv = `${spec.pvKw.toFixed(1)} kW`;
  return {
    name: battery ? `Option ${spec.letter} — ${pv} + ${battery.count}× ${battery.battery.model}` : `Option ${spec.letter} — ${pv} solar only`,
    pvKw: spec.pvKw,
    annualProductionKwh: Math.round((spec.pvKw * spec.specificYield) / 10) * 10,
    batteryModel: battery?.battery.model ?? null,
    batteryCapacityKwh: battery?.battery.capacityKwh ?? 0,
    batteryPowerKw: battery?.battery.powerKw ?? 0,
    batteryCount: battery?.count ?? 0,
    reservePercent: battery?.reservePercent ?? 20,
    solarCostCents: Math.round(spec.pvKw * 1000 * spec.solarCentsPerWatt),
    batteryCostCents: battery ? battery.battery.unitCostCents * battery.count : 0,
    otherCostCents: spec.otherCostCents,
    billSavingsYear1Cents: spec.billSavingsYear1Cents,
  } satisfies Prisma.OptionCreateWithoutProjectInput;
}

/** Adds one sample project (with its options and programs) to the actor's organization; returns its id. */
export async function addSampleProject(actor: Actor): Promise<string> {
  const customerName = `${SAMPLE_NAME_PREFIX}${SAMPLE_SITE.project.customerName}`;
  return getDb().$transaction(async (tx) => {
    const project = await tx.project.create({
      data: {
        ...SAMPLE_SITE.project,
        customerName,
        notes: `${SAMPLE_NOTE}\n\n${SAMPLE_SITE.project.notes ?? ""}`.trim(),
        isSample: true,
        organizationId: actor.organizationId,
        options: { create: SAMPLE_SITE.options.map(sampleOption) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { projectId: project.id, action: "project.created", summary: `Added the sample project ${customerName}.` });
    return project.id;
  });
}
