import { describe, expect, test } from "vitest";
import { TARIFF_VERSIONS, tariffsForUtility } from "../bills/tariffs";
import { getUtility, matchUtility, nameTokens, SERVED_STATES, SOURCES, UTILITIES, utilitiesFor } from ".";

describe("every listed utility is sourced data", () => {
  test.each(UTILITIES.map((utility) => ({ label: utility.id, utility })))("$label", ({ utility }) => {
    expect(utility.id.startsWith(`${utility.state.toLowerCase()}-`)).toBe(true);
    expect(utility.sourceIds.length).toBeGreaterThan(0);
    for (const id of utility.sourceIds) expect(SOURCES[id], id).toBeDefined();
    // A tariff id that names no shipped tariff, or another state's, would pick the wrong bill.
    for (const tariffId of utility.tariffIds) {
      expect(TARIFF_VERSIONS.some((version) => version.tariffId === tariffId && version.state === utility.state), tariffId).toBe(true);
    }
  });

  test("ids are unique", () => {
    expect(new Set(UTILITIES.map((utility) => utility.id)).size).toBe(UTILITIES.length);
  });

  test("every source has an address, a date and what was read", () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      expect(source.url, id).toMatch(/^https?:\/\/\S+$/);
      expect(source.checkedOn, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.read.length, id).toBeGreaterThan(20);
    }
  });

  test("every source is used by a utility or a default", () => {
    const used = new Set([...UTILITIES.flatMap((utility) => utility.sourceIds), "cpuc-nem-revisit", "rres-summary", "ma-gl-164-139", "ma-dpu-nm-faq", "ri-net-metering", "tx-munis", "cec-lse", "mapc-mlps"]);
    expect(Object.keys(SOURCES).filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("no spelling means two utilities in one state", () => {
  test.each(SERVED_STATES.map((state) => ({ label: state, state })))("$label", ({ state }) => {
    const owner = new Map<string, string>();
    for (const utility of utilitiesFor(state)) {
      for (const spelling of [utility.name, utility.shortName, ...utility.aliases]) {
        const key = nameTokens(spelling).join("");
        expect(owner.get(key) ?? utility.id, `"${spelling}"`).toBe(utility.id);
        owner.set(key, utility.id);
      }
    }
  });
});

describe("the bill model agrees on which utilities have tariffs", () => {
  // tariffsForUtility matches by its own aliases; a listed utility's short name must find exactly its tariffIds.
  test.each(UTILITIES.map((utility) => ({ label: `${utility.state} ${utility.shortName}: ${utility.tariffIds.join(", ") || "none"}`, utility })))("$label", ({ utility }) => {
    expect(tariffsForUtility(utility.shortName, utility.state).map((version) => version.tariffId).sort()).toEqual([...utility.tariffIds].sort());
  });
});

describe("utilitiesFor", () => {
  test.each([
    { label: "California lists the three large IOUs first", state: "CA", first: ["ca-pge", "ca-sce", "ca-sdge"] },
    { label: "Connecticut: Eversource and UI, then the munis", state: "CT", first: ["ct-eversource", "ct-ui", "ct-norwich"] },
    { label: "a lower-case code works", state: "ma", first: ["ma-eversource", "ma-national-grid", "ma-unitil"] },
    { label: "Rhode Island: Rhode Island Energy and the two districts", state: "RI", first: ["ri-energy", "ri-block-island", "ri-pascoag"] },
  ])("$label", ({ state, first }) => {
    expect(utilitiesFor(state).slice(0, first.length).map((utility) => utility.id)).toEqual(first);
  });

  test("investor-owned, then munis, then co-ops", () => {
    const order = { iou: 0, muni: 1, coop: 2 };
    for (const state of SERVED_STATES) {
      const ranks = utilitiesFor(state).map((utility) => order[utility.kind]);
      expect(ranks, state).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  test("a state without a list has none (the form keeps free text)", () => {
    expect(utilitiesFor("NY")).toEqual([]);
  });

  test("every served state has an investor-owned utility", () => {
    for (const state of SERVED_STATES) expect(utilitiesFor(state).some((utility) => utility.kind === "iou"), state).toBe(true);
  });
});

describe("the demo projects' utilities are all in the list", () => {
  // prisma/seed.ts: every seeded project's state and utility, as typed there.
  test.each([
    { state: "CA", typed: "PG&E", id: "ca-pge" },
    { state: "CA", typed: "SCE", id: "ca-sce" },
    { state: "CA", typed: "SDG&E", id: "ca-sdge" },
    { state: "MA", typed: "National Grid", id: "ma-national-grid" },
    { state: "MA", typed: "Eversource", id: "ma-eversource" },
    { state: "MA", typed: "Concord Municipal Light Plant", id: "ma-concord" },
    { state: "RI", typed: "Rhode Island Energy", id: "ri-energy" },
    { state: "CT", typed: "Eversource", id: "ct-eversource" },
    { state: "CT", typed: "UI", id: "ct-ui" },
    { state: "TX", typed: "Oncor", id: "tx-oncor" },
  ].map((row) => ({ ...row, label: `${row.state} ${row.typed}` })))("$label", ({ state, typed, id }) => {
    expect(matchUtility(state, typed)).toBe(getUtility(id));
  });
});
