/**
 * A new installer's first hour (issue #20): sign up, follow the checklist, create a Connecticut project with the
 * utility picked from the list (the tariff defaults to the state's net metering, with its reason), add an option
 * from the equipment catalog (Tesla Powerwall 3: no battery figures typed), see CT-ESS announce its value on the
 * option card, enable it from there, and see the checklist move. Each step's details have their own spec
 * (welcome, project-defaults, equipment, announcements); this one walks the path end to end, as the README does.
 */
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "./support/accounts";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { fillProjectForm } from "./support/forms";

test.use({ storageState: { cookies: [], origins: [] } });

const run = Date.now().toString(36);
const founder = { name: "Imani Okafor", email: `imani.${run}@harbor-light-solar.test`, password: "harbor-light-2026" };

test("sign-up to a Connecticut option from the catalog with CT-ESS enabled from its card", async ({ page }) => {
  await page.goto("/sign-up");
  await signUpAndSignIn(page, founder);
  await page.getByLabel("Company name").fill("Harbor Light Solar");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/projects\?welcome=1$/);
  const checklist = page.getByRole("region", { name: "Welcome to Gridfolio, Harbor Light Solar" });
  await expect(checklist.getByText("0 of 4 steps done.")).toBeVisible();

  // The project: the utility from Connecticut's list, the tariff defaulted with its reason.
  await page.goto("/projects/new");
  await fillProjectForm(page, { customerName: "Mateo First-Hour", street: "40 Pearl Street", city: "New Haven", state: "CT", zip: "06510", utility: "Eversource" });
  await expect(page.getByLabel("Tariff")).toHaveValue("NETTING");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mateo First-Hour" })).toBeVisible();

  // The option: the battery from the catalog, nothing about it typed.
  await page.getByRole("link", { name: "Add the first option" }).click();
  await page.getByLabel("Battery from the catalog").selectOption({ label: "Tesla Powerwall 3" });
  await expect(page.getByLabel("Capacity per battery")).toHaveValue("13.5");
  await expect(page.getByLabel("Rated power per battery")).toHaveValue("11.5");
  await page.getByLabel("Option name").fill("Option A — 8 kW + Powerwall 3");
  await page.getByLabel("PV size").fill("8");
  await page.getByLabel("Annual production").fill("9600");
  await page.getByLabel("Solar ($)").fill("24000");
  await page.getByLabel("Battery ($)").fill("15000");
  await page.getByLabel("Year-1 bill savings").fill("2100");
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

  // The checklist moved: a project and an option with prices exist now.
  await page.goto("/projects");
  const later = page.getByRole("region", { name: "Getting started" });
  await expect(later.getByText("2 of 4 steps done.")).toBeVisible();
  await expect(later.getByRole("listitem").filter({ hasText: "Create your first project" })).toContainText("Done:");
  await expect(later.getByRole("listitem").filter({ hasText: "Set your first option's prices" })).toContainText("Done:");
});
