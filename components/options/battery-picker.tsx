"use client";

import { useId, useState, type ReactNode } from "react";
import { InputField } from "@/components/forms/field";
import { batteryPickGroups, fieldsForPick, findBatteryPick, listingNotesFor, matchBatteryPick, type BatteryFields } from "@/lib/core/equipment";
import type { BatteryUnit } from "@/lib/core/equipment";
import type { OptionFormValues } from "@/lib/validation/form-values";

type BatteryValues = Pick<OptionFormValues, "batteryModel" | "batteryCapacityKwh" | "batteryPowerKw" | "batteryCount">;

/** The catalog never changes while the page is open. */
const groups = batteryPickGroups();

const selectClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

/**
 * The option's battery line: a catalog model fills the model text, kWh and kW (and a count of 1 when there was none);
 * every figure stays editable, and one that no longer matches the datasheet says so. The picker posts nothing: the
 * option stores the figures, which the action validates like typed ones, and a saved option finds its model again by
 * its text (matchBatteryPick).
 */
export function BatteryPicker({
  initial,
  errors,
  onUnitChange,
}: {
  initial: BatteryValues;
  errors: Record<string, string | undefined>;
  /** The picked unit, or null for a model not listed: the form shows its datasheet warranty beside the warranty field. */
  onUnitChange?: (unit: BatteryUnit | null) => void;
}) {
  const pickerId = useId();
  const [match] = useState(() => matchBatteryPick(initial.batteryModel));
  const [unitId, setUnitId] = useState(match?.unitId ?? "");
  const [expansions, setExpansions] = useState(match?.expansions ?? 0);
  const [values, setValues] = useState<BatteryValues>(initial);
  const [announcement, setAnnouncement] = useState("");

  const pick = unitId ? findBatteryPick(unitId) : undefined;
  const datasheet = pick ? fieldsForPick(pick.unit.id, expansions, 1) : null;

  function fill(nextUnitId: string, nextExpansions: number) {
    const current = Number(values.batteryCount);
    const count = Number.isInteger(current) && current >= 1 && current <= 100 ? current : 1;
    const fields = fieldsForPick(nextUnitId, nextExpansions, count);
    setValues({
      batteryModel: fields.batteryModel,
      batteryCapacityKwh: String(fields.batteryCapacityKwh),
      batteryPowerKw: String(fields.batteryPowerKw),
      batteryCount: String(fields.batteryCount),
    });
    setAnnouncement(`Filled from the ${fields.batteryModel} datasheet: ${fields.batteryCapacityKwh} kWh and ${fields.batteryPowerKw} kW per battery.`);
  }

  function choose(nextUnitId: string) {
    setUnitId(nextUnitId);
    setExpansions(0);
    // "Not listed" keeps whatever is typed: the installer may be adjusting a catalog model into one it lacks.
    if (nextUnitId) fill(nextUnitId, 0);
    else setAnnouncement("");
    onUnitChange?.(nextUnitId ? (findBatteryPick(nextUnitId)?.unit ?? null) : null);
  }

  function chooseExpansions(next: number) {
    setExpansions(next);
    if (unitId) fill(unitId, next);
  }

  const set = (name: keyof BatteryValues) => (event: { target: { value: string } }) => setValues((previous) => ({ ...previous, [name]: event.target.value }));
  const number = { inputMode: "decimal" as const };

  return (
    <>
      <div className="sm:col-span-2">
        <label htmlFor={pickerId} className="mb-1 block text-sm font-medium text-slate-800">
          Battery from the catalog
        </label>
        <select id={pickerId} value={unitId} onChange={(event) => choose(event.target.value)} aria-describedby={`${pickerId}-hint`} className={selectClass}>
          <option value="">Other / not listed</option>
          {groups.map((group) => (
            <optgroup key={group.manufacturer} label={group.manufacturer}>
              {group.picks.map(({ unit }) => (
                <option key={unit.id} value={unit.id}>
                  {unit.manufacturer} {unit.model}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <div id={`${pickerId}-hint`} className="mt-1 space-y-1 text-xs text-slate-500">
          {pick && datasheet ? <DatasheetSummary unit={pick.unit} fields={datasheet} /> : <p>Type the model and its figures below, or pick a model to fill them from its datasheet.</p>}
        </div>
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </div>
      {pick?.expansion ? (
        <div>
          <label htmlFor={`${pickerId}-expansions`} className="mb-1 block text-sm font-medium text-slate-800">
            Expansions per {pick.unit.model}
          </label>
          <select id={`${pickerId}-expansions`} value={expansions} onChange={(event) => chooseExpansions(Number(event.target.value))} aria-describedby={`${pickerId}-expansions-hint`} className={selectClass}>
            {Array.from({ length: pick.expansion.maxPerUnit + 1 }, (_, count) => (
              <option key={count} value={count}>
                {count === 0 ? "None" : count}
              </option>
            ))}
          </select>
          <p id={`${pickerId}-expansions-hint`} className="mt-1 text-xs text-slate-500">
            Each adds {pick.expansion.usableKwh} kWh and no power; up to {pick.expansion.maxPerUnit}.
          </p>
        </div>
      ) : null}
      <InputField
        name="batteryModel"
        label="Battery model"
        value={values.batteryModel}
        onChange={set("batteryModel")}
        error={errors.batteryModel}
        className="sm:col-span-2"
        placeholder="Tesla Powerwall 3"
        hint={datasheet ? <FromDatasheet isEdited={values.batteryModel.trim() !== datasheet.batteryModel} datasheet={datasheet.batteryModel} /> : "As the proposal names it."}
      />
      <InputField
        name="batteryCapacityKwh"
        label="Capacity per battery"
        unit="kWh"
        value={values.batteryCapacityKwh}
        onChange={set("batteryCapacityKwh")}
        error={errors.batteryCapacityKwh}
        hint={datasheet ? <FromDatasheet isEdited={Number(values.batteryCapacityKwh) !== datasheet.batteryCapacityKwh} datasheet={`${datasheet.batteryCapacityKwh} kWh`} /> : undefined}
        {...number}
      />
      <InputField
        name="batteryPowerKw"
        label="Rated power per battery"
        unit="kW"
        value={values.batteryPowerKw}
        onChange={set("batteryPowerKw")}
        error={errors.batteryPowerKw}
        hint={datasheet ? <FromDatasheet isEdited={Number(values.batteryPowerKw) !== datasheet.batteryPowerKw} datasheet={`${datasheet.batteryPowerKw} kW`} /> : undefined}
        {...number}
      />
      <InputField name="batteryCount" label="Battery count" value={values.batteryCount} onChange={set("batteryCount")} error={errors.batteryCount} inputMode="numeric" />
    </>
  );
}

/** Under a filled figure: where it came from, or that it was changed and what the datasheet says. */
function FromDatasheet({ isEdited, datasheet }: { isEdited: boolean; datasheet: string }): ReactNode {
  if (!isEdited) return "From the datasheet.";
  return (
    <>
      <span className="font-semibold text-amber-800">Edited.</span> Datasheet: {datasheet}
    </>
  );
}

function DatasheetSummary({ unit, fields }: { unit: BatteryUnit; fields: BatteryFields }) {
  const warranty = unit.warranty.years === null ? "warranty not published" : `${unit.warranty.years}-year warranty`;
  const listings = listingNotesFor(unit.id);
  return (
    <>
      <p>
        Datasheet: {fields.batteryCapacityKwh} kWh, {fields.batteryPowerKw} kW continuous, {fields.roundTripEfficiencyPercent}% round trip ({fields.efficiencyBasis}), {warranty}.{" "}
        {unit.requiresInverter ? `Needs ${unit.requiresInverter}. ` : null}
        Source:{" "}
        <a href={unit.source.url} className="underline" target="_blank" rel="noreferrer">
          {unit.source.title}
        </a>
        {unit.source.isPrimary ? "" : " (not the manufacturer's own page)"}.
      </p>
      {listings.length > 0 ? (
        <ul className="space-y-1">
          {listings.map((listing) => (
            <li key={`${listing.url}-${listing.programName}`}>
              Listed by {listing.programName} as “{listing.listedAs}”, per{" "}
              <a href={listing.url} className="underline" target="_blank" rel="noreferrer">
                {listing.listTitle}
              </a>
              {listing.isPrimary ? "" : " (not the program's own list)"}, checked {listing.checkedOn}.
            </li>
          ))}
        </ul>
      ) : (
        <p>No program list read so far names this model; it may still qualify.</p>
      )}
    </>
  );
}
