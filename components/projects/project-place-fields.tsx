"use client";

import { useState } from "react";
import { InputField, SelectField } from "@/components/forms/field";
import { todayIsoDate } from "@/lib/core/dates/iso-date";
import { stateName } from "@/lib/core/geo/states";
import type { Tariff } from "@/lib/core/programs/types";
import { defaultTariffFramework, listedUtilityNamed, utilitiesFor, type TariffFrameworkDefault, type Utility } from "@/lib/core/utilities";
import { tariffLabels, tariffs } from "@/lib/validation/project";

/** The picker's entry for a utility that is not in the list. */
const OTHER = "other";

const KIND_GROUPS = [
  { kind: "iou", label: "Investor-owned utilities" },
  { kind: "muni", label: "City and district utilities" },
  { kind: "coop", label: "Co-ops" },
] as const;

const tariffOptions = tariffs.map((value) => ({ value, label: tariffLabels[value] }));

/**
 * Utility and tariff, which depend on the state chosen above them: the utility is picked from the state's list (or
 * typed, with a warning when Gridfolio does not know it), and the tariff follows the place until the installer
 * chooses one. An existing project's tariff counts as chosen, so editing never changes it behind the installer's back.
 */
export function ProjectPlaceFields({
  state,
  initialUtility,
  initialTariff,
  errors,
}: {
  state: string;
  initialUtility: string;
  initialTariff: Tariff | "";
  errors: Record<string, string>;
}) {
  const [pickedId, setPickedId] = useState(() => listedUtilityNamed(state, initialUtility)?.id ?? (initialUtility.trim() === "" ? "" : OTHER));
  const [typedUtility, setTypedUtility] = useState(() => (listedUtilityNamed(state, initialUtility) ? "" : initialUtility));
  const [chosenTariff, setChosenTariff] = useState<Tariff | "">(initialTariff);

  const listed = utilitiesFor(state);
  const picked = listed.find((utility) => utility.id === pickedId) ?? null;
  // A state change can leave a pick from the old state's list: it no longer counts.
  const choice = picked ? picked.id : pickedId === OTHER || listed.length === 0 ? OTHER : "";
  const utilityName = picked ? picked.shortName : choice === OTHER ? typedUtility : "";
  const place = state ? defaultTariffFramework({ state, utilityId: picked?.id, utilityName, interconnectionDate: todayIsoDate() }) : null;
  const tariff = chosenTariff || place?.tariff || "";
  const typedWarning = listed.length > 0 && choice === OTHER && utilityName.trim() !== "" && !place?.utility ? place?.warning : null;

  return (
    <>
      {listed.length > 0 ? (
        // Not SelectField: it takes flat options, and the list reads better grouped by kind of utility.
        <div>
          <label htmlFor="field-utilityChoice" className="mb-1 block text-sm font-medium text-slate-800">
            Utility
          </label>
          <select
            id="field-utilityChoice"
            value={choice}
            onChange={(event) => setPickedId(event.target.value)}
            aria-describedby="field-utilityChoice-hint"
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          >
            <option value="">Choose the utility</option>
            {KIND_GROUPS.map((group) => (
              <UtilityGroup key={group.kind} label={group.label} utilities={listed.filter((utility) => utility.kind === group.kind)} />
            ))}
            <option value={OTHER}>Other (type it)</option>
          </select>
          <p id="field-utilityChoice-hint" className="mt-1 text-xs text-slate-500">
            {picked ? picked.name : `The utilities that serve ${stateName(state)}, or type one that is not listed.`}
          </p>
        </div>
      ) : null}
      {choice === OTHER ? (
        <InputField
          name="utility"
          label={listed.length > 0 ? "Utility name" : "Utility"}
          value={typedUtility}
          onChange={(event) => setTypedUtility(event.target.value)}
          error={errors.utility}
          hint={
            typedWarning ? (
              <span className="text-amber-800">
                <span aria-hidden="true">⚠ </span>
                {typedWarning}
              </span>
            ) : place?.utility ? (
              `Gridfolio reads this as ${place.utility.shortName}.`
            ) : (
              "For example PG&E, Eversource, Rhode Island Energy."
            )
          }
        />
      ) : (
        <input type="hidden" name="utility" value={utilityName} />
      )}
      <SelectField
        name="tariff"
        label="Tariff"
        options={state ? tariffOptions : [{ value: "", label: "Set by the state and utility" }, ...tariffOptions]}
        value={tariff}
        onChange={(event) => setChosenTariff(event.target.value as Tariff)}
        error={errors.tariff}
        className="sm:col-span-2"
        hint={place ? <TariffHint place={place} tariff={tariff} isChosen={chosenTariff !== ""} warning={typedWarning ? null : place.warning} onUseDefault={() => setChosenTariff("")} /> : "Choose the state first: the tariff follows the state and utility."}
      />
    </>
  );
}

function UtilityGroup({ label, utilities }: { label: string; utilities: readonly Utility[] }) {
  if (utilities.length === 0) return null;
  return (
    <optgroup label={label}>
      {utilities.map((utility) => (
        <option key={utility.id} value={utility.id}>
          {utility.shortName}
        </option>
      ))}
    </optgroup>
  );
}

type TariffHintProps = { place: TariffFrameworkDefault; tariff: string; isChosen: boolean; warning: string | null; onUseDefault: () => void };

function TariffHint({ place, tariff, isChosen, warning, onUseDefault }: TariffHintProps) {
  const label = tariffLabels[place.tariff];
  if (isChosen && tariff !== place.tariff) {
    return (
      <>
        Your choice. For this place Gridfolio would start with {label}: {place.reason}{" "}
        <button type="button" onClick={onUseDefault} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          Use {label}
        </button>
      </>
    );
  }
  return (
    <>
      {isChosen ? "" : "Default: "}
      {place.reason}
      {place.alternative ? ` The other choice: ${place.alternative}` : null}
      {warning ? <span className="mt-1 block text-amber-800">{warning}</span> : null}
    </>
  );
}
