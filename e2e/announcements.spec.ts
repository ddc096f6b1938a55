/**
 * Programs that announce their value (issue #20, item 3): an eligible program that is off says on the option card,
 * and at the top of Manage incentives, what it would add, and one click counts it.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { fillProjectForm } from "./support/forms";
import { dollarsOf } from "./support/model";

// The Connecticut demo's option B: one Powerwall 3, CT-ESS on as seeded. The test switches it off first and
// enables it again from the card, so the demo ends as it started.
const projectPath = "/projects/demo-project-ct-eversource";
const incentivesPath = `${projectPath}/options/demo-option-ct-eversource-b/incentives`;

const optionB = (page: Page) => page.getByRole("article", { name: /^Option B —/ });
const netPriceOf = async (card: Locator) => dollarsOf(await card.locator("dt", { hasText: /^Net price$/ }).locator("xpath=following-sibling::dd[1]").innerText());
const ctEssSwitch = (page: Page) => page.getByTestId("program-ct-ess").getByRole("switch", { name: /Enable Energy Storage Solutions/ });
// "−$405 upfront, +$… a year for 5 years" (or "in year 1, down to …" for a battery that fades): the figures are the
// engine's for today's rates, so only their shape is fixed here.
const ANNOUNCED = /CT-ESS:\s*−\$[\d,]+ upfront, \+\$[\d,]+ (a year|in year)/;

async function switchCtEssOff(page: Page) {
  await page.goto(incentivesPath);
  const toggle = ctEssSwitch(page);
  if ((await toggle.getAttribute("aria-checked")) === "true") {
    await toggle.click();
    await expect(page.getByRole("status").filter({ hasText: "CT-ESS disabled." })).toHaveCount(1);
  }
  await expect(toggle).toHaveAttribute("aria-checked", "false");
}

test.describe("programs announce their value", () => {
  test("a CT option with CT-ESS off: the card says what it would add, and Enable counts it", async ({ page }) => {
    await switchCtEssOff(page);

    // The top of Manage incentives announces it too, once the page is rendered again.
    await page.reload();
    const top = page.getByRole("region", { name: "Eligible program, not counted yet" });
    await expect(top.getByTestId("announcement-ct-ess")).toHaveText(ANNOUNCED);
    await expect(top.getByRole("button", { name: "Enable CT-ESS" })).toBeVisible();
    await expectAccessible(page);

    await page.goto(projectPath);
    const card = optionB(page);
    const announcement = card.getByTestId("announcement-ct-ess");
    await expect(announcement).toHaveText(ANNOUNCED);
    await expect(card.getByRole("region", { name: "Eligible program, not counted yet" })).toBeVisible();
    // The other options keep CT-ESS on: nothing to announce on them.
    await expect(page.getByRole("article", { name: /^Option A —/ }).getByTestId("announcement-ct-ess")).toHaveCount(0);
    await expectAccessible(page);
    const netBefore = await netPriceOf(card);

    // Holds on the narrowest phone: the line wraps, the button stays on screen.
    await page.setViewportSize({ width: 360, height: 780 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "page width at 360 px").toBeLessThanOrEqual(360);
    const enable = card.getByRole("button", { name: "Enable CT-ESS" });
    await enable.scrollIntoViewIfNeeded();
    const box = await enable.boundingBox();
    expect(box && box.x + box.width, "Enable button's right edge at 360 px").toBeLessThanOrEqual(360);
    await keepScreenshot(page, "announcement-option-card-360");
    await page.setViewportSize({ width: 1280, height: 900 });

    await enable.click();
    // The page is rendered again: the announcement is gone and the card's net price (the proposal's) takes the upfront off.
    await expect(announcement).toHaveCount(0);
    await expect.poll(() => netPriceOf(card)).toBeLessThan(netBefore);

    await page.goto(incentivesPath);
    await expect(ctEssSwitch(page)).toHaveAttribute("aria-checked", "true");
    await expect(page.getByRole("region", { name: "Eligible program, not counted yet" })).toHaveCount(0);
  });

  test("a solar-only option says once what a battery would earn, not once per program", async ({ page }) => {
    await page.goto("/projects/new");
    await fillProjectForm(page, { customerName: "Avery Solar-Only-E2E", street: "12 Elm Street", city: "Hartford", state: "CT", zip: "06105", utility: "Eversource" });
    await page.getByRole("button", { name: "Create project" }).click();
    await page.getByRole("link", { name: "Add the first option" }).click();
    await page.getByLabel("Option name").fill("Solar only");
    await page.getByLabel("PV size").fill("8");
    await page.getByLabel("Annual production").fill("9600");
    await page.getByLabel("Solar ($)").fill("24000");
    await page.getByLabel("Year-1 bill savings").fill("1800");
    await page.getByRole("button", { name: "Create option" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Option created." })).toBeVisible();
    await page.getByRole("link", { name: "Avery Solar-Only-E2E" }).first().click();

    const card = page.getByRole("article", { name: "Solar only" });
    const note = card.getByRole("region", { name: "What a battery would earn" });
    await expect(note).toContainText("With one Tesla Powerwall 3 (13.5 kWh, 11.5 kW), it could earn:");
    // Priced above any cost cap (the catalog has no prices), so the upfront is the most CT-ESS pays for that battery.
    await expect(note).toContainText(/CT-ESS:\s*up to −\$[\d,]+ upfront, \+\$[\d,]+ (a year|in year)/);
    await expect(card.getByRole("button", { name: /^Enable/ })).toHaveCount(0);

    await card.getByRole("link", { name: "Manage incentives of Solar only" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Manage incentives" })).toBeVisible();
    await expect(page.getByRole("region", { name: "What a battery would earn" })).toHaveCount(1);
    // The page's note says it: the program card no longer repeats "No battery: … this option has none".
    await expect(page.getByText(/this option has none/)).toHaveCount(0);
    await expect(page.getByText(/This option has no battery/)).toHaveCount(1);
    await expectAccessible(page);
  });
});
