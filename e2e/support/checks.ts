import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** No serious or critical accessibility violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(serious, "serious or critical accessibility violations").toEqual([]);
}

/** A full-page screenshot kept as a test artifact under artifacts/screenshots. */
export async function keepScreenshot(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}

/** The viewport as the user sees it (sticky bars where they stick), kept as a test artifact under artifacts/screenshots. */
export async function keepViewportScreenshot(page: Page, name: string) {
  await page.screenshot({ path: `artifacts/screenshots/${name}.png` });
}

/** Opens a program card's "Program inputs" section unless it is open already (it starts open for an enabled program). */
export async function openProgramInputs(card: Locator) {
  const details = card.locator("details").filter({ has: card.page().getByText("Program inputs", { exact: true }) });
  if ((await details.getAttribute("open")) === null) await details.getByText("Program inputs", { exact: true }).click();
}
