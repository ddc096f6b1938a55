import type { Participation } from "./option-input";

export const participationLevels: readonly Participation[] = ["low", "expected", "high"];

/** Reads ?participation= from a URL; anything else means the expected case. */
export function parseParticipation(value: unknown): Participation {
  return participationLevels.includes(value as Participation) ? (value as Participation) : "expected";
}
