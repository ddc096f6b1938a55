/**
 * "Your electric bill, before and after" end to end, on the Connecticut demo option (12 months of usage on
 * Eversource's Rate 1, seeded by prisma/seed.ts): the proposal page shows the monthly table that adds up, the chart,
 * the sources, the bill lines one click away and the notes meant for the installer; the CSV has the same bills to the
 * cent; the frozen version, its customer link on a 360 px phone and its PDF carry the section without those notes.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectAccessible, keepScreenshot } from "./support/checks";
import { dollarsOf } from "./support/model";
import { pdfPagesText } from "./support/pdf";

const project = "/projects/demo-project-ct-eversource";
const ctOption = `${project}/options/demo-option-ct-eversource-a`;
// The Connecticut demo option's finalized version, seeded by prisma/seed.ts (DEMO_VERSION_ID).
const version = `${project}/versions/demo-version-ct-eversource-a-1`;
const TITLE = "Your electric bill, before and after";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const cents = (text: string) => Math.round(dollarsOf(text) * 100);
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
/** A cell's text as a pattern: special characters escaped, any run of spaces as any whitespace. */
const cellPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");

/** The bill table's rows as text: 12 months, then the year. */
async function tableRows(section: Locator): Promise<string[][]> {
  const table = section.getByTestId("bill-table");
  return table.locator("tbody tr, tfoot tr").evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("th, td")).map((cell) => (cell.textContent ?? "").trim())));
}

/** Checks that the months add up to the year in every money column, and returns the rows. */
async function expectTableAddsUp(section: Locator): Promise<string[][]> {
  const rows = await tableRows(section);
  expect(rows.map((row) => row[0])).toEqual([...MONTHS, "Whole year"]);
  const columns = rows[0]!.length;
  // Month, usage, two or three bills, savings.
  expect(columns).toBeGreaterThanOrEqual(5);
  for (let column = 2; column < columns; column++) {
    const months = rows.slice(0, 12).reduce((sum, row) => sum + cents(row[column]!), 0);
    expect(months, `column ${column}: the months add up to the year`).toBe(cents(rows[12]![column]!));
  }
  for (const row of rows) expect(cents(row.at(-1)!), `${row[0]}: savings = without solar − the last bill`).toBe(cents(row[2]!) - cents(row.at(-2)!));
  return rows;
}

test("the proposal page: the monthly bills add up, with the chart, the sources, the bill lines and the installer's notes; the CSV has them to the cent", async ({ page }) => {
  await page.goto(`${ctOption}/proposal`);
  const section = page.getByTestId("bills-section");
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  const headers = await section.getByTestId("bill-table").locator("thead th").allInnerTexts();
  expect(headers.map((text) => text.toLowerCase())).toEqual(["month", "usage", "without solar", "with solar only", "with solar + battery", "savings"]);
  const rows = await expectTableAddsUp(section);
  // The savings by source add up to the year's savings in the table.
  const savings = section.getByTestId("bill-savings");
  const total = await savings.locator("tr").last().locator("td").innerText();
  expect(cents(total)).toBe(cents(rows[12]!.at(-1)!));

  // The chart's drawing, named by its summary (the table is its text); the drawing is recharts' own.
  await expect(section.getByRole("img", { name: /^Monthly electric bills without solar and with solar \+ battery\./ })).toBeVisible();
  await expect(section.locator(".recharts-wrapper").filter({ visible: true })).toHaveCount(1);
  await expect(section.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").filter({ visible: true }).last()).toHaveText("Dec");

  // Where the figures come from, in the homeowner's words, with the rate's source.
  const sources = section.getByTestId("bill-sources");
  await expect(sources).toContainText("Usage: your 12 monthly bills");
  await expect(sources).toContainText("spread over the day by the sun's path");
  await expect(sources).toContainText(/Eversource, checked on [A-Z][a-z]{2} \d{1,2}, \d{4}\./);
  await expect(sources.getByRole("link")).toHaveAttribute("href", /^https:\/\/(www\.)?eversource\.com\//);
  // The installer is told which prices to check; the customer's copy never says it (below).
  await expect(section.getByTestId("bill-installer-notes")).toContainText("check them against the customer's bill");

  // The bill lines, one click away.
  const explanation = section.getByTestId("bill-explanation");
  await expect(explanation.getByText(/kWh from the grid/).first()).toBeHidden();
  await explanation.getByText("How we computed your bills").click();
  await expect(explanation.getByText(/^July without solar: \$[\d,]+\.\d\d$/)).toBeVisible();
  await expect(explanation.getByText(/^[\d,.]+ kWh from the grid × \$[\d.]+ = \$[\d,]+\.\d\d$/).first()).toBeVisible();
  await expectAccessible(page);
  await keepScreenshot(page, "proposal-bills");

  // The CSV's bills block: the page's table, to the cent.
  const csv = await (await page.request.get(`${ctOption}/proposal/savings.csv`)).text();
  const lines = csv.trim().split("\r\n").map((line) => line.split(","));
  const header = lines.findIndex((line) => line[0] === "Month");
  expect(lines[header]).toEqual(["Month", "Usage (kWh)", "Bill without solar", "Bill with solar only", "Bill with solar + battery", "Bill savings"]);
  const block = lines.slice(header + 1, header + 14);
  expect(block.map((line) => line[0])).toEqual([...MONTHS, "Whole year"]);
  block.forEach((line, index) => {
    expect(Number(line[1])).toBe(Number(rows[index]![1]!.replace(/[^\d]/g, "")));
    expect(line.slice(2).map((cell) => Math.round(Number(cell) * 100))).toEqual(rows[index]!.slice(2).map(cents));
  });
});

test("the version: on the customer's link at 360 px the section fits and reads, and the PDF prints the bill table", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await page.goto(version);
  const section = page.getByTestId("bills-section");
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  const rows = await expectTableAddsUp(section);
  await expect(section.getByTestId("bill-installer-notes")).toHaveCount(0);

  // The customer's link on a phone.
  await page.getByRole("button", { name: "Create customer link" }).click();
  const link = await page.getByLabel("Customer link").inputValue();
  const customer = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, storageState: { cookies: [], origins: [] } });
  const customerPage = await customer.newPage();
  await customerPage.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
  const shared = customerPage.getByTestId("bills-section");
  await shared.scrollIntoViewIfNeeded();
  await expect(customerPage.getByRole("heading", { name: TITLE })).toBeVisible();
  expect(await tableRows(shared)).toEqual(rows);
  await expect(shared.getByTestId("bill-installer-notes")).toHaveCount(0);
  // The phone drawing of the chart lies within the screen; the table scrolls inside its own region, from the keyboard.
  const chart = shared.locator(".recharts-wrapper").filter({ visible: true });
  await expect(chart).toHaveCount(1);
  const box = (await chart.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const region = shared.getByRole("region", { name: "Monthly electric bills, first year" });
  await region.focus();
  await expect(region).toBeFocused();
  expect(await pageWidth(customerPage), "page width at 360 px").toBeLessThanOrEqual(360);
  await expectAccessible(customerPage);
  await shared.screenshot({ path: "artifacts/screenshots/phone-shared-bills.png" });
  await customer.close();

  // The PDF: the section's title, every month's row with its bills, the year, and the bill lines printed open.
  const response = await page.request.get(`${version}/pdf`);
  expect(response.status()).toBe(200);
  mkdirSync("artifacts/pdf", { recursive: true });
  const file = "artifacts/pdf/proposal-bills.pdf";
  writeFileSync(file, await response.body());
  const pages = pdfPagesText(file);
  const text = pages.join("\n");
  expect(text.replace(/\s+/g, " ")).toContain(TITLE);
  for (const row of rows) {
    // pdftotext -layout keeps a table row on one line: the label, then its figures in order.
    const pattern = new RegExp(`^\\s*${row.map(cellPattern).join("\\s+")}\\s*$`, "m");
    expect(text, `the PDF's ${row[0]} row`).toMatch(pattern);
  }
  expect(text).toContain("How we computed your bills");
  expect(text).toMatch(/kWh from the grid × \$[\d.]+ = \$[\d,]+\.\d\d/);
  expect(text).not.toContain("not shown to the customer");
  // The table is kept whole on one page.
  const tablePages = pages.map((pageText, index) => ({ index, hasJanuary: /^\s*January\s+[\d,]+ kWh/m.test(pageText), hasYear: /^\s*Whole year\s/m.test(pageText) }));
  const january = tablePages.find((entry) => entry.hasJanuary)!;
  expect(january.hasYear, "January and the year on the same page").toBe(true);
  expect(readFileSync(file).length).toBeGreaterThan(10_000);
});
