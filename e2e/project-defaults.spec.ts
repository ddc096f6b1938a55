/**
 * Defaults that fit the place (issue #20, item 2): the utility is picked from the state's list, and the tariff follows
 * the state and utility until the installer chooses one: the Net Billing Tariff for a new PG&E system, net metering
 * under state rules in Massachusetts, Rhode Island and Connecticut. A utility Gridfolio does not know still saves,
 * with its warning.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";

const run = Date.now().toString(36);

async function startProject(page: Page, customerName: string, site: { street: string; city: string; state: string; zip: string }) {
  await page.goto("/projects/new");
  await page.getByLabel("Customer name").fill(customerName);
  await page.getByLabel("Street address").fill(site.street);
  await page.getByLabel("City").fill(site.city);
  await page.getByLabel("State").selectOption(site.state);
  await page.getByLabel("ZIP").fill(site.zip);
}

/** The saved project's details card, row by row. */
function detail(page: Page, label: string) {
  return page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
}

const PLACES = [
  { label: "CA, PG&E: the Net Billing Tariff", site: { street: "88 Vine Street", city: "Fresno", state: "CA", zip: "93721" }, utility: "PG&E", tariff: "NBT", saved: "Net Billing Tariff (NEM 3.0)", reason: /D\.22-12-056/ },
  { label: "MA, National Grid: net metering", site: { street: "3 Pond Road", city: "Worcester", state: "MA", zip: "01602" }, utility: "National Grid", tariff: "NETTING", saved: "Net metering (state rules)", reason: /M\.G\.L\. c\. 164/ },
  { label: "RI, Rhode Island Energy: net metering", site: { street: "19 Bay Street", city: "Warwick", state: "RI", zip: "02886" }, utility: "Rhode Island Energy", tariff: "NETTING", saved: "Net metering (state rules)", reason: /Rhode Island net metering/ },
  { label: "CT, Eversource: RRES netting", site: { street: "7 Elm Street", city: "Hartford", state: "CT", zip: "06103" }, utility: "Eversource", tariff: "NETTING", saved: "Net metering (state rules)", reason: /RRES/ },
] as const;

test.describe("project defaults by place", () => {
  for (const place of PLACES) {
    test(`${place.label}, with the utility picked from the list`, async ({ page }) => {
      const customerName = `Defaults ${place.site.state} ${run}`;
      await startProject(page, customerName, place.site);
      const utility = page.getByLabel("Utility", { exact: true });
      await expect(utility.locator("option", { hasText: place.utility }).first()).toBeAttached();
      await utility.selectOption({ label: place.utility });
      const tariff = page.getByLabel("Tariff");
      await expect(tariff).toHaveValue(place.tariff);
      await expect(tariff).toHaveAccessibleDescription(place.reason);
      await expectAccessible(page);
      if (place.site.state === "CT") await keepScreenshot(page, "project-defaults-ct");

      await page.getByRole("button", { name: "Create project" }).click();
      await expect(page.getByRole("heading", { level: 1, name: customerName })).toBeVisible();
      await expect(detail(page, "Utility")).toHaveText(place.utility);
      await expect(detail(page, "Tariff")).toHaveText(place.saved);
    });
  }

  test("changing the state re-defaults the tariff until the installer picks one, and an explicit pick is kept", async ({ page }) => {
    const customerName = `Defaults switch ${run}`;
    await startProject(page, customerName, { street: "1 Main Street", city: "Los Angeles", state: "CA", zip: "90012" });
    const tariff = page.getByLabel("Tariff");
    await expect(tariff).toHaveValue("NBT");
    await page.getByLabel("State").selectOption("CT");
    await expect(tariff).toHaveValue("NETTING");
    // No utility chosen: the default is Eversource's and UI's rule, and the hint says so.
    await expect(tariff).toHaveAccessibleDescription(/No utility chosen/);

    await tariff.selectOption("BUY_ALL");
    await page.getByLabel("State").selectOption("MA");
    await expect(tariff).toHaveValue("BUY_ALL");
    await expect(page.getByRole("button", { name: "Use Net metering (state rules)" })).toBeVisible();
    await page.getByLabel("State").selectOption("CT");
    await page.getByLabel("Utility", { exact: true }).selectOption({ label: "Eversource" });
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { level: 1, name: customerName })).toBeVisible();
    await expect(detail(page, "Tariff")).toHaveText("Buy-all: all production sold");

    // Editing keeps the saved choice: the form shows it, not the default.
    await page.getByRole("link", { name: "Edit project" }).click();
    await expect(page.getByLabel("Tariff")).toHaveValue("BUY_ALL");
    await expect(page.getByLabel("Utility", { exact: true })).toHaveValue("ct-eversource");
    await expectAccessible(page);
  });

  test("a typed utility Gridfolio does not know still saves, with its warning", async ({ page }) => {
    const customerName = `Defaults typed ${run}`;
    await startProject(page, customerName, { street: "40 River Road", city: "Putnam", state: "CT", zip: "06260" });
    await page.getByLabel("Utility", { exact: true }).selectOption({ label: "Other (type it)" });
    const typed = page.getByLabel("Utility name");
    await typed.fill("Quinebaug Valley Power");
    await expect(typed).toHaveAccessibleDescription(/not in Gridfolio's list of Connecticut utilities/);
    // The state's rule is the default all the same.
    await expect(page.getByLabel("Tariff")).toHaveValue("NETTING");
    await expectAccessible(page);
    await keepScreenshot(page, "project-defaults-typed-utility");

    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByRole("heading", { level: 1, name: customerName })).toBeVisible();
    await expect(detail(page, "Utility")).toHaveText("Quinebaug Valley Power");
    await expect(detail(page, "Tariff")).toHaveText("Net metering (state rules)");

    // Reopened, the typed name stays typed text: nothing rewrites it.
    await page.getByRole("link", { name: "Edit project" }).click();
    await expect(page.getByLabel("Utility", { exact: true })).toHaveValue("other");
    await expect(page.getByLabel("Utility name")).toHaveValue("Quinebaug Valley Power");
  });

  test("the form holds at 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await startProject(page, `Defaults phone ${run}`, { street: "7 Elm Street", city: "Hartford", state: "CT", zip: "06103" });
    await page.getByLabel("Utility", { exact: true }).selectOption({ label: "UI" });
    await expect(page.getByLabel("Tariff")).toHaveValue("NETTING");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
  });
});
