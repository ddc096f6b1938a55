/**
 * How the customer pays, end to end: the owner adds a loan product on the organization's financing page, then offers
 * cash, that loan and a lease typed for the customer on one option, sees the three side by side, and makes the lease
 * the preferred way to pay. A loan typed with an APR of 400% is refused beside the APR field, keeps what was typed
 * and offers nothing.
 */
import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";

const project = "demo-project-ct-ui";
const option = "demo-option-ct-ui-a";

test("an installer offers cash, a loan product and a typed lease on an option; a bad APR is refused beside its field", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = String(Date.now()).slice(-6);
  const productName = `E2E Lend 25-year 6.99% ${stamp}`;
  const leaseName = `E2E lease ${stamp}`;

  // The product, on the organization's financing page.
  await page.goto("/organization");
  await page.getByRole("link", { name: "Manage financing products" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Financing products" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Financing products" })).toContainText("Demo Bank 25-year loan 6.99%, 0% dealer fee");
  await page.getByRole("button", { name: "Add financing product" }).click();
  const newProduct = page.getByRole("region", { name: "New financing product" });
  await newProduct.getByLabel("Product name").fill(productName);
  await newProduct.getByLabel("Lender or company").fill("E2E Lend");
  await newProduct.getByLabel("APR (%)").fill("6.99");
  await newProduct.getByLabel("Loan term (months)").fill("300");
  await newProduct.getByLabel("Where the terms are published (optional)").fill("https://e2e-lend.example/rates");
  await newProduct.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${productName} added.` })).toBeVisible();
  const listed = page.getByRole("list", { name: "Financing products" }).getByRole("listitem").filter({ hasText: productName });
  await expect(listed).toContainText("6.99% APR over 300 months (25 years), paid monthly");
  await expectAccessible(page);

  // The option's "How the customer pays", from the option page.
  await page.goto(`/projects/${project}/options/${option}`);
  await page.getByRole("link", { name: "How the customer pays" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How the customer pays" })).toBeVisible();
  const offers = page.getByRole("list", { name: "Offered ways to pay" });
  await expect(offers.getByRole("listitem").first()).toContainText("Cash");

  const fromProduct = page.getByRole("region", { name: "Offer a financing product" });
  await fromProduct.getByLabel("Financing product").selectOption({ label: `${productName} (Loan)` });
  await fromProduct.getByRole("button", { name: "Offer this product" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${productName} offered.` })).toBeVisible();
  await expect(offers).toContainText(productName);

  const typed = page.getByRole("region", { name: "Offer other terms" });
  await typed.getByLabel("Name shown to the customer").fill(leaseName);
  await typed.getByLabel("How the customer pays").selectOption("lease");
  await typed.getByLabel("Monthly payment in year 1 ($)").fill("145");
  await typed.getByLabel("Yearly increase (%)").fill("2.9");
  await typed.getByLabel("Lease term (months)").fill("240");
  await typed.getByRole("button", { name: "Offer these terms" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${leaseName} offered.` })).toBeVisible();
  await expect(offers).toContainText(leaseName);
  await expect(offers.getByRole("listitem").filter({ hasText: leaseName })).toContainText("$145.00 a month, rising 2.9% a year, for 240 months (20 years)");

  // A loan at 400% APR: the message beside the APR field, what was typed kept, nothing offered.
  await typed.getByLabel("Name shown to the customer").fill(`Bad loan ${stamp}`);
  await typed.getByLabel("How the customer pays").selectOption("loan");
  await typed.getByLabel("APR (%)").fill("400");
  await typed.getByLabel("Loan term (months)").fill("300");
  await typed.getByRole("button", { name: "Offer these terms" }).click();
  const apr = typed.getByLabel("APR (%)");
  await expect(apr).toHaveAttribute("aria-invalid", "true");
  await expect(apr).toHaveAccessibleDescription(/APR: 400% is not a loan rate Gridfolio accepts; enter 0% to 30%\./);
  await expect(apr).toHaveValue("400");
  await expect(typed.getByLabel("Name shown to the customer")).toHaveValue(`Bad loan ${stamp}`);
  await page.reload();
  await expect(page.getByRole("list", { name: "Offered ways to pay" })).not.toContainText(`Bad loan ${stamp}`);
  // Cash and the two offers (each offer's terms are a list of their own inside its row).
  await expect(page.getByRole("list", { name: "Offered ways to pay" }).locator(":scope > li")).toHaveCount(3);

  // The lease becomes the preferred way to pay; cash stays offered.
  await page.getByRole("button", { name: `Make preferred ${leaseName}` }).click();
  const lease = page.getByRole("list", { name: "Offered ways to pay" }).getByRole("listitem").filter({ hasText: leaseName });
  await expect(lease.getByText("Preferred", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Make preferred Cash" })).toBeVisible();

  // Side by side, as the proposal will show them.
  const comparison = page.getByTestId("financing-comparison");
  for (const name of ["Cash", productName, leaseName]) await expect(comparison.getByRole("columnheader", { name: new RegExp(name) })).toBeVisible();
  await expect(comparison.getByRole("rowheader", { name: "Monthly payment" })).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "financing-offers");

  // A phone: the page holds at 360 px (the comparison scrolls inside its own region).
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await keepScreenshot(page, "financing-offers-phone");
});
