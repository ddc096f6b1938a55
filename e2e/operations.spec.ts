/**
 * Grid Services operations in the browser, on the simulator in fast motion (scripts/e2e-server.mjs): the owner
 * registers a simulated battery on the demo Connecticut project, whose finalized proposal counts CT-ESS; it is
 * enrolled automatically, step by step; a CT-ESS grid event sends it a discharge command and is measured from its
 * telemetry; the project page then shows actual against modeled. The demo project has no accepted proposal, so its
 * after-sale tools are opened on request.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";

const project = "/projects/demo-project-ct-eversource";

/** Opens the project page's "After the sale" tools: on request before a sale, then expanded (they start collapsed). */
async function openAfterSale(page: Page) {
  const show = page.getByRole("link", { name: "Show after-sale tools" });
  if ((await show.count()) > 0) await show.click();
  const tools = page.locator("#after-sale > details");
  await expect(tools).toBeAttached();
  if ((await tools.getAttribute("open")) === null) await tools.locator(":scope > summary").click();
}

test("an owner enrolls a demo battery, runs a grid event, and sees actual against modeled", async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto("/organization/integrations");
  const gridServices = page.getByRole("switch", { name: "Grid Services" });
  if ((await gridServices.getAttribute("aria-checked")) !== "true") {
    await gridServices.click();
    await expect(page.getByText(/^Grid Services is on/)).toBeVisible();
  }

  await page.goto(project);
  await openAfterSale(page);
  const serial = `SIM-E2E-${Date.now()}`;
  // The <details> whose own summary it is (the after-sale section's <details> holds it too).
  const addBattery = page.locator("summary").filter({ hasText: /^Add a battery$/ }).locator("..");
  if ((await addBattery.getAttribute("open")) === null) await addBattery.locator("summary").click();
  // Demo data: the simulated battery, the only one a demo can talk to, is already chosen.
  await expect(addBattery.getByLabel("Manufacturer")).toHaveValue("Gridfolio Simulator");
  await addBattery.getByLabel("Model").fill("Demo 13.5");
  await addBattery.getByLabel("Serial number").fill(serial);
  await addBattery.getByRole("button", { name: "Add battery" }).click();
  await expect(page.getByText("Battery added. Enrollment requested in 1 program.")).toBeVisible();

  const battery = page.getByRole("article").filter({ hasText: serial });
  await expect(battery.getByText("Requested", { exact: true }).first()).toBeVisible();
  // Two-second steps on the simulator; the page re-reads itself while the enrollment is under way.
  await expect(battery.getByText("Enrolled", { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  for (const step of ["Requested", "In manufacturer testing", "Being configured", "Enrolled"]) await expect(battery.getByRole("listitem").filter({ hasText: step })).toHaveCount(1);
  await expect(battery.getByText("Last seen")).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "project-batteries");

  await page.goto("/grid-events");
  await page.getByLabel("Program").selectOption("ct-ess");
  await page.getByLabel(/^Starts in/).fill("0");
  await page.getByLabel(/^Lasts/).fill("1");
  await page.getByLabel("Note").fill("Eversource event notice (browser test)");
  await page.getByRole("button", { name: "Create and send event" }).click();
  // A retry finds the batteries an earlier attempt enrolled as well.
  await expect(page.getByText(/^Event created: a discharge command went to \d+ batter(y|ies)\.$/)).toBeVisible();
  const event = page.locator("section").filter({ hasText: "Eversource event notice (browser test)" });
  await expect(event.getByText("Dispatched", { exact: true })).toBeVisible();
  // One minute of event, then a few seconds of telemetry lag; the page re-reads itself until it is measured.
  await expect(event.getByText("Measured", { exact: true })).toBeVisible({ timeout: 150_000 });
  await expect(event.getByRole("row").filter({ hasText: serial }).getByText("Completed")).toBeVisible();
  await expect(event.getByRole("row").filter({ hasText: "Fleet" })).toContainText("kW");
  await expectAccessible(page);
  await keepScreenshot(page, "grid-events");

  await page.goto(project);
  await openAfterSale(page);
  const comparison = page.locator("section").filter({ has: page.getByRole("heading", { name: "Actual against modeled" }) });
  const season = comparison.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `CT-ESS ${new Date().getUTCFullYear()}` }) });
  await expect(season).toBeVisible();
  const cells = await season.getByRole("cell").allInnerTexts();
  // Events, modeled kW, measured kW, modeled $, actual $, difference.
  expect(cells[0]).toMatch(/^\d+$/);
  expect(cells[2]).toMatch(/kW$/);
  expect(cells[3]).toMatch(/^\$[\d,]+/);
  expect(cells[4]).toMatch(/^\$[\d,]+/);
  expect(cells[5]).toMatch(/^[−+]\$[\d,]+/);
  await keepScreenshot(page, "actual-vs-modeled");
});
