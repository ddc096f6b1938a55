import { describe, expect, test } from "vitest";
import { listedUtilityNamed } from "./list-choice";

describe("listedUtilityNamed", () => {
  test.each([
    { label: "the short name the picker saves selects it", state: "CA", stored: "PG&E", id: "ca-pge" },
    { label: "case and surrounding spaces do not matter", state: "ma", stored: "  national grid ", id: "ma-national-grid" },
    { label: "the full name selects it too", state: "CT", stored: "The United Illuminating Company", id: "ct-ui" },
    // A looser match would rewrite the installer's text on the next save.
    { label: "another spelling stays typed text", state: "CT", stored: "Eversource Energy", id: null },
    { label: "the same name in another state is not that state's utility", state: "RI", stored: "Eversource", id: null },
    { label: "blank is no choice", state: "CA", stored: "", id: null },
    { label: "a state without a list has nothing to select", state: "NY", stored: "Con Edison", id: null },
  ])("$label", ({ state, stored, id }) => {
    expect(listedUtilityNamed(state, stored)?.id ?? null).toBe(id);
  });
});
