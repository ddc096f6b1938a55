/**
 * CSV formula injection (security issue #14), end to end: custom incentives named like spreadsheet formulas, saved
 * through the real action, reach the savings CSV (the route the "Download CSV" button opens) as neutralized text,
 * while the figures stay numbers, negative ones included. The writer itself is tested in lib/csv/writer.test.ts.
 * Against a real database: the embedded PGlite always, PostgreSQL too under scripts/with-postgres.sh.
 */
import { describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/server/db/client";
import type { SignedInUser } from "@/lib/server/auth/session";
import { parseCsv } from "../support/csv";
import { useTestDatabase } from "../support/test-database";
import { saveCustomIncentive } from "@/lib/actions/incentives/save-custom-incentive";
import { GET } from "@/app/projects/[projectId]/options/[optionId]/proposal/savings.csv/route";
import { form, insertOption, insertProject, noState, testBackends } from "../support/actions";

const testDatabase = vi.hoisted(() => ({ current: null as PrismaClient | null }));
vi.mock("@/lib/server/db/client", async (importOriginal) => (await import("../support/actions")).mockDbClient(await importOriginal<object>(), testDatabase));
vi.mock("next/cache", async () => (await import("../support/actions")).nextCacheMock());
vi.mock("next/navigation", async () => (await import("../support/actions")).nextNavigationMock());
const session = vi.hoisted(() => ({ current: null as SignedInUser | null }));
vi.mock("@/lib/server/auth/session", async () => (await import("../support/actions")).mockSession(session));


/** What a spreadsheet runs as a formula (OWASP): a cell starting with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A number cell of ours: dollars with two decimals, or a year. */
const NUMBER_CELL = /^-?\d+(\.\d\d)?$/;

const dangerousNames = ['=HYPERLINK("http://evil","x")', "@SUM(1+1)", "+1+1", "-2+3", "=cmd|' /C calc'!A0"];

describe.each(testBackends)("the savings CSV on the %s database", (kind) => {
  let db: PrismaClient;
  useTestDatabase(kind, testDatabase, (opened) => (db = opened.db), session);

  test('custom incentives named =HYPERLINK("http://evil","x") and other formulas come out as text; figures stay numbers', async () => {
    const project = await insertProject(db);
    const option = await insertOption(db, project.id);
    for (const name of dangerousNames) {
      const saved = await saveCustomIncentive(project.id, option.id, null, noState, form({ name, kind: "annual", basis: "fixed", amountCents: "120", capCents: "", years: "5" }));
      expect(saved, name).toMatchObject({ ok: true });
    }

    const response = await GET(new Request(`http://localhost/projects/${project.id}/options/${option.id}/proposal/savings.csv`), { params: Promise.resolve({ projectId: project.id, optionId: option.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await response.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);

    // The pricing block comes first (year 0); the savings breakdown's header is the row that starts with "Year".
    const all = parseCsv(text);
    const headerAt = all.findIndex((row) => row[0] === "Year");
    const header = all[headerAt];
    const rows = all.slice(headerAt + 1).filter((row) => row[0] !== "0");
    // Each name is a column of its own, with a single quote in front: a spreadsheet shows it as text.
    for (const name of dangerousNames) expect(header).toContain(`'${name}`);
    for (const cell of [...header!, ...rows.flat()]) {
      if (FORMULA_START.test(cell)) expect(cell, `a cell a spreadsheet would run: ${cell}`).toMatch(NUMBER_CELL);
    }
    // The figures: numbers, the incentive's $120 a year in its column, the first years' cash flow negative and unquoted.
    const year1 = rows[0]!;
    expect(year1[0]).toBe("1");
    expect(year1[header!.indexOf(`'${dangerousNames[0]}`)]).toBe("120.00");
    for (const cell of year1) expect(cell).toMatch(NUMBER_CELL);
    expect(year1.at(-1)).toMatch(/^-\d+\.\d\d$/);
    expect(text).toContain(`,${year1.at(-1)}\r\n`);
  });
});
