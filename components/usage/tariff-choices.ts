/**
 * The rate select of the Usage and rates page: the shipped tariffs for the project's utility first, then the rest
 * of its state's, the organization's pasted rates, the option's own pasted copy, and the flat form; and the export
 * rule each choice gets by default from the project's tariff framework (exportRuleFor), shown beside the select.
 */
import { describeExportRule, exportRuleFor, TARIFF_VERSIONS, tariffInForce, tariffsForUtility, type TariffVersion } from "@/lib/core/bills";
import type { Tariff } from "@/lib/core/programs/types";
import { shortTariffName } from "@/lib/validation/usage-and-rates";
import type { TariffGroup } from "./usage-and-rates-form";

export interface TariffChoicesInput {
  project: { state: string; utility: string | null; tariff: Tariff };
  organizationTariffs: { id: string; name: string; utility: string | null; state: string | null }[];
  /** The option's pasted copy, when it has one (kept even after the organization deleted its row). */
  pastedName: string | null;
  proposalDate: string;
}

const statusWords = (version: TariffVersion) => (version.verification.status === "verified" ? "" : version.verification.status === "partial" ? " (some prices are placeholders)" : " (placeholder prices)");
const labelOf = (version: TariffVersion) => `${shortTariffName(version)}: ${version.name.split(":").slice(1).join(":").trim()}${statusWords(version)}`;

/** The latest version of every shipped tariff of a state. */
function tariffsOfState(state: string): TariffVersion[] {
  const latest = new Map<string, TariffVersion>();
  for (const version of TARIFF_VERSIONS) {
    if (version.state !== state) continue;
    const current = latest.get(version.tariffId);
    if (!current || current.effectiveDate < version.effectiveDate) latest.set(version.tariffId, version);
  }
  return [...latest.values()];
}

export function tariffGroupsOf(input: TariffChoicesInput): TariffGroup[] {
  const { project } = input;
  const forUtility = project.utility ? tariffsForUtility(project.utility, project.state) : [];
  const shown = new Set(forUtility.map((version) => version.tariffId));
  const restOfState = tariffsOfState(project.state).filter((version) => !shown.has(version.tariffId));
  const groups: TariffGroup[] = [];
  const option = (version: TariffVersion) => ({ value: `catalog:${version.tariffId}`, label: labelOf(version) });
  if (forUtility.length > 0) groups.push({ label: `${project.utility}'s rates`, options: forUtility.map(option) });
  if (restOfState.length > 0) groups.push({ label: forUtility.length > 0 ? `Other ${project.state} rates` : `${project.state} rates`, options: restOfState.map(option) });
  const own = [
    ...(input.pastedName ? [{ value: "pasted", label: `${input.pastedName} (this option's copy of a pasted rate)` }] : []),
    ...input.organizationTariffs.map((tariff) => ({ value: `organization:${tariff.id}`, label: [tariff.name, tariff.utility, tariff.state].filter(Boolean).join(" · ") })),
  ];
  if (own.length > 0) groups.push({ label: "Your organization's pasted rates", options: own });
  groups.push({ label: "Any other utility", options: [{ value: "flat", label: "A flat price per kWh (enter it below)" }] });
  return groups;
}

/** The default export rule of every choice; "default" for the choices that are not shipped tariffs. */
export function exportRulesOf(groups: TariffGroup[], input: TariffChoicesInput): Record<string, { text: string; note: string | null }> {
  const rules: Record<string, { text: string; note: string | null }> = {};
  const describe = (version: TariffVersion | null) => {
    const { rule, note } = exportRuleFor(input.project, version);
    return { text: describeExportRule(rule), note };
  };
  rules.default = describe(null);
  for (const group of groups) {
    for (const option of group.options) {
      if (!option.value.startsWith("catalog:")) continue;
      rules[option.value] = describe(tariffInForce(option.value.slice("catalog:".length), input.proposalDate) ?? null);
    }
  }
  return rules;
}

/** The choice a page without saved usage and rates starts on: the project utility's first rate, else the flat form. */
export function defaultTariffChoice(groups: TariffGroup[]): string {
  return groups[0]?.options[0]?.value ?? "flat";
}
