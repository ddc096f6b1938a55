/**
 * The net metering framework a project should start with, from its state, utility and interconnection date, mapped onto
 * the project's tariff field (Tariff) with the reason in words. Massachusetts and Rhode Island net metering and
 * Connecticut's netting share NETTING; Connecticut's buy-all (BUY_ALL) is named as the alternative, never the default.
 */
import { todayIsoDate } from "../dates/iso-date";
import { stateName } from "../geo/states";
import type { Tariff } from "../programs/types";
import { getUtility, isServedState } from "./catalog";
import { matchUtility } from "./match";
import { getSource, type SourceId } from "./sources";
import type { NetMeteringRule, ServedState, Utility, UtilitySource } from "./types";

export type Framework = "nbt" | "nem2" | "ct-rres-netting" | "ct-legacy-net-metering" | "ma-net-metering" | "ri-net-metering" | "tx-retail-buyback" | "utility-own" | "none";

export interface TariffFrameworkDefault {
  framework: Framework;
  /** The value to preselect in the project's tariff field today. */
  tariff: Tariff;
  /** Why, in a sentence or two an installer can repeat to a homeowner. */
  reason: string;
  /** The other choice the homeowner has, when there is one (Connecticut's buy-all). */
  alternative: string | null;
  /** Set when the default is a guess: an unknown utility, a missing or unreadable date, a program past its end. */
  warning: string | null;
  utility: Utility | null;
  sources: readonly UtilitySource[];
}

export interface TariffFrameworkQuery {
  state: string;
  /** A listed utility's id (the picker); wins over `utilityName`. */
  utilityId?: string | null;
  /** What was typed, when the utility was not picked from the list. */
  utilityName?: string | null;
  /**
   * The day the interconnection application is (or was) submitted, YYYY-MM-DD: California's cut-over counts the
   * application, not the switch-on. Blank means a new system, applied for today.
   */
  interconnectionDate?: string | null;
}

/** California's cut-over: applications on or after this day take the Net Billing Tariff (D.22-12-056). */
export const CA_NBT_FIRST_APPLICATION_DAY = "2023-04-15";
/** Connecticut's RRES replaced net metering for new systems on this day, as a six-year program (PURA). */
export const CT_RRES_START_DAY = "2022-01-01";
export const CT_RRES_LAST_DAY = "2027-12-31";

/** The rule for a utility that is not in the list: the state's investor-owned utilities' rule. */
const STATE_DEFAULT_RULE: Record<ServedState, Exclude<NetMeteringRule, "utility-own">> = {
  CA: "ca-nbt",
  CT: "ct-rres",
  MA: "ma-net-metering",
  RI: "ri-net-metering",
  TX: "tx-retail-choice",
};

/** Who the state default speaks of, when the utility is unknown. */
const STATE_DEFAULT_WHO: Record<ServedState, string> = {
  CA: "PG&E, SCE and SDG&E",
  CT: "Eversource and UI",
  MA: "Eversource, National Grid and Unitil",
  RI: "Rhode Island Energy",
  TX: "the retail-choice areas (Oncor, CenterPoint, AEP Texas, TNMP)",
};

export function defaultTariffFramework(query: TariffFrameworkQuery): TariffFrameworkDefault {
  const state = query.state.trim().toUpperCase();
  const warnings: string[] = [];
  const day = interconnectionDay(query.interconnectionDate, warnings);
  if (!isServedState(state)) {
    return {
      framework: "none",
      tariff: "other",
      reason: `Gridfolio has no utility list or net metering default for ${stateName(state)} yet.`,
      alternative: null,
      warning: "Choose the tariff by hand from the utility's net metering rules.",
      utility: null,
      sources: [],
    };
  }
  const utility = findUtility(state, query, warnings);
  const rule = utility?.netMeteringRule ?? STATE_DEFAULT_RULE[state];
  const who = utility?.shortName ?? STATE_DEFAULT_WHO[state];
  const found = rule === "utility-own" && utility ? utilityOwn(utility) : ruleDefault(rule as Exclude<NetMeteringRule, "utility-own">, who, day, warnings);
  return { ...found, warning: warnings.length > 0 ? warnings.join(" ") : null, utility };
}

function interconnectionDay(date: string | null | undefined, warnings: string[]): string {
  const trimmed = date?.trim() ?? "";
  if (trimmed === "") return todayIsoDate();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  warnings.push(`“${trimmed}” is not a date (YYYY-MM-DD): the default assumes a new system applied for today.`);
  return todayIsoDate();
}

function findUtility(state: ServedState, query: TariffFrameworkQuery, warnings: string[]): Utility | null {
  const place = stateName(state);
  if (query.utilityId) {
    const picked = getUtility(query.utilityId);
    if (picked && picked.state === state) return picked;
    warnings.push(`The chosen utility is not one of Gridfolio's ${place} utilities: the default is the rule of ${STATE_DEFAULT_WHO[state]}.`);
    return null;
  }
  const typed = query.utilityName?.trim() ?? "";
  const matched = matchUtility(state, typed);
  if (matched) return matched;
  warnings.push(
    typed === ""
      ? `No utility chosen: the default is the rule of ${STATE_DEFAULT_WHO[state]}, which serve most ${place} homes.`
      : `“${typed}” is not in Gridfolio's list of ${place} utilities: the default is the rule of ${STATE_DEFAULT_WHO[state]}. A city utility, district or co-op sets its own rules: check them.`,
  );
  return null;
}

type RuleDefault = Omit<TariffFrameworkDefault, "warning" | "utility">;

const sources = (...ids: SourceId[]) => ids.map(getSource);

function ruleDefault(rule: Exclude<NetMeteringRule, "utility-own">, who: string, day: string, warnings: string[]): RuleDefault {
  switch (rule) {
    case "ca-nbt":
      return day >= CA_NBT_FIRST_APPLICATION_DAY
        ? {
            framework: "nbt",
            tariff: "NBT",
            reason: `New solar at ${who} applied for on or after April 15, 2023 takes the Net Billing Tariff (the Solar Billing Plan): exports earn hourly export credits instead of the retail price (CPUC decision D.22-12-056).`,
            alternative: null,
            sources: sources("cpuc-nem-nbt", "cpuc-nem-revisit"),
          }
        : {
            framework: "nem2",
            tariff: "NEM2",
            reason: `An interconnection applied for at ${who} by April 14, 2023 keeps net energy metering (NEM 2.0): CPUC decision D.22-12-056 moved only later applications to the Net Billing Tariff. A system from before NEM 2.0 began is on NEM 1.0: choose it by hand.`,
            alternative: null,
            sources: sources("cpuc-nem-revisit", "cpuc-nem-nbt"),
          };
    case "ct-rres":
      if (day < CT_RRES_START_DAY) {
        return {
          framework: "ct-legacy-net-metering",
          tariff: "NETTING",
          reason: `A system at ${who} from before 2022 keeps Connecticut's legacy net metering, which closed to new systems when the RRES program began on January 1, 2022.`,
          alternative: null,
          sources: sources("pura-rres", "rres-summary"),
        };
      }
      if (day > CT_RRES_LAST_DAY) {
        warnings.push("RRES is a six-year program that began in January 2022: what follows it for systems applied for after 2027 was not published in the sources read. Check PURA.");
      }
      return {
        framework: "ct-rres-netting",
        tariff: "NETTING",
        reason: `New solar at ${who} enrolls in Connecticut's Residential Renewable Energy Solutions (RRES) program, which replaced net metering in 2022. Its netting tariff is the default: the home uses its solar first and exports earn bill credits.`,
        alternative: "RRES buy-all: every kWh the panels make is sold at the program year's buy-all rate and the home buys all its electricity as before.",
        sources: sources("pura-rres", "rres-summary"),
      };
    case "ma-net-metering":
      return {
        framework: "ma-net-metering",
        tariff: "NETTING",
        reason: `${who} customers in Massachusetts may net meter under state law (M.G.L. c. 164 § 139): a month's excess becomes a credit on the bill that carries forward.`,
        alternative: null,
        sources: sources("ma-gl-164-139", "ma-dpu-electric"),
      };
    case "ri-net-metering":
      return {
        framework: "ri-net-metering",
        tariff: "NETTING",
        reason: `Rhode Island net metering at ${who}: exports up to the home's own use earn credits at about the retail price, carried on the bill.`,
        alternative: null,
        sources: sources("ri-net-metering", "ri-net-metering-2023"),
      };
    case "tx-retail-choice":
      return {
        framework: "tx-retail-buyback",
        tariff: "other",
        reason: `Texas has no statewide net metering. In ${who === STATE_DEFAULT_WHO.TX ? who : `${who}'s retail-choice area`}, the homeowner's retail electric provider decides whether and how exports are bought back (a solar buyback plan): check the plan.`,
        alternative: null,
        sources: sources("tx-utility-guide", "tx-munis"),
      };
    default: {
      const exhaustive: never = rule;
      return exhaustive;
    }
  }
}

const OWN_WORDS = { iou: "a small investor-owned utility", muni: "a publicly owned utility with its own board", coop: "a member-owned cooperative with its own board" } as const;

function utilityOwn(utility: Utility): RuleDefault {
  return {
    framework: "utility-own",
    tariff: "other",
    reason: `Utility's own: ${utility.shortName} is ${OWN_WORDS[utility.kind]} and sets its own rules for solar exports: check its net metering tariff.${utility.note ? ` ${utility.note}` : ""}`,
    alternative: null,
    sources: sources(...utility.sourceIds),
  };
}
