/**
 * A typed utility name to a listed utility: case, punctuation and "&"/"and" do not matter, nor corporate words
 * ("Company", "Inc.") or a leading "City of"; a name that starts with a listed name ("Eversource Energy CT") matches
 * it. Only the project's state is searched, because one name means different companies in different states
 * ("National Grid" is Rhode Island Energy in RI).
 */
import { utilitiesFor } from "./catalog";
import type { Utility } from "./types";

const FILLER = new Set(["the", "company", "co", "inc", "corp", "corporation", "llc", "dba"]);

/** "The Connecticut Light & Power Co." → ["connecticut", "light", "and", "power"]. */
export function nameTokens(name: string): string[] {
  const tokens = name
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== "" && !FILLER.has(token));
  return tokens[0] === "city" && tokens[1] === "of" ? tokens.slice(2) : tokens;
}

function startsWith(tokens: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= tokens.length && prefix.every((token, index) => tokens[index] === token);
}

/**
 * The utility a typed name means in a state, or null: an exact match on a name, short name or alias wins; otherwise the
 * longest listed name the typed name starts with. Two different utilities equally good is no match (never a guess).
 */
export function matchUtility(state: string, typedName: string | null | undefined): Utility | null {
  const typed = nameTokens(typedName ?? "");
  if (typed.length === 0) return null;
  const scored = utilitiesFor(state)
    .map((utility) => ({ utility, score: Math.max(...[utility.name, utility.shortName, ...utility.aliases].map((name) => matchScore(typed, nameTokens(name)))) }))
    .filter(({ score }) => score > 0);
  const top = Math.max(0, ...scored.map(({ score }) => score));
  const winners = scored.filter(({ score }) => score === top);
  return winners.length === 1 ? winners[0]!.utility : null;
}

/** An exact match outranks any prefix; a longer listed name outranks a shorter one; 0 is no match. */
function matchScore(typed: readonly string[], candidate: readonly string[]): number {
  // Joined without spaces, so "Center Point" is "CenterPoint".
  if (candidate.join("") === typed.join("")) return Number.MAX_SAFE_INTEGER;
  return startsWith(typed, candidate) ? candidate.length : 0;
}
