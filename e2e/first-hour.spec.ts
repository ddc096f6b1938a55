/**
 * A new installer's first hour (issue #20): sign up, follow the checklist to set the company's prices (solar per
 * watt, a Powerwall 3 price, an adder included by default) and add a battery model of its own, create a Connecticut
 * project with the utility picked from the list (the tariff defaults to the state's net metering, with its reason),
 * add an option from the equipment catalog (Tesla Powerwall 3: no battery figures typed, its costs filled from the
 * prices), see CT-ESS announce its value on the option card, enable it from there, and see the checklist move. Each
 * step's details have their own spec (welcome, project-defaults, equipment, announcements); this one walks the path
 * end to end, as the README does.
 */
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./support/accounts";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { fillProjectForm } from "./support/forms";

test.use({ storageState: { cookies: [], origins: [] } });

const run = Date.now().toString(36);
const founder = { name: "Imani Okafor", email: `imani.${run}@harbor-light-solar.test`, password: "harbor-light-2026" };

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("sign-up to a Connecticut option from the catalog with CT-ESS enabled from its card", async ({ page }) => {
  // The whole first hour in one test: prices, a model, a project and an option, each page checked with axe.
  test.setTimeout(120_000);
  await page.goto("/sign-up");
  await signUpAndSignIn(page, founder);
  await page.getByLabel("Company name").fill("Harbor Light Solar");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/projects\?welcome=1$/);
  const checklist = page.getByRole("region", { name: "Welcome to Gridfolio, Harbor Light Solar" });
  await expect(checklist.getByText("0 of 4 steps done.")).toBeVisible();

  // The prices, from the checklist: a refused figure names its field; then solar per watt, a Powerwall 3 price and
  // an adder every new option includes.
  await checklist.getByRole("link", { name: "Set your prices" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Prices and equipment" })).toBeVisible();
  await expect(page.getByText("No adders yet.")).toBeVisible();
  await expect(page.getByText("No models of your own yet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Solar price per watt").fill("29");
  await page.getByRole("button", { name: "Save prices" }).click();
  await expect(page.getByText("Solar price per watt cannot be more than $20.")).toBeVisible();
  await page.getByLabel("Solar price per watt").fill("2.90");
  await page.getByLabel("Tesla Powerwall 3 ($ per unit)").fill("15,500");
  await page.getByRole("button", { name: "Save prices" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Prices saved (solar $2.90/W, Tesla Powerwall 3 $15,500)." })).toBeVisible();
  await page.getByLabel("Adder", { exact: true }).fill("Critter guard");
  await page.getByLabel("Amount").fill("450");
  await page.getByLabel("Include in every new option").check();
  await page.getByRole("button", { name: "Add adder" }).click();
  await expect(page.getByRole("list", { name: "Adders" }).getByRole("listitem").filter({ hasText: "Critter guard" })).toContainText("In every new option");

  // A battery the catalog lacks: a kWh beyond the catalog's bounds is refused by name, then it is added.
  await page.getByLabel("Manufacturer").fill("Acme Storage");
  await page.getByLabel("Model", { exact: true }).fill("Home 12");
  await page.getByLabel("Usable energy per unit").fill("40");
  await page.getByLabel("Continuous power per unit").fill("6");
  await page.getByLabel("Round-trip efficiency").fill("90");
  await page.getByLabel("Warranty").fill("10");
  await page.getByRole("button", { name: "Add battery model" }).click();
  await expect(page.getByText("Usable energy cannot be more than 30 kWh.")).toBeVisible();
  await page.getByLabel("Usable energy per unit").fill("12");
  await page.getByRole("button", { name: "Add battery model" }).click();
  await expect(page.getByRole("list", { name: "Your battery models" })).toContainText("Acme Storage Home 12");
  await expectAccessible(page);
  await keepScreenshot(page, "first-hour-prices");
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await pageWidth(page), "the prices page at 360 px").toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The project: the utility from Connecticut's list, the tariff defaulted with its reason.
  await page.goto("/projects/new");
  await fillProjectForm(page, { customerName: "Mateo First-Hour", street: "40 Pearl Street", city: "New Haven", state: "CT", zip: "06510", utility: "Eversource" });
  await expect(page.getByLabel("Tariff")).toHaveValue("NETTING");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mateo First-Hour" })).toBeVisible();

  // The option: the organization's own model is listed apart and fills its figures; then the battery from the
  // catalog, nothing about it typed, and the costs from the prices.
  await page.getByRole("link", { name: "Add the first option" }).click();
  const picker = page.getByLabel("Battery from the catalog");
  await expect(picker.locator("optgroup[label='Your models'] option")).toHaveText(["Acme Storage Home 12"]);
  await picker.selectOption({ label: "Acme Storage Home 12" });
  await expect(page.getByLabel("Capacity per battery")).toHaveValue("12");
  await expect(page.getByLabel("Rated power per battery")).toHaveValue("6");
  await picker.selectOption({ label: "Tesla Powerwall 3" });
  await expect(page.getByLabel("Capacity per battery")).toHaveValue("13.5");
  await expect(page.getByLabel("Rated power per battery")).toHaveValue("11.5");
  await page.getByLabel("Option name").fill("Option A — 8 kW + Powerwall 3");
  await page.getByLabel("PV size").fill("8");
  await expect(page.getByLabel("Solar ($)")).toHaveValue("23200");
  await expect(page.getByLabel("Battery ($)")).toHaveValue("15500");
  await expect(page.getByLabel("Other costs ($)")).toHaveValue("450");
  await expect(page.getByText("From your price list: 8 kW × $2.90/W.")).toBeVisible();
  // Typed over, the solar cost is the installer's: marked edited, and no longer follows the PV size.
  await page.getByLabel("Solar ($)").fill("24000");
  await expect(page.getByText("Edited. Price list: $23,200 (8 kW × $2.90/W).")).toBeVisible();
  await page.getByLabel("PV size").fill("8.4");
  await expect(page.getByLabel("Solar ($)")).toHaveValue("24000");
  await page.getByLabel("PV size").fill("8");
  await page.getByLabel("Annual production").fill("9600");
  await page.getByLabel("Year-1 bill savings").fill("2100");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create option" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Option created." })).toBeVisible();

  // The project page: CT-ESS is eligible and off, so the card says what it would add; one click counts it.
  await page.getByRole("link", { name: "Mateo First-Hour" }).first().click();
  const card = page.getByRole("article", { name: /^Option A — 8 kW \+ Powerwall 3/ });
  const announcement = card.getByTestId("announcement-ct-ess");
  await expect(announcement).toHaveText(/CT-ESS:\s*−\$[\d,]+ upfront, \+\$[\d,]+ (a year|in year)/);
  await expectAccessible(page);
  await keepScreenshot(page, "first-hour-announcement");
  await card.getByRole("button", { name: "Enable CT-ESS" }).click();
  await expect(announcement).toHaveCount(0);

  // The checklist moved: the prices are set and a project exists now.
  await page.goto("/projects");
  const later = page.getByRole("region", { name: "Getting started" });
  await expect(later.getByText("2 of 4 steps done.")).toBeVisible();
  await expect(later.getByRole("listitem").filter({ hasText: "Set your prices" })).toContainText("Done:");
  await expect(later.getByRole("listitem").filter({ hasText: "Create your first project" })).toContainText("Done:");
});
