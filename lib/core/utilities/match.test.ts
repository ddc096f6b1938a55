import { describe, expect, test } from "vitest";
import { matchUtility } from ".";

describe("matchUtility", () => {
  test.each([
    { label: "a short name", state: "CA", typed: "PG&E", id: "ca-pge" },
    { label: "an alias, with '&' and a corporate word", state: "CA", typed: "pacific gas & electric co.", id: "ca-pge" },
    { label: "the legal name", state: "CA", typed: "Pacific Gas and Electric Company", id: "ca-pge" },
    { label: "without the ampersand", state: "CA", typed: "PGE", id: "ca-pge" },
    { label: "spaces and case do not matter", state: "CA", typed: "  sdg&e ", id: "ca-sdge" },
    { label: "a name that starts with a listed name", state: "CT", typed: "Eversource Energy CT", id: "ct-eversource" },
    { label: "a former name", state: "CT", typed: "CL&P", id: "ct-eversource" },
    { label: "'The' and 'Co.' are ignored", state: "CT", typed: "The United Illuminating Co.", id: "ct-ui" },
    { label: "Eversource in Massachusetts is the MA company", state: "MA", typed: "Eversource", id: "ma-eversource" },
    { label: "National Grid in Massachusetts", state: "MA", typed: "National Grid", id: "ma-national-grid" },
    { label: "National Grid in Rhode Island is Rhode Island Energy (the former owner)", state: "RI", typed: "National Grid", id: "ri-energy" },
    { label: "'City of' is optional", state: "CA", typed: "Palo Alto Utilities", id: "ca-palo-alto" },
    { label: "words run together", state: "TX", typed: "Center Point", id: "tx-centerpoint" },
    { label: "a muni by its full name", state: "MA", typed: "Concord Municipal Light Plant", id: "ma-concord" },
    { label: "the state code in lower case", state: "ri", typed: "RI Energy", id: "ri-energy" },
  ])("$label: $typed ($state)", ({ state, typed, id }) => {
    expect(matchUtility(state, typed)?.id).toBe(id);
  });

  test.each([
    { label: "blank", state: "CA", typed: "   " },
    { label: "null", state: "CA", typed: null },
    { label: "part of a word is not a name", state: "MA", typed: "National" },
    { label: "a later word alone is not a name", state: "MA", typed: "Grid" },
    { label: "another state's utility", state: "MA", typed: "PG&E" },
    { label: "a utility not in the list", state: "MA", typed: "Braintree Electric Light Department" },
    { label: "a state without a list", state: "NY", typed: "Con Edison" },
  ])("no match: $label", ({ state, typed }) => {
    expect(matchUtility(state, typed)).toBeNull();
  });
});
