/**
 * The server PDF never cuts, on US Letter and on A4: each chart's year axis reaches the last year (25) inside the
 * page, on the page that shows the chart's title; every year of the savings breakdown is one whole line on one page;
 * the ten-year and lifetime totals are printed once, after the last year (not repeated at each page break); the first
 * page is not left half empty. The PDF and its pages as PNG are kept in artifacts/pdf/<paper>/ to look at
 * (beside the screenshots: test-results/ is emptied by every Playwright run).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { linesOf, pdfPagesText, pdfToPngs, pdfWords } from "./support/pdf";

const project = "demo-project-ct-eversource";
// The Connecticut demo option's finalized version, seeded by prisma/seed.ts (DEMO_VERSION_ID).
const version = "demo-version-ct-eversource-a-1";
const years = 25;
const chartTitles = ["Cumulative cash flow", "Annual savings by source"];
// Page margins of lib/server/pdf/render.ts: 12 mm left and right, in points.
const sideMarginPt = (12 / 25.4) * 72;

const papers = [
  { paper: "letter", query: "", size: /Page size:\s+612 x 792 pts \(letter\)/ },
  // Chromium rounds A4 to 595.92 × 842.88 points; poppler still names it.
  { paper: "a4", query: "?paper=a4", size: /Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/ },
] as const;

for (const { paper, query, size } of papers) {
  test(`the ${paper} PDF prints both charts whole and never splits a row of the savings breakdown`, async ({ page }) => {
    const response = await page.request.get(`/projects/${project}/versions/${version}/pdf${query}`);
    expect(response.status(), await response.text().catch(() => "")).toBe(200);
    const folder = `artifacts/pdf/${paper}`;
    // A fresh folder, so no page of an earlier, longer PDF is left beside these.
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    const file = `${folder}/proposal.pdf`;
    writeFileSync(file, await response.body());
    pdfToPngs(file, `${folder}/page`);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(size);

    const pages = pdfPagesText(file);
    const words = pdfWords(file);
    expect(words.length).toBe(pages.length);

    // Charts: a year axis is a line of words ending "23 24 25"; the two charts have one each, on their title's page,
    // and its last label lies inside the page's right margin (a chart drawn wider than the paper loses its end).
    const axes = words.flatMap((pdfPage, pageIndex) =>
      linesOf(pdfPage)
        .filter((line) => line.some((word, index) => word.text === String(years) && line[index - 1]?.text === String(years - 1) && line[index - 2]?.text === String(years - 2)))
        .map((line) => ({ pageIndex, last: line.find((word) => word.text === String(years))!, pageWidth: pdfPage.width })),
    );
    expect(axes, "year axes ending on year 25").toHaveLength(chartTitles.length);
    for (const axis of axes) expect(axis.last.xMax).toBeLessThanOrEqual(axis.pageWidth - sideMarginPt + 1);
    for (const title of chartTitles) {
      const pageIndex = pages.findIndex((text) => text.includes(title));
      expect(pageIndex, `the page titled "${title}"`).toBeGreaterThanOrEqual(0);
      const titlesOnPage = chartTitles.filter((other) => pages[pageIndex]!.includes(other)).length;
      expect(axes.filter((axis) => axis.pageIndex === pageIndex).length, `year axes on the page of "${title}"`).toBeGreaterThanOrEqual(titlesOnPage);
    }

    // The savings breakdown: each year's label and all its figures on one line of one page, years 1 to 25 in order.
    const money = /-?\$[\d,]+\.\d\d/g;
    const rows = pages.flatMap((text, pageIndex) =>
      text.split("\n").flatMap((line, lineIndex) => {
        const match = /^\s*(Year (\d+)|First 10 years|Lifetime \(\d+ years\))\s+(-?\$.*)$/.exec(line);
        return match ? [{ label: match[1]!, year: match[2] ? Number(match[2]) : null, figures: match[3]!.match(money)?.length ?? 0, pageIndex, lineIndex }] : [];
      }),
    );
    const yearRows = rows.filter((row) => row.year !== null);
    expect(yearRows.map((row) => row.year)).toEqual(Array.from({ length: years }, (_, index) => index + 1));
    const columns = yearRows[0]!.figures;
    expect(columns, "bill savings, CT-ESS, total and cumulative at least").toBeGreaterThanOrEqual(4);
    for (const row of yearRows) expect(row.figures, `figures on the line of ${row.label}`).toBe(columns);

    // The totals: once each, after year 25 (a repeated table footer would print them at every page break).
    const totals = rows.filter((row) => row.year === null);
    expect(totals.map((row) => row.label)).toEqual(["First 10 years", `Lifetime (${years} years)`]);
    const lastYear = yearRows.at(-1)!;
    for (const total of totals) {
      expect(total.pageIndex * 10_000 + total.lineIndex).toBeGreaterThan(lastYear.pageIndex * 10_000 + lastYear.lineIndex);
      // The totals have no cumulative figure.
      expect(total.figures).toBe(columns - 1);
    }

    // The calculation, a closed disclosure on screen, is printed in full: the rate id and the engine's arithmetic.
    const allText = pages.join("\n").replace(/\s+/g, " ");
    expect(allText).toContain("The calculation");
    expect(allText).toMatch(/ct-ess\/\d{4}-\d{2}/);
    expect(allText).toContain("Net present value (NPV)");
    expect(allText).toContain("Net savings after the price (25 years)");
    expect(allText).not.toContain("Show the calculation");

    // The first page is used: its text reaches past 60% of the page's height, so no block was pushed off it early.
    const first = words[0]!;
    const lowest = Math.max(...first.words.map((word) => word.yMax));
    expect(lowest / first.height, "how far down the first page the text reaches").toBeGreaterThan(0.6);
  });
}
