import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { fillProjectForm } from "./support/forms";

test("an option's battery is picked from the catalog: figures fill in, stay editable, and an edit is marked and kept", async ({ page }) => {
  await page.goto("/projects/new");
  await fillProjectForm(page, { customerName: "Robin Catalog-E2E", street: "5 Main Street", city: "Hartford", state: "CT", zip: "06103", utility: "Eversource", tariff: "other" });
  await page.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("link", { name: "Add the first option" }).click();

  // A new option starts with no battery at all: nothing is preset, the picker reads "not listed".
  const picker = page.getByLabel("Battery from the catalog");
  await expect(picker).toHaveValue("");
  await expect(page.getByLabel("Battery model")).toHaveValue("");
  await expect(page.getByLabel("Battery count")).toHaveValue("0");

  await picker.selectOption({ label: "Tesla Powerwall 3" });
  await expect(page.getByLabel("Battery model")).toHaveValue("Tesla Powerwall 3");
  await expect(page.getByLabel("Capacity per battery")).toHaveValue("13.5");
  await expect(page.getByLabel("Rated power per battery")).toHaveValue("11.5");
  await expect(page.getByLabel("Battery count")).toHaveValue("1");
  await expect(page.getByLabel("Rated power per battery")).toHaveAccessibleDescription("From the datasheet.");
  await expect(page.getByText(/Listed by Energy Storage Solutions \(Connecticut\) as .*, checked Dec 3, 2026\./)).toBeVisible();
  await expect(page.getByLabel("Battery warranty")).toHaveAccessibleDescription(/^Datasheet: 10 years\./);

  // Expansions add energy, not power, and name themselves in the model text.
  await page.getByLabel("Expansions per Powerwall 3").selectOption("1");
  await expect(page.getByLabel("Battery model")).toHaveValue("Tesla Powerwall 3 + 1 Expansion");
  await expect(page.getByLabel("Capacity per battery")).toHaveValue("27");
  await expect(page.getByLabel("Rated power per battery")).toHaveValue("11.5");
  await page.getByLabel("Expansions per Powerwall 3").selectOption("0");
  await expect(page.getByLabel("Capacity per battery")).toHaveValue("13.5");

  // An edited figure says so, in words a screen reader announces, beside the datasheet's.
  await page.getByLabel("Rated power per battery").fill("10");
  await expect(page.getByLabel("Rated power per battery")).toHaveAccessibleDescription("Edited. Datasheet: 11.5 kW");
  await expect(page.getByLabel("Capacity per battery")).toHaveAccessibleDescription("From the datasheet.");
  await expectAccessible(page);
  await keepScreenshot(page, "option-battery-from-catalog");

  await page.getByLabel("Option name").fill("Option A — Powerwall 3 at 10 kW");
  await page.getByLabel("PV size").fill("8");
  await page.getByLabel("Annual production").fill("9600");
  await page.getByLabel("Solar ($)").fill("24000");
  await page.getByLabel("Battery ($)").fill("15000");
  await page.getByLabel("Year-1 bill savings").fill("2100");
  await page.getByRole("button", { name: "Create option" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Option created." })).toBeVisible();

  // After a reload the option finds its model again and the edit is still marked.
  await page.reload();
  await expect(page.getByLabel("Battery from the catalog")).toHaveValue("tesla-powerwall-3");
  await expect(page.getByLabel("Capacity per battery")).toHaveValue("13.5");
  await expect(page.getByLabel("Rated power per battery")).toHaveValue("10");
  await expect(page.getByLabel("Rated power per battery")).toHaveAccessibleDescription("Edited. Datasheet: 11.5 kW");
  await expectAccessible(page);

  // "Not listed" keeps what is typed and drops the datasheet hints.
  await page.getByLabel("Battery from the catalog").selectOption({ label: "Other / not listed" });
  await expect(page.getByLabel("Rated power per battery")).toHaveValue("10");
  await expect(page.getByText("Edited.")).toHaveCount(0);

  // A phone: the picker, its hints and the figures hold at 360 px.
  await page.getByLabel("Battery from the catalog").selectOption({ label: "Tesla Powerwall 3" });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
});
