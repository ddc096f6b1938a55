import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible, keepScreenshot, openProgramInputs } from "./support/checks";
import { dollarsOf, runModel, yearsOf } from "./support/model";

const ctOption = "/projects/demo-project-ct-eversource/options/demo-option-ct-eversource-a";
const nbtOption = "/projects/demo-project-ca-sce-nbt/options/demo-option-ca-sce-nbt-b";

test.describe("availability and eligibility", () => {
  test("an NBT system not approved for export falls back to the NEM 1.0 / 2.0 framework", async ({ page }) => {
    await page.goto(`${nbtOption}/incentives`);
    const card = page.getByTestId("program-dsgs");
    await expect(card.getByRole("switch")).toHaveAttribute("aria-checked", "true");
    // No DSGS season is funded after 2026 (docs/programs.md), so by default a proposal made now counts none: the
    // installer enters one season to compare the two frameworks.
    await openProgramInputs(card);
    await card.getByLabel("Paid seasons").fill("1");
    await card.getByRole("button", { name: "Save inputs" }).click();
    await expect(card.getByRole("status").filter({ hasText: "inputs saved" })).toBeVisible();
    await card.getByText("How this is calculated").click();
    await expect(card).toContainText("NBT, approved for export");
    const exportAnnual = dollarsOf(await card.getByTestId("preview-dsgs").locator("dd").nth(1).innerText());
    expect(exportAnnual).toBeGreaterThan(0);
    await expectAccessible(page);
    await keepScreenshot(page, "incentives-california-nbt");

    await card.getByLabel("Approved for export (NBT only)").selectOption("false");
    await card.getByRole("button", { name: "Save inputs" }).click();
    await expect(card.getByRole("status").filter({ hasText: "inputs saved" })).toBeVisible();
    await expect(card).toContainText("NBT system not approved for export: the NEM 1.0 / 2.0 framework applies");
    const nemAnnual = dollarsOf(await card.getByTestId("preview-dsgs").locator("dd").nth(1).innerText());
    expect(nemAnnual).toBeGreaterThan(0);
    expect(nemAnnual).toBeLessThanOrEqual(exportAnnual);

    // The engine's command line agrees for the same battery: 3 × IQ Battery 5P under NBT without export.
    const model = runModel({
      project: {
        state: "CA", segment: "residential", utility: "SCE", tariff: "NBT", pvKw: 8.4,
        battery: { capacityKwh: 5, powerKw: 3.84, count: 3, reservePercent: 20 },
        costs: { solar: 24780, battery: 0, other: 0 }, billSavingsYear1: 2760,
      },
      programs: [{ id: "dsgs", exportApproved: false, paidSeasons: 1 }],
    });
    expect(model.programs[0]?.explanation.join(" ")).toContain("NEM 1.0 / 2.0 framework applies");
    expect(model.programs[0]?.annual[0]).toBe(nemAnnual);
  });

  test("a commercial project cannot enable any program and says why", async ({ page }) => {
    await page.goto("/projects/demo-project-ct-commercial/options/demo-option-ct-commercial-a/incentives");
    await expect(page.getByRole("note")).toContainText("This is a commercial project");
    const card = page.getByTestId("program-ct-ess");
    await expect(card.getByText("Not eligible")).toBeVisible();
    await expect(card).toContainText("residential");
    await expect(card.getByRole("switch")).toBeDisabled();
    await expectAccessible(page);
    await keepScreenshot(page, "incentives-commercial");
  });

  test("a state without programs says so plainly", async ({ page }) => {
    await page.goto("/projects/demo-project-tx-oncor/options/demo-option-tx-oncor-a/incentives");
    await expect(page.getByRole("heading", { name: "No Grid Services programs in Texas" })).toBeVisible();
    await expect(page.getByRole("switch")).toHaveCount(0);
  });
});

test.describe("proposal", () => {
  test("pricing, savings breakdown, charts and sources; the CSV equals the page to the cent", async ({ page }) => {
    await page.goto(`${ctOption}/proposal`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Proposal");
    await expect(page.getByTestId("upfront-ct-ess")).toBeVisible();
    await expect(page.locator("figure").getByRole("img", { name: /chart/ })).toHaveCount(2);
    // Recharts draws both charts (one drawing of each is shown at a time), and each year axis ends on year 25.
    const charts = page.locator("figure .recharts-wrapper").filter({ visible: true });
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) await expect(chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").last()).toHaveText("25");
    // The server's HTML already holds them (the PDF is printed from it with scripts off): two drawings per chart,
    // the monthly bill chart's included (e2e/proposal-bills.spec.ts).
    const html = await (await page.request.get(`${ctOption}/proposal`)).text();
    expect(html.match(/<svg[^>]*class="recharts-surface"/g)?.length, "recharts drawings in the server's HTML").toBe(6);
    await expect(page.getByTestId("assumption-ct-ess")).toContainText("ct-ess/");
    await expectAccessible(page);
    await keepScreenshot(page, "proposal");

    const table = page.getByTestId("savings-table");
    const headers = await table.locator("thead th").allInnerTexts();
    const ctColumn = headers.findIndex((text) => /Energy Storage Solutions/i.test(text));
    expect(ctColumn).toBeGreaterThan(0);
    const bodyRows = table.locator("tbody tr");
    await expect(bodyRows).toHaveCount(25);
    // A program's years past its term show zero: CT-ESS pays for 10 years.
    expect(dollarsOf(await bodyRows.nth(10).locator("th, td").nth(ctColumn).innerText())).toBe(0);
    expect(dollarsOf(await bodyRows.nth(0).locator("th, td").nth(ctColumn).innerText())).toBeGreaterThan(0);

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloadPromise;
    const lines = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
    const blank = lines.indexOf("");
    const priceCsv = lines.slice(0, blank).map((line) => line.split(","));
    // The savings block runs to the next blank line (a "ways to pay" block may follow it).
    const savingsEnd = lines.indexOf("", blank + 1);
    const csv = lines.slice(blank + 1, savingsEnd === -1 ? undefined : savingsEnd).map((line) => line.split(","));

    // The pricing block: system price, each upfront incentive and the net price, as on the page.
    expect(priceCsv[0]).toEqual(["Year 0", "Amount"]);
    const pricing = page.getByTestId("pricing-table");
    expect(Number(priceCsv[1]![1])).toBe(dollarsOf(await pricing.getByTestId("gross-price").innerText()));
    expect(Number(priceCsv.at(-1)![1])).toBe(dollarsOf(await pricing.getByTestId("net-price").innerText()));
    const centsOf = (row: string[]) => Math.round(Number(row[1]) * 100);
    const priceLines = priceCsv.slice(1, -1);
    expect(priceLines.length).toBeGreaterThan(1);
    expect(priceLines.reduce((total, row) => total + centsOf(row), 0)).toBe(centsOf(priceCsv.at(-1)!));

    // The savings breakdown: the same columns, a year-0 row at minus the net price, then every row of the page.
    const headerTexts = await table.locator("thead th").evaluateAll((cells) => cells.map((cell) => cell.textContent ?? ""));
    expect(csv[0]).toEqual(["Year", ...headerTexts.slice(1, -2), "Total", "Cumulative cash flow"]);
    expect(Number(csv[1]!.at(-1))).toBe(-Number(priceCsv.at(-1)![1]));
    const pageRows = await table.locator("tbody tr, tfoot tr").evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent ?? "")));
    expect(csv.length - 2).toBe(pageRows.length);
    pageRows.forEach((cells, rowIndex) => {
      const csvRow = csv[rowIndex + 2]!;
      cells.slice(1).forEach((text, cellIndex) => {
        if (text === "") expect(csvRow[cellIndex + 1]).toBe("");
        else expect(Number(csvRow[cellIndex + 1])).toBe(dollarsOf(text));
      });
    });
  });

  test("low / expected / high participation re-runs the engine and moves payback", async ({ page }) => {
    await page.goto(`${ctOption}/proposal`);
    const paybackOf = async () => yearsOf(await page.getByTestId("headline-payback").locator("td").first().innerText())!;
    const expected = await paybackOf();
    await page.getByRole("link", { name: "Low", exact: true }).click();
    await expect(page).toHaveURL(/participation=low/);
    await expect(page.getByRole("link", { name: "Low", exact: true })).toHaveAttribute("aria-current", "true");
    const low = await paybackOf();
    await page.getByRole("link", { name: "High", exact: true }).click();
    await expect(page).toHaveURL(/participation=high/);
    const high = await paybackOf();
    expect(low).toBeGreaterThan(expected);
    expect(high).toBeLessThanOrEqual(expected);
    const sensitivity = await page.getByTestId("sensitivity-table").locator("tbody tr td:first-of-type").allInnerTexts();
    expect(sensitivity.map((text) => yearsOf(text))).toEqual([low, expected, high]);
  });

  test("the program catalog lists every program with its sources", async ({ page }) => {
    await page.goto("/programs");
    await expect(page.getByRole("article")).toHaveCount(5);
    await expect(page.getByRole("link", { name: /Energy Storage Solutions program pages/ }).first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, "programs");
  });

  test("compare options side by side", async ({ page }) => {
    await page.goto("/projects/demo-project-ct-eversource");
    await page.getByRole("link", { name: "Compare options" }).click();
    const table = page.getByTestId("compare-table");
    await expect(table.locator("thead th")).toHaveCount(4);
    // Under the proposal headline's own labels.
    for (const label of ["Net price", "Upfront incentives", "Payback", "First-year savings", "Net savings after the price (25 years)", "25-year return on the price"]) {
      await expect(table.getByRole("rowheader", { name: label, exact: true })).toBeVisible();
    }
    // Options × ways to pay: each option's cash row, and the demo's loan offered on option A.
    const ways = page.getByTestId("financing-compare-table");
    await expect(ways.getByTestId("financing-compare-demo-option-ct-eversource-a-cash")).toBeVisible();
    await expect(ways.getByRole("rowheader", { name: /Demo Bank/ }).first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, "compare-options");
  });

  test("the proposal prints without the app's navigation", async ({ page }) => {
    await page.goto(`${ctOption}/proposal`);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByTestId("pricing-table")).toBeVisible();
    await page.pdf({ path: "artifacts/proposal-print.pdf", format: "Letter", printBackground: true });
  });
});
