/**
 * Where the sun is, for spreading monthly or annual production over the hours, when the project has no coordinates:
 * a representative point of the state (its most populous area). A degree of latitude moves the hour-by-hour shape
 * by a few minutes of sunrise, and monthly totals are kept exactly, so the state's point is close enough for a bill.
 */
import type { Site } from "./production";

const STATE_SITES: Readonly<Record<string, Site & { place: string }>> = {
  CA: { latitude: 36.2, longitude: -119.7, utcOffsetHours: -8, place: "central California" },
  CT: { latitude: 41.6, longitude: -72.7, utcOffsetHours: -5, place: "central Connecticut" },
  MA: { latitude: 42.3, longitude: -71.4, utcOffsetHours: -5, place: "eastern Massachusetts" },
  RI: { latitude: 41.8, longitude: -71.4, utcOffsetHours: -5, place: "Providence, Rhode Island" },
  TX: { latitude: 31.0, longitude: -97.5, utcOffsetHours: -6, place: "central Texas" },
  NY: { latitude: 41.5, longitude: -74.0, utcOffsetHours: -5, place: "the Hudson Valley, New York" },
  NJ: { latitude: 40.3, longitude: -74.5, utcOffsetHours: -5, place: "central New Jersey" },
};

const FALLBACK: Site & { place: string } = { latitude: 39.8, longitude: -98.6, utcOffsetHours: -6, place: "the middle of the contiguous United States" };

/** The site used for a project in a state, and whether it is the state's own point. */
export function siteForState(state: string): { site: Site; place: string; isStatePoint: boolean } {
  const known = STATE_SITES[state];
  const chosen = known ?? FALLBACK;
  return { site: { latitude: chosen.latitude, longitude: chosen.longitude, utcOffsetHours: chosen.utcOffsetHours! }, place: chosen.place, isStatePoint: known !== undefined };
}
