import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot, openProgramInputs } from "./support/checks";
import { fillProjectForm } from "./support/forms";
import { dollarsOf, runModel, yearsOf } from "./support/model";

const customer = "Morgan CT-ESS-E2E";

async function createConnecticutOption(page: Page) {
  await page.goto("/projects/new");
  await fillProjectForm(page, { customerName: customer, street: "77 Farmington Avenue", city: "Hartford", state: "CT", zip: "06105", utility: "Eversource", tariff: "other" });
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Add the first option" }).click();
  await page.getByLabel("Option name").fill("Option A — Powerwall 3");
  await page.getByLabel("PV size").fill("8");
  await page.getByLabel("Annual production").fill("9600");
  await page.getByLabel("Battery model").fill("Tesla Powerwall 3");
  await page.getByLabel("Capacity per battery").fill("13.5");
  await page.getByLabel("Rated power per battery").fill("11.5");
  await page.getByLabel("Battery count").fill("1");
  await page.getByLabel("Solar ($)").fill("24000");
  await page.getByLabel("Battery ($)").fill("15000");
  await page.getByLabel("Year-1 bill savings").fill("2100");
  await page.getByRole("button", { name: "Create option" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Option created." })).toBeVisible();
  await page.getByRole("link", { name: "Manage incentives" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Manage incentives" })).toBeVisible();
}

/** The same option as the JSON command line's input. */
const modelInput = (programs: unknown[]) => ({
  project: {
    state: "CT",
    segment: "residential",
    utility: "Eversource",
    tariff: "other",
    pvKw: 8,
    battery: { capacityKwh: 13.5, powerKw: 11.5, count: 1, reservePercent: 20 },
    costs: { solar: 24000, battery: 15000, other: 0 },
    billSavingsYear1: 2100,
    assumptions: { years: 25, utilityEscalation: 0.03, discountRate: 0.05, degradation: 0.005 },
  },
  programs,
});

async function readSummary(page: Page) {
  const summary = page.getByRole("complementary");
  return {
    net: dollarsOf(await summary.getByTestId("net-price").innerText()),
    payback: yearsOf(await summary.getByTestId("headline-payback").locator("td").first().innerText()),
  };
}

test.describe("manage incentives", () => {
  test("enable CT-ESS: upfront line, lower net price, shorter payback, equal to the engine; disable restores", async ({ page }) => {
    await createConnecticutOption(page);
    const ctCard = page.getByTestId("program-ct-ess");
    await expect(ctCard).toBeVisible();
    await expect(page.getByTestId("program-elrp")).toHaveCount(0);
    await expect(page.getByTestId("program-connected-solutions-ma")).toHaveCount(0);
    const before = await readSummary(page);
    await expect(page.getByTestId("upfront-ct-ess")).toHaveCount(0);

    const modelOff = runModel(modelInput([]));
    expect(before.net).toBe(modelOff.financials.netCost);
    expect(before.payback).toBe(Number(modelOff.financials.paybackYears!.toFixed(1)));

    await ctCard.getByRole("switch", { name: /Enable Energy Storage Solutions/ }).click();
    await expect(ctCard.getByRole("switch")).toHaveAttribute("aria-checked", "true");
    await expect(page.getByTestId("upfront-ct-ess")).toContainText("-$3,375.00");
    const after = await readSummary(page);
    expect(after.net).toBe(before.net - 3375);
    expect(after.payback!).toBeLessThan(before.payback!);

    const modelOn = runModel(modelInput([{ id: "ct-ess", customerTier: "standard", gridEdge: false }]));
    expect(modelOn.programs[0]?.upfront).toBe(3375);
    expect(after.net).toBe(modelOn.financials.netCost);
    expect(after.payback).toBe(Number(modelOn.financials.paybackYears!.toFixed(1)));
    await expectAccessible(page);
    await keepScreenshot(page, "incentives-ct-ess-enabled");

    await page.reload();
    await expect(page.getByTestId("program-ct-ess").getByRole("switch")).toHaveAttribute("aria-checked", "true");

    await page.getByTestId("program-ct-ess").getByRole("switch").click();
    await expect(page.getByTestId("upfront-ct-ess")).toHaveCount(0);
    expect(await readSummary(page)).toEqual(before);
  });

  test("a negative kW input is refused with a message and nothing changes", async ({ page }) => {
    await page.goto(`/projects?q=${encodeURIComponent(customer)}`);
    await page.getByRole("link", { name: customer }).first().click();
    await page.getByRole("link", { name: /Manage incentives of/ }).first().click();
    const card = page.getByTestId("program-ct-ess");
    const previewBefore = await card.getByTestId("preview-ct-ess").innerText();
    await openProgramInputs(card);
    const kw = card.getByLabel("Average delivered power (override)");
    await kw.fill("-2");
    await card.getByRole("button", { name: "Save inputs" }).click();
    await expect(card.getByText("Average delivered power (override) cannot be less than 0 kW.")).toBeVisible();
    await expect(card.getByRole("status").filter({ hasText: "Nothing was saved" })).toBeVisible();
    await page.reload();
    await openProgramInputs(page.getByTestId("program-ct-ess"));
    await expect(page.getByTestId("program-ct-ess").getByLabel("Average delivered power (override)")).toHaveValue("");
    expect(await page.getByTestId("preview-ct-ess").innerText()).toBe(previewBefore);

    // A valid override is saved and changes the annual preview: 4 kW × $225 = $900.
    await page.getByTestId("program-ct-ess").getByLabel("Average delivered power (override)").fill("4");
    await page.getByTestId("program-ct-ess").getByRole("button", { name: "Save inputs" }).click();
    await expect(page.getByTestId("program-ct-ess").getByRole("status").filter({ hasText: "inputs saved" })).toBeVisible();
    await expect(page.getByTestId("preview-ct-ess")).toContainText("$900");
  });

  test("custom incentives can be added, edited and removed", async ({ page }) => {
    await page.goto(`/projects?q=${encodeURIComponent(customer)}`);
    await page.getByRole("link", { name: customer }).first().click();
    await page.getByRole("link", { name: /Manage incentives of/ }).first().click();
    const before = await readSummary(page);

    await page.getByRole("button", { name: "Add custom incentive" }).click();
    await page.getByLabel("Incentive name").fill("Hartford green rebate");
    await page.getByLabel("Amount ($)").fill("");
    await page.getByRole("button", { name: "Add incentive" }).click();
    await expect(page.getByText("Enter amount.")).toBeVisible();
    await page.getByLabel("Amount ($)").fill("1000");
    await page.getByRole("button", { name: "Add incentive" }).click();
    await expect(page.getByText("$1,000 upfront")).toBeVisible();
    expect((await readSummary(page)).net).toBe(before.net - 1000);

    await page.getByRole("button", { name: "Edit Hartford green rebate" }).click();
    await page.getByLabel("Amount ($)").fill("1500");
    await page.getByRole("button", { name: "Save incentive" }).click();
    await expect(page.getByText("$1,500 upfront")).toBeVisible();
    expect((await readSummary(page)).net).toBe(before.net - 1500);

    await page.getByRole("button", { name: "Remove Hartford green rebate" }).click();
    await expect(page.getByText("$1,500 upfront")).toHaveCount(0);
    expect((await readSummary(page)).net).toBe(before.net);
  });
});
