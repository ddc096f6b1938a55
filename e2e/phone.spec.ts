/**
 * Phones and tablets: at 390 × 844 the main pages and the customer's link fit the screen (nothing scrolls sideways,
 * down to 360 px), the header's links sit behind a Menu button that works from the keyboard, and axe finds no serious
 * or critical violation; at 820 × 1180 the proposal does the same with the header in one row. Screenshots of every
 * page are kept (artifacts/screenshots/phone-*.png, tablet-*.png).
 */
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";

const project = "/projects/demo-project-ct-eversource";
const ctOption = `${project}/options/demo-option-ct-eversource-a`;
// The Connecticut demo option's finalized version, seeded by prisma/seed.ts (DEMO_VERSION_ID).
const version = `${project}/versions/demo-version-ct-eversource-a-1`;

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

/** How wide the page is, scroll area included: wider than the screen means it scrolls sideways. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Fits at 390 px and at 360 px (the narrowest phone we support); axe-clean; its screenshot kept. */
async function expectFitsPhone(page: Page, name: string) {
  expect(await pageWidth(page), `${name}: page width at 390 px`).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await keepScreenshot(page, `phone-${name}`);
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await pageWidth(page), `${name}: page width at 360 px`).toBeLessThanOrEqual(360);
  await page.setViewportSize(phone.viewport);
}

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, matches: (element: { tag: string; text: string }) => boolean, limit = 15) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName ?? "", text: document.activeElement?.textContent?.trim() ?? "" }));
    if (matches(focused)) return;
  }
  throw new Error("The element was never reached with the Tab key");
}

test.describe("phone, 390 × 844", () => {
  test.use(phone);

  test("the header's links are behind a Menu button the keyboard opens, reaches and closes", async ({ page }) => {
    await page.goto("/projects");
    const menu = page.getByRole("button", { name: "Menu" });
    const signOut = page.getByRole("button", { name: "Sign out" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(signOut).toBeHidden();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);

    await tabTo(page, ({ tag, text }) => tag === "BUTTON" && text === "Menu");
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
    await expect(panel.getByRole("link", { name: "Projects" })).toBeVisible();
    await tabTo(page, ({ tag, text }) => tag === "BUTTON" && text === "Sign out");
    await expect(signOut).toBeFocused();
    const box = (await signOut.boundingBox())!;
    expect(box.x + box.width, "Sign out lies within the screen").toBeLessThanOrEqual(390);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await keepScreenshot(page, "phone-menu-open");

    // Escape closes it from inside and gives focus back to the button.
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(signOut).toBeHidden();

    // Following a link closes it too.
    await menu.click();
    await panel.getByRole("link", { name: "Programs" }).click();
    await expect(page).toHaveURL(/\/programs$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });

  test("projects, a project, Manage incentives and the proposal fit the screen", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/projects");
    await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
    await expectFitsPhone(page, "projects");

    await page.goto(project);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsPhone(page, "project");

    await page.goto(`${ctOption}/incentives`);
    await expect(page.getByTestId("program-ct-ess")).toBeVisible();
    await expectFitsPhone(page, "incentives");

    await page.goto(`${ctOption}/proposal`);
    await expect(page.getByTestId("pricing-table")).toBeVisible();
    // The savings breakdown scrolls inside its own region, which the keyboard reaches and scrolls.
    const region = page.getByRole("region", { name: /Savings breakdown by year/ });
    await region.focus();
    await expect(region).toBeFocused();
    await page.keyboard.press("ArrowRight");
    // The phone drawing of each recharts chart: within the screen, its year axis still ending on year 25.
    const charts = page.locator("figure .recharts-wrapper").filter({ visible: true });
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) {
      const box = (await chart.boundingBox())!;
      expect(box.x + box.width, "a chart lies within the screen").toBeLessThanOrEqual(390);
      await expect(chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").last()).toHaveText("25");
    }
    await expectFitsPhone(page, "proposal");
  });

  test("the customer's link fits the screen", async ({ page, browser, baseURL }) => {
    await page.goto(version);
    await page.getByRole("button", { name: "Create customer link" }).click();
    const link = await page.getByLabel("Customer link").inputValue();
    const customer = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const customerPage = await customer.newPage();
    await customerPage.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
    await expect(customerPage.getByTestId("net-price")).toBeVisible();
    await expectFitsPhone(customerPage, "shared-proposal");
    await customer.close();
  });
});

test.describe("tablet, 820 × 1180", () => {
  test.use({ viewport: { width: 820, height: 1180 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });

  test("the proposal fits the screen and the header is one row", async ({ page }) => {
    await page.goto(`${ctOption}/proposal`);
    await expect(page.getByTestId("pricing-table")).toBeVisible();
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(820);
    await expectAccessible(page);
    await keepScreenshot(page, "tablet-proposal");
  });
});

test("public/ files are served, versioned ones with a year-long cache", async ({ page }) => {
  await page.goto("/projects");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg?v=1");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/og\.png\?v=1$/);
  for (const path of ["/favicon.svg?v=1", "/demo/logo.svg?v=1", "/og.png?v=1"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toBe("public, max-age=31536000, immutable");
  }
  // Without a version the same file may change under its name: no promise to keep it.
  expect((await page.request.get("/favicon.svg")).headers()["cache-control"]).not.toContain("immutable");
});
