import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot, keepViewportScreenshot, openProgramInputs } from "./support/checks";
import { fillProjectForm, type ProjectFields } from "./support/forms";
import { dollarsOf, runModel, yearsOf } from "./support/model";

const customer = "Morgan CT-ESS-E2E";

async function createConnecticutOption(page: Page) {
  await createOptionWithBattery(page, { customerName: customer, street: "77 Farmington Avenue", city: "Hartford", state: "CT", zip: "06105", utility: "Eversource", tariff: "other" });
}

/** A new project through the UI with one option (8 kW of solar, one Powerwall 3), ending on its Manage incentives page. */
async function createOptionWithBattery(page: Page, project: ProjectFields) {
  await page.goto("/projects/new");
  await fillProjectForm(page, project);
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
    // 13.5 kWh × $30: the April 2026 design, in force for a proposal made today.
    await expect(page.getByTestId("upfront-ct-ess")).toContainText("-$405.00");
    const after = await readSummary(page);
    expect(after.net).toBe(before.net - 405);
    expect(after.payback!).toBeLessThan(before.payback!);

    const modelOn = runModel(modelInput([{ id: "ct-ess", customerTier: "standard", gridEdge: false }]));
    expect(modelOn.programs[0]?.upfront).toBe(405);
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

const pgeCustomer = "Rivera ELRP-DSGS-E2E";
const rule = "ELRP and DSGS cannot pay for the same battery";

async function openPgeOption(page: Page) {
  await page.goto(`/projects?q=${encodeURIComponent(pgeCustomer)}`);
  await page.getByRole("link", { name: pgeCustomer }).first().click();
  await page.getByRole("link", { name: /Manage incentives of/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Manage incentives" })).toBeVisible();
}

/** Flips a program's switch and waits for the server's answer (the switch itself flips at once). */
async function switchProgram(page: Page, programId: string, isOn: boolean) {
  const toggle = page.getByTestId(`program-${programId}`).getByRole("switch");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-checked", String(isOn));
  await expect(toggle).not.toHaveAttribute("aria-busy", "true");
}

/** The savings breakdown's column headings on the option's proposal page (one column per counted annual payment). */
async function savingsColumns(page: Page): Promise<string[]> {
  const back = page.url();
  await page.getByRole("link", { name: "View proposal" }).click();
  await expect(page.getByTestId("savings-table")).toBeVisible();
  const headings = await page.getByTestId("savings-table").locator("thead th").allInnerTexts();
  await page.goto(back);
  await expect(page.getByRole("heading", { level: 1, name: "Manage incentives" })).toBeVisible();
  return headings.map((heading) => heading.trim().toLowerCase());
}

test.describe("programs that exclude each other", () => {
  test("ELRP then DSGS on a PG&E project: ELRP counts, both cards say why, a reload keeps it, the installer can count DSGS instead", async ({ page }) => {
    await createOptionWithBattery(page, { customerName: pgeCustomer, street: "1487 Hamilton Avenue", city: "San Jose", state: "CA", zip: "95125", utility: "PG&E", tariff: "NEM2" });
    const elrp = page.getByTestId("program-elrp");
    const dsgs = page.getByTestId("program-dsgs");
    // No DSGS season is funded after 2026 by default: one paid season gives it something to pay, were it counted.
    await openProgramInputs(dsgs);
    await dsgs.getByLabel("Paid seasons").fill("1");
    await dsgs.getByRole("button", { name: "Save inputs" }).click();
    await expect(dsgs.getByRole("status").filter({ hasText: "inputs saved" })).toBeVisible();
    await expect(page.getByTestId("conflict-elrp")).toBeEmpty();

    await switchProgram(page, "elrp", true);
    await expect(page.getByTestId("conflict-elrp")).toBeEmpty();
    await switchProgram(page, "dsgs", true);
    // Right after the switch, on both cards, without a reload.
    await expect(page.getByTestId("conflict-elrp")).toHaveText(`Counted instead of DSGS: ${rule}.`);
    await expect(page.getByTestId("conflict-dsgs")).toContainText(`Not counted: ${rule}; ELRP was enabled first.`);
    await expect(page.getByTestId("conflict-dsgs")).toContainText(/Were it counted, DSGS would pay \$[\d,.]+ a year/);
    await expect(dsgs.getByText("Not counted", { exact: true })).toBeVisible();
    await expect(elrp.getByText("Not counted", { exact: true })).toHaveCount(0);
    await expect(dsgs.getByRole("button", { name: "Count DSGS instead" })).toBeVisible();
    await expect(elrp.getByRole("button", { name: "Count ELRP instead" })).toHaveCount(0);
    // The sticky summary is for narrow screens only.
    await expect(page.getByTestId("sticky-summary")).toBeHidden();
    await expectAccessible(page);
    await keepScreenshot(page, "incentives-elrp-dsgs-conflict");

    // One Grid Services payment in the savings breakdown: ELRP's.
    let columns = await savingsColumns(page);
    expect(columns).toContain("pg&e emergency load reduction program");
    expect(columns).not.toContain("demand side grid support");

    // A reload reads when each was enabled from the database: still ELRP.
    await page.reload();
    await expect(page.getByTestId("conflict-elrp")).toHaveText(`Counted instead of DSGS: ${rule}.`);
    await expect(page.getByTestId("conflict-dsgs")).toContainText(`Not counted: ${rule}; ELRP was enabled first.`);

    await page.getByTestId("program-dsgs").getByRole("button", { name: "Count DSGS instead" }).click();
    await expect(page.getByTestId("conflict-dsgs")).toHaveText(`Counted instead of ELRP: ${rule}.`);
    await expect(page.getByTestId("conflict-elrp")).toContainText(`Not counted: ${rule}; the installer chose DSGS.`);
    await expect(page.getByTestId("program-elrp").getByRole("button", { name: "Count ELRP instead" })).toBeVisible();
    await expect(page.getByTestId("program-dsgs").getByRole("button", { name: "Count DSGS instead" })).toHaveCount(0);
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByTestId("conflict-elrp")).toContainText(`Not counted: ${rule}; the installer chose DSGS.`);
    columns = await savingsColumns(page);
    expect(columns).toContain("demand side grid support");
    expect(columns).not.toContain("pg&e emergency load reduction program");
  });

  test("below 1024 px the figures that move stay in view while switching, and never cover the end of the page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openPgeOption(page);
    // A known start, whatever the test before left: ELRP on alone.
    const isOn = async (programId: string) => (await page.getByTestId(`program-${programId}`).getByRole("switch").getAttribute("aria-checked")) === "true";
    if (await isOn("dsgs")) await switchProgram(page, "dsgs", false);
    if (!(await isOn("elrp"))) await switchProgram(page, "elrp", true);

    const summary = page.getByTestId("sticky-summary");
    const toggle = page.getByTestId("program-elrp").getByRole("switch");
    await toggle.scrollIntoViewIfNeeded();
    await expect(summary).toBeInViewport();
    await expect(toggle).toBeInViewport();
    const bar = (await summary.boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(844 + 1);
    // The switch is not under the bar.
    expect((await toggle.boundingBox())!.y + 24).toBeLessThanOrEqual(bar.y);
    expect(dollarsOf(await summary.getByTestId("sticky-grid-services-year-1").locator("dd").innerText())).toBeGreaterThan(0);

    // ELRP off: no Grid Services payment, and the bar says so at once, still in view; it reads the preview's figures.
    await switchProgram(page, "elrp", false);
    await expect(summary.getByTestId("sticky-grid-services-year-1").locator("dd")).toHaveText("$0");
    await expect(summary).toBeInViewport();
    const aside = page.getByRole("complementary");
    expect(dollarsOf(await summary.getByTestId("sticky-net-price").locator("dd").innerText())).toBe(dollarsOf(await aside.getByTestId("net-price").innerText()));
    await expect(summary.getByTestId("sticky-payback").locator("dd")).toHaveText(await aside.getByTestId("headline-payback").locator("td").first().innerText());
    await switchProgram(page, "elrp", true);
    await expect(summary.getByTestId("sticky-grid-services-year-1").locator("dd")).not.toHaveText("$0");
    await expectAccessible(page);
    await keepViewportScreenshot(page, "incentives-sticky-summary-390");

    // At 360 px, scrolled to the end, the last of the page sits above the bar, not under it.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(summary).toBeInViewport();
    const asideBox = (await aside.boundingBox())!;
    const barAtEnd = (await summary.boundingBox())!;
    expect(asideBox.y + asideBox.height).toBeLessThanOrEqual(barAtEnd.y + 1);

    // DSGS on again, enabled last: ELRP counts.
    await switchProgram(page, "dsgs", true);
    await expect(page.getByTestId("conflict-dsgs")).toContainText(`Not counted: ${rule}; ELRP was enabled first.`);
  });
});
