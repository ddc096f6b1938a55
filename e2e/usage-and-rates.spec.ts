/**
 * Usage and rates, end to end: the owner opens an option's "Usage and rates" from its card, is refused a month of
 * 0 kWh beside that month, enters 12 months and a PG&E rate, saves, sees the bills before and after and the year-1
 * savings by source, and the option's first-year savings on the project page change with the status line. A Green
 * Button file is previewed (monthly totals and what the import did) and one with a negative reading is refused
 * beside the file input. On the organization's Utility rates page a pasted URDB rate with a schedule index out of
 * range is refused with the field named, a good one is listed, then deleted.
 */
import { expect, test, type Page } from "@playwright/test";
import { greenButtonCsv } from "./fixtures/green-button";
import { expectAccessible, keepScreenshot } from "./support/checks";

const project = "demo-project-ca-pge-nem2";
const USAGE = [612, 540, 498, 455, 470, 640, 880, 905, 760, 560, 530, 655];

function firstYearSavings(page: Page, optionName: string) {
  const card = page.getByRole("article", { name: optionName });
  return card.locator("dt", { hasText: /^First-year savings$/ }).locator("xpath=following-sibling::dd[1]");
}

test("an installer models an option's bill savings from 12 months of usage and a PG&E rate, and previews a Green Button file", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`/projects/${project}`);
  const card = page.getByRole("region", { name: "Design options" }).getByRole("article").first();
  const optionName = (await card.getByRole("heading", { level: 3 }).textContent())!.trim();
  const before = (await firstYearSavings(page, optionName).textContent())!.trim();
  await card.getByRole("link", { name: `Usage and rates of ${optionName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Usage and rates" })).toBeVisible();

  const form = page.getByRole("form", { name: "Usage and rates", exact: true });
  await form.getByRole("radio", { name: /12 monthly figures from the customer's bills/ }).check();
  const months = form.getByRole("group", { name: "kWh on each month's bill" });
  const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  for (const [index, month] of monthNames.entries()) await months.getByLabel(month).fill(String(USAGE[index]));
  await form.getByRole("radio", { name: /The option's annual production/ }).check();
  await form.getByLabel("Customer's rate").selectOption("catalog:pge-e-elec");
  await expect(form).toContainText("Exports: the project's default");
  await form.getByRole("radio", { name: "The bill model" }).check();

  // A month of 0 kWh is refused beside July; nothing is saved and what was typed stays.
  await months.getByLabel("July").fill("0");
  await form.getByRole("button", { name: "Save usage and rates" }).click();
  await expect(form.getByText("July usage is 0 kWh: enter the kWh from the customer's July bill (a bill always shows some use).").first()).toBeVisible();
  await expect(months.getByLabel("July")).toHaveAttribute("aria-invalid", "true");
  await expect(months.getByLabel("March")).toHaveValue(String(USAGE[2]));

  await months.getByLabel("July").fill(String(USAGE[6]));
  await form.getByRole("button", { name: "Save usage and rates" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Usage and rates saved. The proposal's bill savings now come from the bill model." })).toBeVisible();
  const summary = page.getByRole("complementary", { name: "What the bill model gives" });
  await expect(summary.getByRole("table", { name: "Electric bill, year 1" })).toContainText("Without solar");
  await expect(summary.getByRole("table", { name: "Electric bill, year 1" })).toContainText("With solar");
  await expect(summary.getByRole("table", { name: "Year-1 bill savings" })).toContainText("From solar");
  await expect(summary).toContainText("E-ELEC");
  await expect(summary).toContainText("12 monthly figures spread over the hours by a typical home's day: 7,505 kWh a year");
  await expect(summary.getByRole("link", { name: /opens in a new tab/ })).toBeVisible();
  await expect(page.getByText("Bill savings modelled from 12 months of usage on PG&E E-ELEC").first()).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "usage-and-rates");

  // The option's figures follow the bill model.
  await page.goto(`/projects/${project}`);
  await expect(page.getByRole("article", { name: optionName })).toContainText("Bill savings modelled from 12 months of usage on PG&E E-ELEC");
  await expect(firstYearSavings(page, optionName)).not.toHaveText(before);

  // A Green Button file is previewed before anything is saved.
  await page.getByRole("article", { name: optionName }).getByRole("link", { name: `Usage and rates of ${optionName}` }).click();
  await form.getByRole("radio", { name: /A Green Button download from the utility/ }).check();
  await form.getByLabel("Account number on the customer's bill (optional)").fill("0012345678");
  await form.getByLabel("Green Button file").setInputFiles({ name: "pge_electric_usage.csv", mimeType: "text/csv", buffer: Buffer.from(greenButtonCsv()) });
  const preview = page.getByRole("region", { name: /pge_electric_usage\.csv: usage laid on 2025/ });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("table", { name: "Monthly kWh read from the file" })).toContainText("January");
  await expect(preview).toContainText("What the import did");
  await expect(preview).toContainText("Green Button CSV: 8,760 readings of 60 minutes, 2025-01-01 to 2025-12-31, account 0012345678.");
  await expect(preview).toContainText("sprang forward");
  await expectAccessible(page);

  // A file with a negative reading (exports) is refused beside the file input.
  await form.getByLabel("Green Button file").setInputFiles({ name: "net.csv", mimeType: "text/csv", buffer: Buffer.from(greenButtonCsv({ negativeAtHour: 4000 })) });
  await expect(form.getByText(/is negative .*negative readings are energy sent to the grid/).first()).toBeVisible();

  // A phone: the form and the summary stack, nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Usage and rates" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await keepScreenshot(page, "usage-and-rates-phone");
});

test("an owner pastes a URDB rate into the organization's list; a schedule index out of range is refused with the field named", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `E2E muni rate ${String(Date.now()).slice(-6)}`;
  const schedule = (period: number) => Array.from({ length: 12 }, () => Array.from({ length: 24 }, () => period));
  const good = { name: "Residential", utility: "Concord Municipal Light Plant", energyratestructure: [[{ rate: 0.18 }], [{ rate: 0.29 }]], energyweekdayschedule: schedule(0), energyweekendschedule: schedule(0), fixedchargefirstmeter: 9, fixedchargeunits: "$/month" };
  const bad = structuredClone(good);
  bad.energyweekdayschedule[6]![17] = 3;

  await page.goto("/organization");
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Utility rates" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Pasted rates" })).toBeVisible();
  const paste = page.getByRole("region", { name: "Paste a rate from OpenEI" });
  await paste.getByLabel("Name").fill(name);
  await paste.getByLabel("Utility (optional)").fill("Concord Municipal Light Plant");
  await paste.getByLabel("State (optional)").fill("MA");
  await paste.getByLabel("URDB rate JSON").fill(JSON.stringify(bad));
  await paste.getByRole("button", { name: "Add rate" }).click();
  await expect(paste.getByText("URDB rate: energyweekdayschedule[6][17] is period 3, but energyratestructure has 2 periods (0 to 1).").first()).toBeVisible();
  await expect(paste.getByLabel("URDB rate JSON")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("region", { name: "Pasted rates" })).not.toContainText(name);

  await paste.getByLabel("URDB rate JSON").fill(JSON.stringify(good));
  await paste.getByRole("button", { name: "Add rate" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} added.` })).toBeVisible();
  const listed = page.getByRole("list", { name: "Pasted rates" }).getByRole("listitem").filter({ hasText: name });
  await expect(listed).toContainText("Concord Municipal Light Plant · MA · 2 price periods, fixed $9.00 a month");
  await expectAccessible(page);

  await listed.getByRole("button", { name: `Delete ${name}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete rate" }).click();
  await expect(page.getByRole("region", { name: "Pasted rates" })).not.toContainText(name);
});
