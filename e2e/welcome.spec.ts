/**
 * A new organization's welcome: a brand-new installer signs up, creates the organization and lands on the projects
 * list with ?welcome=1, where a getting-started checklist (nothing done yet) offers a sample project. The sample is
 * added, marked "Sample" on its page and on the list, and ticks nothing; the checklist is dismissed for good; the
 * sample deletes like any project, and the empty list offers it again.
 */
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "./support/accounts";
import { expectAccessible, keepScreenshot } from "./support/checks";

test.use({ storageState: { cookies: [], origins: [] } });

const run = Date.now().toString(36);
const founder = { name: "Nora Lindqvist", email: `nora.${run}@northwind-solar.test`, password: "fjord-panels-2026" };

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("a new installer sees the checklist, adds the sample project and dismisses the checklist", async ({ page }) => {
  // 1. Sign up and create the organization: the redirect carries ?welcome=1.
  await page.goto("/sign-up");
  await signUpAndSignIn(page, founder);
  await page.getByLabel("Company name").fill("Northwind Solar");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page).toHaveURL(/\/projects\?welcome=1$/);

  // 2. The checklist greets them, with four steps not done yet, each said in words for a screen reader.
  const checklist = page.getByRole("region", { name: "Welcome to Gridfolio, Northwind Solar" });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByText("0 of 4 steps done.")).toBeVisible();
  const steps = checklist.getByRole("list", { name: "Getting-started steps" }).getByRole("listitem");
  await expect(steps).toHaveText([
    /Not done yet: Add your company profile/,
    /Not done yet: Set your prices.*Done once your solar price per watt is saved\./,
    /Not done yet: Create your first project/,
    /Not done yet: Finalize your first proposal/,
  ]);
  await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "welcome-checklist");
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await pageWidth(page), "the welcome checklist at 360 px").toBeLessThanOrEqual(360);
  await keepScreenshot(page, "welcome-checklist-360");
  await page.setViewportSize({ width: 1280, height: 720 });

  // 3. The sample project: added once, opened, marked "Sample" where its name shows.
  await checklist.getByRole("button", { name: "Add a sample project" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sample – Siobhan Fitzgerald" })).toBeVisible();
  await expect(page.getByText("Sample", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Design options" })).toBeVisible();
  const sampleUrl = new URL(page.url()).pathname;

  await page.goto("/projects");
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Sample – Siobhan Fitzgerald" }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Sample", { exact: true })).toBeVisible();
  // Still shown on a later visit, greeting no more; the sample ticked nothing and is not offered twice.
  const later = page.getByRole("region", { name: "Getting started" });
  await expect(later.getByText("0 of 4 steps done.")).toBeVisible();
  await expect(later.getByRole("button", { name: "Add a sample project" })).toHaveCount(0);
  await expectAccessible(page);

  // 4. Dismissed for the organization: gone now and on the next visit.
  await later.getByRole("button", { name: "Hide this checklist for everyone in your organization" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The getting-started checklist is hidden for everyone in Northwind Solar." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Getting started" })).toHaveCount(0);
  await page.goto("/projects?welcome=1");
  await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Getting-started steps" })).toHaveCount(0);

  // 5. The sample deletes like any project; the empty list then offers it again.
  await page.goto(sampleUrl);
  await page.getByRole("button", { name: "Delete project" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete project" }).click();
  await expect(page.getByText("The project was deleted.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add a sample project" })).toBeVisible();
  await expectAccessible(page);
});
