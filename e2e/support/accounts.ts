import { expect, type Page } from "@playwright/test";

/** The seeded demo password (prisma/seed-accounts.ts, named in the README). */
export const DEMO_PASSWORD = "gridfolio-demo";

export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD, next?: string) {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
}
