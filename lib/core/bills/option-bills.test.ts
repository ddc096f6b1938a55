import { describe, expect, it } from "vitest";
import { CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH, getTariffVersion, tariffInForce } from "./tariffs";
import { exportRuleFor, optionBills, type OptionBillsInput } from "./option-bills";
import { parseUsageAndRates } from "./usage-and-rates";

const flat = { kind: "flat", input: { name: "Flat", dollarsPerKwh: 0.2, fixedDollarsPerMonth: 10 } } as const;
const monthly = (kwh: number) => ({ kind: "monthly", monthlyKwh: new Array(12).fill(kwh) as number[] }) as const;

function input(change: Partial<OptionBillsInput> & { stored?: Record<string, unknown> } = {}): OptionBillsInput {
  const { stored, ...rest } = change;
  return {
    usageAndRates: parseUsageAndRates({ usage: monthly(1000), production: { kind: "design" }, tariff: flat, ...stored }),
    project: { state: "CT", utility: "Eversource", tariff: "NETTING" },
    proposalDate: "2026-12-03",
    annualProductionKwh: 0,
    battery: null,
    gridEvents: [],
    ...rest,
  };
}

const battery = { usableKwh: 13.5, powerKw: 11.5, roundTripEfficiencyPercent: 89, reservePercent: 20 };

describe("optionBills: hand-computed", () => {
  it("a flat rate without solar: 1,000 kWh × $0.20 + $10 = $210 a month, $2,520 a year, nothing saved", () => {
    const bills = optionBills(input());
    expect(bills.withoutEvents.bills.noSystem.months.map((month) => month.totalCents)).toEqual(new Array(12).fill(21_000));
    expect(bills.withoutEvents.bills.noSystem.totalCents).toBe(252_000);
    expect(bills.year1).toEqual({ solarCents: 0, batteryCents: 0, gridServicesCents: 0 });
    expect(bills.withEvents).toBeNull();
    expect(bills.tariff).toMatchObject({ name: "Flat", kind: "flat", source: null, status: null });
  });

  it("solar under kWh net metering on a flat rate saves the price of every kWh it makes (when it makes less than the home uses)", () => {
    const bills = optionBills(input({ annualProductionKwh: 6000 }));
    // 6,000 kWh netted against 12,000 kWh at $0.20: $1,200 a year, the fixed charges stay. Each month's bill is
    // rounded to the cent on its own, so the year may differ by up to half a cent a month.
    expect(Math.abs(bills.year1.solarCents - 120_000)).toBeLessThanOrEqual(6);
    expect(bills.year1.solarCents).toBe(bills.withoutEvents.bills.noSystem.totalCents - bills.withoutEvents.bills.solarOnly.totalCents);
    expect(bills.withoutEvents.production.annualKwh).toBeCloseTo(6000, 6);
  });

  it("year-1 savings by source are the simulation's, without events", () => {
    const bills = optionBills(input({ annualProductionKwh: 8000, battery, stored: { tariff: { kind: "catalog", tariffId: "pge-e-tou-c" } }, project: { state: "CA", utility: "PG&E", tariff: "NBT" } }));
    expect(bills.year1.solarCents).toBe(bills.withoutEvents.savings.solarCents);
    expect(bills.year1.batteryCents).toBe(bills.withoutEvents.savings.batteryCents);
    expect(bills.year1.batteryCents).toBeGreaterThan(0);
    expect(bills.tariff).toMatchObject({ kind: "catalog", versionId: tariffInForce("pge-e-tou-c", "2026-12-03")!.id });
  });
});

describe("optionBills: Grid Services events", () => {
  const withEvents = input({ annualProductionKwh: 8000, battery, gridEvents: [{ programId: "ct-ess" }], stored: { tariff: { kind: "catalog", tariffId: "eversource-ct-rate-1" } } });

  it("simulates the year again with the events and counts the difference on the bill as Grid Services'", () => {
    const bills = optionBills(withEvents);
    expect(bills.withEvents).not.toBeNull();
    expect(bills.events).toEqual([expect.objectContaining({ programId: "ct-ess", days: 55, durationHours: 3 })]);
    expect(bills.year1.gridServicesCents).toBe(bills.withoutEvents.bills.solarBattery!.totalCents - bills.withEvents!.bills.solarBattery!.totalCents);
    // The bill without a system and with solar only do not depend on the events.
    expect(bills.withEvents!.bills.noSystem.totalCents).toBe(bills.withoutEvents.bills.noSystem.totalCents);
    expect(bills.withEvents!.bills.solarOnly.totalCents).toBe(bills.withoutEvents.bills.solarOnly.totalCents);
    expect(bills.withEvents!.battery!.eventExportKwh).toBeGreaterThan(0);
  });

  it("schedules no events for a solar-only option", () => {
    const bills = optionBills({ ...withEvents, battery: null });
    expect(bills.withEvents).toBeNull();
    expect(bills.year1.gridServicesCents).toBe(0);
  });

  it("is memoized by content: an equal input returns the same result", () => {
    const first = optionBills(withEvents);
    const again = optionBills(JSON.parse(JSON.stringify(withEvents)) as OptionBillsInput);
    expect(again).toBe(first);
    expect(optionBills({ ...withEvents, annualProductionKwh: 8001 })).not.toBe(first);
  });
});

describe("optionBills: usage read from a meter", () => {
  it("lays a leap year's readings on the proposal's year without 29 February", () => {
    const hourlyKwh = Array.from({ length: 8784 }, (_, hour) => (hour >= 59 * 24 && hour < 60 * 24 ? 100 : 1));
    const bills = optionBills(input({ stored: { usage: { kind: "interval", year: 2024, hourlyKwh, fileName: "meter.xml" } } }));
    expect(bills.withoutEvents.usage.annualKwh).toBeCloseTo(8760, 6);
    expect(bills.withoutEvents.usage.source).toBe("green-button");
  });
});

describe("exportRuleFor: the project's framework", () => {
  it.each<{ label: string; project: OptionBillsInput["project"]; version: string | null; kind: string; check?: (rule: ReturnType<typeof exportRuleFor>["rule"]) => void }>([
    {
      label: "California NBT at PG&E: net billing with PG&E's export-rate table",
      project: { state: "CA", utility: "PG&E", tariff: "NBT" },
      version: "pge-e-elec",
      kind: "net-billing",
      check: (rule) => expect(rule.kind === "net-billing" && rule.exportRates?.id).toMatch(/^ca-nbt\/pge\//),
    },
    {
      label: "California NBT at SDG&E, named in full",
      project: { state: "CA", utility: "San Diego Gas & Electric", tariff: "NBT" },
      version: "sdge-tou-dr1",
      kind: "net-billing",
      check: (rule) => expect(rule.kind === "net-billing" && rule.exportRates?.id).toMatch(/^ca-nbt\/sdge\//),
    },
    { label: "NEM 2.0 on E-TOU-C: the tariff's kWh netting", project: { state: "CA", utility: "PG&E", tariff: "NEM2" }, version: "pge-e-tou-c", kind: "net-metering", check: (rule) => expect(rule).toMatchObject({ credits: "kwh" }) },
    { label: "Rhode Island netting: dollar credits", project: { state: "RI", utility: "Rhode Island Energy", tariff: "NETTING" }, version: "rie-a16", kind: "net-metering", check: (rule) => expect(rule).toMatchObject({ credits: "dollars" }) },
    {
      label: "Connecticut buy-all: the RRES rate",
      project: { state: "CT", utility: "Eversource", tariff: "BUY_ALL" },
      version: "eversource-ct-rate-1",
      kind: "buy-all-sell-all",
      check: (rule) => expect(rule).toMatchObject({ sellDollarsPerKwh: CT_RRES_BUY_ALL_2026_DOLLARS_PER_KWH }),
    },
    { label: "any other framework without a shipped tariff: net metering", project: { state: "TX", utility: "Oncor", tariff: "other" }, version: null, kind: "net-metering" },
  ])("$label", ({ project, version, kind, check }) => {
    const tariff = version ? tariffInForce(version, "2026-12-03") ?? getTariffVersion(version) ?? null : null;
    const { rule } = exportRuleFor(project, tariff);
    expect(rule.kind).toBe(kind);
    check?.(rule);
  });

  it("an export rule stored on the option wins over the project's", () => {
    const bills = optionBills(input({ annualProductionKwh: 6000, stored: { exportRule: { kind: "net-billing", carryover: "none" } } }));
    expect(bills.exportRule.isProjectDefault).toBe(false);
    expect(bills.exportRule.note).toBeNull();
  });
});
