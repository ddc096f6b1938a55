/**
 * One proposal view, many renderers: for every demo option, the proposal page's headline, the version document
 * (version page, customer link and PDF), present mode, the compare table and the option card all show the same net
 * price, payback and first-year savings, because each renders the view and none writes a figure of its own.
 * Rendered with React's server renderer, as the pages are.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/prisma/seed";
import { DEMO_ORGANIZATION } from "@/prisma/seed-accounts";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { getOption } from "@/lib/server/data/options";
import { evaluateStoredOption, proposalViewOf } from "@/lib/proposal/evaluate";
import { presentOption } from "@/lib/proposal/present-view";
import { buildSnapshot, versionViewOf } from "@/lib/proposal/snapshot";
import { HeadlineFigures } from "@/components/proposal/headline-figures";
import { ProposalDocument } from "@/components/proposal/proposal-document";
import { PresentationView } from "@/components/present/presentation-view";
import { CompareTable } from "@/components/projects/compare-table";
import { OptionCard, optionCardOf } from "@/components/options/option-card";
import { proposalCsv } from "@/lib/proposal/csv";
import { parseCsv } from "../support/csv";

const text = (element: ReactElement) =>
  renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("every proposal surface renders the one view", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb({ kind: "embedded", replaceAppDb: true });
    await seedDemoData(testDb.db);
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });

  it("shows the same net price, payback and first-year savings on each surface, for every demo option", async () => {
    const options = await testDb.db.option.findMany({ select: { id: true, projectId: true } });
    expect(options.length).toBeGreaterThan(10);
    for (const { id, projectId } of options) {
      const option = (await getOption(DEMO_ORGANIZATION.id, projectId, id))!;
      const view = proposalViewOf(option, { sensitivity: true });
      const figures = [view.figures["net-price"], view.figures.payback, view.figures["first-year-savings"]];
      const version = versionViewOf(buildSnapshot(option, evaluateStoredOption(option)));
      const meta = { organizationName: "Sunrise Solar (demo)", number: 1, finalizedAt: new Date("2026-12-01T12:00:00Z"), finalizedOn: "Dec 1, 2026", acceptedAt: null, acceptedOn: null, acceptedName: null };
      const surfaces: Record<string, string> = {
        "proposal page": text(createElement(HeadlineFigures, { rows: view.headline })),
        "version document (version page, customer link, PDF)": text(createElement(ProposalDocument, { view: version, meta })),
        "present mode": text(
          createElement(PresentationView, {
            title: option.name,
            subtitle: option.project.customerName,
            initial: presentOption(option),
            preview: async () => ({ ok: false as const, message: "not in this test" }),
            exitHref: "/",
          }),
        ),
        "compare page": text(createElement(CompareTable, { caption: "Options", columns: [{ id, href: "/", view }] })),
        "option card": text(createElement(OptionCard, { projectId, option: optionCardOf(id, 0, view) })),
      };
      for (const [surface, shown] of Object.entries(surfaces)) {
        for (const figure of figures) expect(shown, `${option.name} (${projectId}) on the ${surface}: ${figure}`).toContain(figure);
      }
      // The frozen version, made from the same option today, is the live view figure for figure.
      expect(version.headline).toEqual(view.headline);
    }
  });

  it("writes the chart's payback marker with the headline's rounding", async () => {
    const options = await testDb.db.option.findMany({ select: { id: true, projectId: true } });
    for (const { id, projectId } of options) {
      const view = proposalViewOf((await getOption(DEMO_ORGANIZATION.id, projectId, id))!);
      const marker = view.charts.paybackMarkers.withGridServices;
      if (marker) expect(view.figures.payback).toBe(marker.label.replace(" y", " years"));
    }
  });

  it("the CSV reconciles: its year-0 lines sum to the net price, year 1 is the first-year savings, its cumulative column is the chart", async () => {
    let offersSeen = 0;
    const options = await testDb.db.option.findMany({ select: { id: true, projectId: true } });
    for (const { id, projectId } of options) {
      const option = (await getOption(DEMO_ORGANIZATION.id, projectId, id))!;
      for (const view of [proposalViewOf(option), versionViewOf(buildSnapshot(option, evaluateStoredOption(option)))]) {
        const rows = parseCsv(proposalCsv(view));
        const cents = (text: string) => Math.round(Number(text) * 100);
        const label = `${option.name} (${projectId})`;
        // The pricing block: the system price and each upfront incentive sum to the net price.
        const netRow = rows.findIndex((row) => row[0] === "Net price");
        const yearZeroLines = rows.slice(1, netRow).map((row) => cents(row[1]!));
        expect(yearZeroLines.reduce((total, value) => total + value, 0), label).toBe(cents(rows[netRow]![1]!));
        expect(cents(rows[netRow]![1]!), label).toBe(view.pricing.netCents);
        // The savings breakdown, year 0 first.
        const header = rows.findIndex((row) => row[0] === "Year");
        const years = rows.slice(header + 1).filter((row) => /^\d+$/.test(row[0]!));
        const cumulative = years.map((row) => cents(row.at(-1)!));
        expect(cumulative, label).toEqual(view.charts.cashFlow.map((point) => Math.round(point.withGridServices * 100)));
        expect(cents(years[1]!.at(-2)!), label).toBe(view.financials.withGridServices.annualSavingsCents[0]);
        // Ways to pay (options with offers): each way's rows run from year 0, its cumulative column is the running sum
        // of its net cash flow, and the last is what the proposal says the way leaves the homeowner.
        const financingHeader = rows.findIndex((row) => row[0] === "Way to pay");
        if (view.financing.choices.length < 2) {
          expect(financingHeader, label).toBe(-1);
          continue;
        }
        offersSeen += 1;
        const financingRows = rows.slice(financingHeader + 1);
        for (const choice of view.financing.choices) {
          const own = financingRows.filter((row) => row[0] === choice.label);
          expect(own.map((row) => Number(row[1])), label).toEqual(Array.from({ length: view.financials.withGridServices.years + 1 }, (_, year) => year));
          let running = 0;
          for (const row of own) {
            running += cents(row[3]!);
            expect(cents(row[4]!), `${label}: ${choice.label}, year ${row[1]}`).toBe(running);
          }
          expect(running, label).toBe(choice.raw.withGridServices.lifetimeNetCents);
        }
      }
    }
    // The seed offers financing on demo options, so the block above was read.
    expect(offersSeen).toBeGreaterThan(0);
  });
});
