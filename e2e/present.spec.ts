import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { dollarsOf, yearsOf } from "./support/model";

// Option B of the Connecticut demo: CT-ESS is enabled in the seed and no other spec changes it.
const option = "/projects/demo-project-ct-eversource/options/demo-option-ct-eversource-b";

test("presentation mode: flipping a program moves the figures live and saves nothing", async ({ page }) => {
  await page.goto(`${option}/proposal`);
  await page.getByRole("link", { name: "Present" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const ctEss = page.getByRole("button", { name: /Energy Storage Solutions/ });
  await expect(ctEss).toHaveAttribute("aria-pressed", "true");
  const netWith = dollarsOf(await page.getByTestId("present-net-price").locator("dd").first().innerText());
  const paybackWith = yearsOf(await page.getByTestId("present-payback").locator("dd").first().innerText())!;
  await expectAccessible(page);
  await keepScreenshot(page, "presentation");

  await ctEss.click();
  await expect(ctEss).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("present-net-price").locator("dd").first()).not.toHaveText(`$${netWith.toLocaleString("en-US")}`);
  const netWithout = dollarsOf(await page.getByTestId("present-net-price").locator("dd").first().innerText());
  expect(netWithout).toBeGreaterThan(netWith);
  expect(yearsOf(await page.getByTestId("present-payback").locator("dd").first().innerText())!).toBeGreaterThan(paybackWith);

  // Nothing was saved: the program is still enabled on the option.
  await page.goto(`${option}/incentives`);
  await expect(page.getByTestId("program-ct-ess").getByRole("switch")).toHaveAttribute("aria-checked", "true");
  await expect(page.getByTestId("upfront-ct-ess")).toBeVisible();
});
