/** Every listed utility, and the lists by state. */
import { CALIFORNIA_UTILITIES } from "./california";
import { CONNECTICUT_UTILITIES } from "./connecticut";
import { MASSACHUSETTS_UTILITIES } from "./massachusetts";
import { RHODE_ISLAND_UTILITIES } from "./rhode-island";
import { TEXAS_UTILITIES } from "./texas";
import { SERVED_STATES, type ServedState, type Utility } from "./types";

export const UTILITIES: readonly Utility[] = [...CALIFORNIA_UTILITIES, ...CONNECTICUT_UTILITIES, ...MASSACHUSETTS_UTILITIES, ...RHODE_ISLAND_UTILITIES, ...TEXAS_UTILITIES];

const KIND_ORDER = { iou: 0, muni: 1, coop: 2 } as const;

export function isServedState(state: string): state is ServedState {
  return (SERVED_STATES as readonly string[]).includes(state);
}

/**
 * The utilities serving a state, for a picker: investor-owned first (most homes), then munis and co-ops, each group in
 * the list's order (largest first). Empty for a state Gridfolio has no list for.
 */
export function utilitiesFor(state: string): Utility[] {
  const code = state.trim().toUpperCase();
  return UTILITIES.filter((utility) => utility.state === code).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

export function getUtility(id: string): Utility | undefined {
  return UTILITIES.find((utility) => utility.id === id);
}
