/**
 * The IANA time zone a project's dates are shown in, from its state: a homeowner in California reads the proposal's
 * dates in Pacific time, one in Connecticut in Eastern time.
 *
 * A state that spans two zones gets the zone where most of its people live (the others are a few counties each):
 * Florida's panhandle, Indiana's north-west and south-west corners, Kentucky's west, Michigan's four Upper Peninsula
 * counties and Tennessee's east (Knoxville, Chattanooga) differ from their state's main zone; so do western Kansas,
 * Nebraska, North and South Dakota, El Paso in Texas, Oregon's Malheur county and northern Idaho. Tennessee's main
 * zone is Central (Nashville and Memphis). Arizona keeps standard time all year (America/Phoenix), as does Hawaii.
 * Sources: the IANA time zone database (zone1970.tab, its comments per zone) and 49 CFR part 71 (the legal
 * boundaries of the US zones).
 *
 * A day is all most dates need; at a zone boundary the one-county difference is at most an hour, and a time of day
 * is always printed with its zone's abbreviation, so it cannot be misread.
 */

/**
 * For a state this table does not know (a typo, or a code from outside the US): Eastern time, where the largest
 * share of the US population lives, and where three of the four states with Grid Services programs in the catalog
 * (CT, MA, RI) are. UTC would print "UTC" beside a homeowner's date, which reads as an error.
 */
export const FALLBACK_TIME_ZONE = "America/New_York";

const EASTERN = "America/New_York";
const CENTRAL = "America/Chicago";
const MOUNTAIN = "America/Denver";
const PACIFIC = "America/Los_Angeles";

/** Two-letter USPS codes (the 50 states, DC and the inhabited territories) → IANA zone. */
export const STATE_TIME_ZONES: Readonly<Record<string, string>> = {
  AL: CENTRAL,
  AK: "America/Anchorage",
  AZ: "America/Phoenix",
  AR: CENTRAL,
  CA: PACIFIC,
  CO: MOUNTAIN,
  CT: EASTERN,
  DE: EASTERN,
  DC: EASTERN,
  FL: EASTERN,
  GA: EASTERN,
  HI: "Pacific/Honolulu",
  ID: "America/Boise",
  IL: CENTRAL,
  IN: "America/Indiana/Indianapolis",
  IA: CENTRAL,
  KS: CENTRAL,
  KY: EASTERN,
  LA: CENTRAL,
  ME: EASTERN,
  MD: EASTERN,
  MA: EASTERN,
  MI: "America/Detroit",
  MN: CENTRAL,
  MS: CENTRAL,
  MO: CENTRAL,
  MT: MOUNTAIN,
  NE: CENTRAL,
  NV: PACIFIC,
  NH: EASTERN,
  NJ: EASTERN,
  NM: MOUNTAIN,
  NY: EASTERN,
  NC: EASTERN,
  ND: CENTRAL,
  OH: EASTERN,
  OK: CENTRAL,
  OR: PACIFIC,
  PA: EASTERN,
  RI: EASTERN,
  SC: EASTERN,
  SD: CENTRAL,
  TN: CENTRAL,
  TX: CENTRAL,
  UT: MOUNTAIN,
  VT: EASTERN,
  VA: EASTERN,
  WA: PACIFIC,
  WV: EASTERN,
  WI: CENTRAL,
  WY: MOUNTAIN,
  PR: "America/Puerto_Rico",
  VI: "America/St_Thomas",
  GU: "Pacific/Guam",
  AS: "Pacific/Pago_Pago",
  MP: "Pacific/Saipan",
};

/** The zone of a project in `state` ("ct", " CT " and "CT" alike); FALLBACK_TIME_ZONE for a code not in the table. */
export function timeZoneOfState(state: string | null | undefined): string {
  return STATE_TIME_ZONES[(state ?? "").trim().toUpperCase()] ?? FALLBACK_TIME_ZONE;
}
