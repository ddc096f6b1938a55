import type { Page } from "@playwright/test";

export type ProjectFields = { customerName: string; street: string; city: string; state: string; zip: string; utility?: string; tariff?: string };

/** Fills the project form the way an installer does, label by label. */
export async function fillProjectForm(page: Page, project: ProjectFields) {
  await page.getByLabel("Customer name").fill(project.customerName);
  await page.getByLabel("Street address").fill(project.street);
  await page.getByLabel("City").fill(project.city);
  await page.getByLabel("State").selectOption(project.state);
  await page.getByLabel("ZIP").fill(project.zip);
  if (project.utility !== undefined) await page.getByLabel("Utility").fill(project.utility);
  if (project.tariff !== undefined) await page.getByLabel("Tariff").selectOption(project.tariff);
}
