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

/**
 * Signs up, then signs in: sign-up never signs anyone in by itself (it must answer a new and a taken address the
 * same way), so without a mail server the new account signs in from the page it lands on, email filled in.
 */
export async function signUpAndSignIn(page: Page, person: { name: string; email: string; password: string }) {
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Now sign in with the password you chose.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}
