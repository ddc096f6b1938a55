import { describe, expect, test } from "vitest";
import { tariffLabels, tariffs, withTariffDefault, ZProjectFormSchema } from "./project";

const site = { customerName: "Dana Whitfield", email: "", phone: "", street: "41 Orchard Lane", city: "Glastonbury", zip: "06033", segment: "residential", notes: "" };
const TODAY = "2026-12-03";

describe("the project's tariff when the installer has not chosen one", () => {
  test.each([
    { label: "CA PG&E, a new system: the Net Billing Tariff", state: "CA", utility: "PG&E", tariff: undefined, saved: "NBT" },
    { label: "MA National Grid: net metering under state rules", state: "MA", utility: "National Grid", tariff: undefined, saved: "NETTING" },
    { label: "RI without a utility: Rhode Island Energy's net metering", state: "RI", utility: "", tariff: undefined, saved: "NETTING" },
    { label: "CT Eversource: RRES netting, not buy-all", state: "CT", utility: "Eversource", tariff: undefined, saved: "NETTING" },
    { label: "a blank tariff is not a choice", state: "CT", utility: "Eversource", tariff: "", saved: "NETTING" },
    { label: "a municipal utility sets its own rules: other", state: "MA", utility: "Concord Light", tariff: undefined, saved: "other" },
    // An unknown utility still saves: the state's investor-owned utilities' rule, with the warning shown on the form.
    { label: "an unknown CT utility takes the state's rule", state: "CT", utility: "Quinebaug Power Co-op", tariff: undefined, saved: "NETTING" },
    { label: "a state without a list: other", state: "NY", utility: "Con Edison", tariff: undefined, saved: "other" },
    { label: "an explicit choice is kept, even against the default", state: "CA", utility: "PG&E", tariff: "NEM2", saved: "NEM2" },
    { label: "an explicit buy-all is kept", state: "CT", utility: "UI", tariff: "BUY_ALL", saved: "BUY_ALL" },
  ])("$label", ({ state, utility, tariff, saved }) => {
    const fields = ZProjectFormSchema.parse({ ...site, state, utility, ...(tariff === undefined ? {} : { tariff }) });
    expect(withTariffDefault(fields, TODAY).tariff).toBe(saved);
  });

  test("every tariff has a label in the installer's words", () => {
    for (const tariff of tariffs) expect(tariffLabels[tariff].length).toBeGreaterThan(3);
    expect(tariffLabels.NETTING).toBe("Net metering (state rules)");
  });
});
