import { describe, expect, test } from "vitest";
import { defaultTariffFramework, type TariffFrameworkQuery } from ".";

describe("defaultTariffFramework", () => {
  test.each([
    { label: "CA PG&E, applied for in 2026: Net Billing Tariff", query: { state: "CA", utilityId: "ca-pge", interconnectionDate: "2026-03-01" }, framework: "nbt", tariff: "NBT" },
    // The cut-over counts the application day: April 14, 2023 is the last NEM 2.0 day, April 15 the first NBT day.
    { label: "CA PG&E, applied for April 14, 2023: NEM 2.0", query: { state: "CA", utilityId: "ca-pge", interconnectionDate: "2023-04-14" }, framework: "nem2", tariff: "NEM2" },
    { label: "CA PG&E, applied for April 15, 2023: NBT", query: { state: "CA", utilityId: "ca-pge", interconnectionDate: "2023-04-15" }, framework: "nbt", tariff: "NBT" },
    { label: "CA SCE, no date (a new system): NBT", query: { state: "CA", utilityName: "SCE" }, framework: "nbt", tariff: "NBT" },
    { label: "CA, a typed alias matches PG&E", query: { state: "CA", utilityName: "Pacific Gas & Electric Co.", interconnectionDate: "2026-01-10" }, framework: "nbt", tariff: "NBT" },
    { label: "CA SMUD: the utility's own rule", query: { state: "CA", utilityName: "SMUD" }, framework: "utility-own", tariff: "other" },
    { label: "CA Pacific Power, a small IOU outside D.22-12-056: its own rule", query: { state: "CA", utilityId: "ca-pacificorp" }, framework: "utility-own", tariff: "other" },
    { label: "CT Eversource, 2026: RRES netting", query: { state: "CT", utilityId: "ct-eversource", interconnectionDate: "2026-05-01" }, framework: "ct-rres-netting", tariff: "NETTING" },
    { label: "CT UI, 2021: legacy net metering", query: { state: "CT", utilityName: "United Illuminating", interconnectionDate: "2021-06-01" }, framework: "ct-legacy-net-metering", tariff: "NETTING" },
    { label: "CT Norwich Public Utilities: its own rule", query: { state: "CT", utilityName: "Norwich Public Utilities" }, framework: "utility-own", tariff: "other" },
    { label: "MA National Grid: net metering", query: { state: "MA", utilityName: "National Grid" }, framework: "ma-net-metering", tariff: "NETTING" },
    { label: "MA Concord Municipal Light Plant: its own rule", query: { state: "MA", utilityName: "Concord Municipal Light Plant" }, framework: "utility-own", tariff: "other" },
    { label: "RI Energy: net metering", query: { state: "RI", utilityName: "RI Energy" }, framework: "ri-net-metering", tariff: "NETTING" },
    { label: "RI Block Island Utility District: its own rule", query: { state: "RI", utilityId: "ri-block-island" }, framework: "utility-own", tariff: "other" },
    { label: "TX Oncor: the retail provider's buyback stays on other", query: { state: "TX", utilityName: "Oncor" }, framework: "tx-retail-buyback", tariff: "other" },
  ] satisfies { label: string; query: TariffFrameworkQuery; framework: string; tariff: string }[])("$label", ({ query, framework, tariff }) => {
    const result = defaultTariffFramework(query);
    expect(result.framework).toBe(framework);
    expect(result.tariff).toBe(tariff);
    expect(result.utility).not.toBeNull();
    expect(result.warning).toBeNull();
    expect(result.reason.length).toBeGreaterThan(40);
    expect(result.sources.length).toBeGreaterThan(0);
  });

  test.each([
    { label: "CA, an unknown utility: the IOUs' NBT, with a warning naming it", query: { state: "CA", utilityName: "Acme Power" }, framework: "nbt", warning: "“Acme Power” is not in Gridfolio's list of California utilities" },
    { label: "MA, an unlisted muni: net metering, with a warning that munis set their own rules", query: { state: "MA", utilityName: "Braintree Electric Light Department" }, framework: "ma-net-metering", warning: "sets its own rules" },
    { label: "CT, no utility: RRES netting, with a warning", query: { state: "CT", utilityName: "  " }, framework: "ct-rres-netting", warning: "No utility chosen" },
    { label: "CT, another state's utility id: the state default, with a warning", query: { state: "CT", utilityId: "ma-eversource" }, framework: "ct-rres-netting", warning: "not one of Gridfolio's Connecticut utilities" },
    { label: "CT Eversource after RRES's six years: netting, with a warning to check PURA", query: { state: "CT", utilityId: "ct-eversource", interconnectionDate: "2028-03-01" }, framework: "ct-rres-netting", warning: "six-year program" },
    { label: "CA PG&E, a date that is not YYYY-MM-DD: a new system, with a warning", query: { state: "CA", utilityId: "ca-pge", interconnectionDate: "04/14/2023" }, framework: "nbt", warning: "is not a date" },
    { label: "NY, a state without a list: other, choose by hand", query: { state: "NY", utilityName: "Con Edison" }, framework: "none", warning: "Choose the tariff by hand" },
  ] satisfies { label: string; query: TariffFrameworkQuery; framework: string; warning: string }[])("$label", ({ query, framework, warning }) => {
    const result = defaultTariffFramework(query);
    expect(result.framework).toBe(framework);
    expect(result.warning).toContain(warning);
  });

  test("CT RRES names buy-all as the other choice", () => {
    expect(defaultTariffFramework({ state: "CT", utilityId: "ct-ui" }).alternative).toMatch(/buy-all/i);
  });

  test("a utility's own rule says so in words, with the utility's note", () => {
    const result = defaultTariffFramework({ state: "CA", utilityId: "ca-liberty" });
    expect(result.reason).toMatch(/^Utility's own: Liberty is a small investor-owned utility/);
    expect(result.reason).toContain("covers only PG&E, SCE and SDG&E");
  });

  test("the reason names the utility, or the state's IOUs when it is unknown", () => {
    expect(defaultTariffFramework({ state: "MA", utilityId: "ma-unitil" }).reason).toContain("Unitil");
    expect(defaultTariffFramework({ state: "MA", utilityName: "Somewhere Light" }).reason).toContain("Eversource, National Grid and Unitil");
  });
});
