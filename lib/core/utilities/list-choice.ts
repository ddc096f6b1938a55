/**
 * Which entry of the utility picker a stored utility name shows as. Only the name the picker itself saves (the short
 * name) or the full name selects the listed utility: any other spelling stays "Other" with the text as typed, so
 * opening and saving a project never rewrites what the installer wrote.
 */
import { utilitiesFor } from "./catalog";
import type { Utility } from "./types";

export function listedUtilityNamed(state: string, stored: string | null | undefined): Utility | null {
  const name = stored?.trim().toLowerCase() ?? "";
  if (name === "") return null;
  return utilitiesFor(state).find((utility) => utility.shortName.toLowerCase() === name || utility.name.toLowerCase() === name) ?? null;
}
