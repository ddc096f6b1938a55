/**
 * The company profile end to end: the owner sets a phone and uploads a small PNG (drawn here with pngjs), a refused
 * file keeps what was typed, and a customer link then shows the installer's logo and phone, with no Gridfolio
 * navigation and no way to sign in; the logo route serves a PNG cached for a year under its version.
 */
import { expect, test } from "@playwright/test";
import { PNG } from "pngjs";
import { expectAccessible, keepScreenshot } from "./support/checks";

const project = "demo-project-ct-eversource";
const version = "demo-version-ct-eversource-a-1";

/** A 64 × 32 logo: a dark blue block on the left, transparent on the right. */
function smallPng(): Buffer {
  const png = new PNG({ width: 64, height: 32 });
  for (let y = 0; y < 32; y++) {
    for (let x = 0; x < 64; x++) {
      const at = (y * 64 + x) * 4;
      png.data.set(x < 32 ? [30, 58, 138, 255] : [0, 0, 0, 0], at);
    }
  }
  return PNG.sync.write(png);
}

test("the owner brands the customer link: logo and phone, no app navigation", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const phone = `(860) 555-01${String(Date.now() % 100).padStart(2, "0")}`;
  await page.goto("/organization");
  await page.getByRole("link", { name: "Edit company profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Company profile" })).toBeVisible();
  await expectAccessible(page);

  // An SVG is refused beside the field, and what was typed stays.
  await page.getByLabel("Phone").fill(phone);
  await page.getByLabel("Logo", { exact: true }).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>') });
  await page.getByRole("button", { name: "Save company profile" }).click();
  await expect(page.getByText(/That file is not a PNG or JPEG image/)).toBeVisible();
  await expect(page.getByLabel("Phone")).toHaveValue(phone);

  await page.getByLabel("Logo", { exact: true }).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: smallPng() });
  await page.getByRole("button", { name: "Save company profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Company profile saved/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^The current logo of / })).toBeVisible();

  // A customer link to a finalized version, opened signed out.
  await page.goto(`/projects/${project}/versions/${version}`);
  await page.getByRole("button", { name: "Create customer link" }).click();
  const link = (await page.getByLabel("Customer link").inputValue()).replace(/^https?:\/\/[^/]+/, baseURL!);
  const customer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const customerPage = await customer.newPage();
  await customerPage.goto(link);

  const logo = customerPage.getByRole("img", { name: "Sunrise Solar (demo)" }).first();
  await expect(logo).toBeVisible();
  expect(await logo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(64);
  await expect(customerPage.getByRole("link", { name: phone }).first()).toBeVisible();
  await expect(customerPage.getByText(/^Prepared by /).first()).toBeVisible();
  await expect(customerPage.getByRole("heading", { name: "Terms and warranty" })).toBeVisible();
  // Nothing of Gridfolio's app: no navigation, no way to sign in.
  await expect(customerPage.getByRole("link", { name: "Projects" })).toHaveCount(0);
  await expect(customerPage.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await expect(customerPage.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  // The homeowner's words: what Grid Services pays with its years, savings net of the price, a return named with its
  // horizon; rate ids, the engine's arithmetic and NPV only behind "Show the calculation", closed until asked for.
  await expect(customerPage.getByTestId("grid-services-headline")).toHaveText(
    // The demo's battery holds 3% less each year, so each rate step says where it starts and ends.
    /pays you about \$[\d,]+ (a year for 5 years|in year 1, down to \$[\d,]+ in year 5), then \$[\d,]+ (a year to year 10|in year 6, down to \$[\d,]+ in year 10)\./,
  );
  await expect(customerPage.getByRole("heading", { name: "What Grid Services pays you" })).toBeVisible();
  const figures = customerPage.getByTestId("headline-figures");
  await expect(figures.getByRole("rowheader", { name: "Net savings after the price (25 years)" })).toBeVisible();
  await expect(figures.getByRole("rowheader", { name: "25-year return on the price" })).toBeVisible();
  await expect(figures.getByRole("rowheader", { name: /NPV|IRR|ROI/ })).toHaveCount(0);
  await expect(customerPage.getByTestId("pricing-table")).toContainText("Paid to your installer, who takes it off your price");
  await expect(customerPage.getByTestId("equipment")).toContainText("2 × Tesla Powerwall 3");
  const calculation = customerPage.getByTestId("calculation-disclosure");
  await expect(calculation.getByText(/ct-ess\//).first()).toBeHidden();
  await calculation.getByText("Show the calculation").click();
  await expect(calculation.getByText(/ct-ess\//).first()).toBeVisible();
  await expect(calculation.getByRole("rowheader", { name: "Net present value (NPV)" })).toBeVisible();
  await expectAccessible(customerPage);
  await keepScreenshot(customerPage, "shared-proposal-branded");
  // On a phone the homeowner's proposal holds the screen's width, the calculation open included.
  await customerPage.setViewportSize({ width: 390, height: 844 });
  expect(await customerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await keepScreenshot(customerPage, "shared-proposal-branded-phone");

  // The logo route: a re-encoded PNG, cached for a year under its version; 404 without a logo.
  const source = (await logo.getAttribute("src"))!;
  expect(source).toMatch(/^\/brand\/demo-org\/logo\?v=\d+$/);
  const response = await customer.request.get(source);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect((await customer.request.get("/brand/no-such-organization/logo?v=1")).status()).toBe(404);
  await customer.close();
});
