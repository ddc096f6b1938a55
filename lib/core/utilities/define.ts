import type { Utility } from "./types";

type UtilityInput = Omit<Utility, "aliases" | "tariffIds"> & Partial<Pick<Utility, "aliases" | "tariffIds">>;

/** A state's list, with empty aliases and tariffs where none are given. */
export function defineUtilities(list: readonly UtilityInput[]): readonly Utility[] {
  return list.map((utility) => ({ ...utility, aliases: utility.aliases ?? [], tariffIds: utility.tariffIds ?? [] }));
}
