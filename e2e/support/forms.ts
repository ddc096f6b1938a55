import type { Page } from "@playwright/test";

export type ProjectFields = { customerName: string; street: string; city: string; state: string; zip: string; utility?: string; tariff?: string };

/** Fills the project form the way an installer does, label by label. */
export async function fillProjectForm(page: Page, project: ProjectFields) {
  await page.getByLabel("Customer name").fill(project.customerName);
  await page.getByLabel("Street address").fill(project.street);
  await page.getByLabel("City").fill(project.city);
  await page.getByLabel("State").selectOption(project.state);
  await page.getByLabel("ZIP").fill(project.zip);
  if (project.utility !== undefined) await chooseUtility(page, project.utility);
  if (project.tariff !== undefined) await page.getByLabel("Tariff").selectOption(project.tariff);
}

/**
 * Picks the utility from the state's list when it is there (by the name the list shows), otherwise chooses "Other
 * (type it)" and types it; a state without a list has only the text field.
 */
export async function chooseUtility(page: Page, utility: string) {
  const field = page.getByLabel("Utility", { exact: true });
  if ((await field.evaluate((element) => element.tagName)) !== "SELECT") {
    await field.fill(utility);
    return;
  }
  const listed = await field.locator("option").evaluateAll((options, name) => options.some((option) => option.textContent === name), utility);
  if (listed) {
    await field.selectOption({ label: utility });
    return;
  }
  await field.selectOption({ label: "Other (type it)" });
  await page.getByLabel("Utility name").fill(utility);
}
