import { describe, expect, test } from "vitest";
import { customerProposalOf } from "./customer-proposal";
import { evaluateStoredOption } from "./evaluate";
import { buildSnapshot, type VersionOption } from "./snapshot";

const option: VersionOption = {
  name: "Option A",
  pvKw: 7.6,
  annualProductionKwh: 11_550,
  batteryModel: "Tesla Powerwall 3",
  batteryCapacityKwh: 13.5,
  batteryPowerKw: 11.5,
  batteryCount: 1,
  reservePercent: 20,
  solarCostCents: 2_356_000,
  batteryCostCents: 1_490_000,
  otherCostCents: 185_000,
  billSavingsYear1Cents: 338_000,
  horizonYears: 25,
  utilityEscalationPercent: 4,
  discountRatePercent: 5,
  degradationPercent: 0.5,
  omCostYearlyCents: 0,
  project: { state: "CA", segment: "residential", utility: "PG&E", tariff: "NEM2", customerName: "Priya Raman", street: "1487 Hamilton Avenue", city: "San Jose", zip: "95125" },
  programs: [],
  customIncentives: [],
};

/** Finalized at 7:30 PM in San Jose on Dec 2: already Dec 3 in UTC. */
const finalizedAt = new Date("2026-12-03T03:30:00Z");
const version = (state: string, changes: { acceptedAt?: Date | null } = {}) => ({
  snapshot: buildSnapshot({ ...option, project: { ...option.project, state } }, evaluateStoredOption(option, { proposalDate: "2026-12-02" })),
  number: 1,
  finalizedAt,
  finalizedByName: "Alex Installer",
  validUntil: new Date(finalizedAt.getTime() + 30 * 86_400_000),
  acceptedAt: changes.acceptedAt ?? null,
  acceptedName: changes.acceptedAt ? "Priya Raman" : null,
});

describe("the customer's proposal dates everything in the project's time zone, in one format", () => {
  test.each([
    { label: "California: still Dec 2 in San Jose", state: "CA", zone: "America/Los_Angeles", date: "Dec 2, 2026", validUntil: "Jan 1, 2027" },
    { label: "Connecticut: Dec 2 in Hartford too", state: "CT", zone: "America/New_York", date: "Dec 2, 2026", validUntil: "Jan 1, 2027" },
    { label: "Guam, a day ahead: Dec 3", state: "GU", zone: "Pacific/Guam", date: "Dec 3, 2026", validUntil: "Jan 2, 2027" },
  ])("$label", ({ state, zone, date, validUntil }) => {
    const proposal = customerProposalOf(version(state), "Sunrise Solar");
    expect(proposal.timeZone).toBe(zone);
    expect(proposal.cover).toMatchObject({ date, validUntil });
    // The document header's version date is the cover's date, written the same way.
    expect(proposal.meta.finalizedOn).toBe(date);
  });

  test("the acceptance day is in the project's zone as well", () => {
    const accepted = customerProposalOf(version("CA", { acceptedAt: new Date("2026-12-10T06:00:00Z") }), "Sunrise Solar");
    expect(accepted.meta.acceptedOn).toBe("Dec 9, 2026");
    expect(customerProposalOf(version("CA"), "Sunrise Solar").meta.acceptedOn).toBeNull();
  });
});
