"use client";

import { useId, useState, type ReactNode } from "react";
import { InputField } from "@/components/forms/field";
import {
  batteryPickGroups,
  fieldsForOwnModel,
  fieldsForPick,
  findBatteryPick,
  findOwnModel,
  listingNotesFor,
  matchPickValue,
  ownPickValue,
  type BatteryFields,
  type BatteryUnit,
  type OwnBatteryModel,
} from "@/lib/core/equipment";
import type { PricedBattery } from "@/lib/core/pricing-defaults/default-costs";
import type { OptionFormValues } from "@/lib/validation/form-values";

type BatteryValues = Pick<OptionFormValues, "batteryModel" | "batteryCapacityKwh" | "batteryPowerKw" | "batteryCount">;

/** What the rest of the option form needs of the battery line: its price (by model) and count, and the datasheet warranty. */
export interface BatterySelection {
  battery: PricedBattery;
  /** NaN while the count is typed halfway. */
  count: number;
  /** The model's name, for the price hint; null for a model not listed. */
  modelName: string | null;
  warrantyYears: number | null;
}

/** The selection a picker value and its expansion count stand for. */
export function batterySelectionOf(value: string, expansions: number, count: number, ownModels: readonly OwnBatteryModel[]): BatterySelection {
  const own = findOwnModel(value, ownModels);
  if (own) return { battery: { kind: "own", unitCents: own.unitCents }, count, modelName: `${own.manufacturer} ${own.model}`, warrantyYears: own.warrantyYears };
  const pick = value ? findBatteryPick(value) : undefined;
  if (!pick) return { battery: { kind: "not-listed" }, count, modelName: null, warrantyYears: null };
  return {
    battery: { kind: "catalog", unitId: pick.unit.id, expansionId: pick.expansion?.id ?? null, expansions },
    count,
    modelName: fieldsForPick(pick.unit.id, expansions, 1).batteryModel,
    warrantyYears: pick.unit.warranty.years,
  };
}

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
  ownModels = [],
  onSelectionChange,
}: {
  initial: BatteryValues;
  errors: Record<string, string | undefined>;
  /** The organization's own models (Prices and equipment), listed apart as "Your models". */
  ownModels?: readonly OwnBatteryModel[];
  /** Told whenever the model, its expansions or the count change: the form prices the battery and shows its warranty. */
  onSelectionChange?: (selection: BatterySelection) => void;
}) {
  const pickerId = useId();
  const [match] = useState(() => matchPickValue(initial.batteryModel, ownModels));
  const [unitId, setUnitId] = useState(match.value);
  const [expansions, setExpansions] = useState(match.expansions);
  const [values, setValues] = useState<BatteryValues>(initial);
  const [announcement, setAnnouncement] = useState("");

  const own = findOwnModel(unitId, ownModels);
  const pick = unitId && !own ? findBatteryPick(unitId) : undefined;
  const datasheet = own ? fieldsForOwnModel(own, 1) : pick ? fieldsForPick(pick.unit.id, expansions, 1) : null;

  function fill(nextUnitId: string, nextExpansions: number) {
    const current = Number(values.batteryCount);
    const count = Number.isInteger(current) && current >= 1 && current <= 100 ? current : 1;
    const ownModel = findOwnModel(nextUnitId, ownModels);
    const fields = ownModel ? fieldsForOwnModel(ownModel, count) : fieldsForPick(nextUnitId, nextExpansions, count);
    setValues({
      batteryModel: fields.batteryModel,
      batteryCapacityKwh: String(fields.batteryCapacityKwh),
      batteryPowerKw: String(fields.batteryPowerKw),
      batteryCount: String(fields.batteryCount),
    });
    setAnnouncement(`Filled from the ${fields.batteryModel} datasheet: ${fields.batteryCapacityKwh} kWh and ${fields.batteryPowerKw} kW per battery.`);
    return fields.batteryCount;
  }

  function choose(nextUnitId: string) {
    setUnitId(nextUnitId);
    setExpansions(0);
    // "Not listed" keeps whatever is typed: the installer may be adjusting a catalog model into one it lacks.
    const count = nextUnitId ? fill(nextUnitId, 0) : Number(values.batteryCount);
    if (!nextUnitId) setAnnouncement("");
    onSelectionChange?.(batterySelectionOf(nextUnitId, 0, count, ownModels));
  }

  function chooseExpansions(next: number) {
    setExpansions(next);
    if (!unitId) return;
    onSelectionChange?.(batterySelectionOf(unitId, next, fill(unitId, next), ownModels));
  }

  const set = (name: keyof BatteryValues) => (event: { target: { value: string } }) => {
    setValues((previous) => ({ ...previous, [name]: event.target.value }));
    if (name === "batteryCount") onSelectionChange?.(batterySelectionOf(unitId, expansions, Number(event.target.value), ownModels));
  };
  const number = { inputMode: "decimal" as const };

  return (
    <>
      <div className="sm:col-span-2">
        <label htmlFor={pickerId} className="mb-1 block text-sm font-medium text-slate-800">
          Battery from the catalog
        </label>
        <select id={pickerId} value={unitId} onChange={(event) => choose(event.target.value)} aria-describedby={`${pickerId}-hint`} className={selectClass}>
          <option value="">Other / not listed</option>
          {ownModels.length > 0 ? (
            <optgroup label="Your models">
              {ownModels.map((model) => (
                <option key={model.id} value={ownPickValue(model.id)}>
                  {model.manufacturer} {model.model}
                </option>
              ))}
            </optgroup>
          ) : null}
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
          {own ? (
            <OwnModelSummary model={own} />
          ) : pick ? (
            <DatasheetSummary unit={pick.unit} fields={fieldsForPick(pick.unit.id, expansions, 1)} />
          ) : (
            <p>Type the model and its figures below, or pick a model to fill them from its datasheet.</p>
          )}
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

/** An own model's figures, as the organization entered them (Prices and equipment): no program list is read for it. */
function OwnModelSummary({ model }: { model: OwnBatteryModel }) {
  return (
    <p>
      Your model: {model.usableKwh} kWh, {model.continuousKw} kW continuous, {model.roundTripEfficiencyPercent}% round trip, {model.warrantyYears}-year warranty, as entered under Prices and
      equipment.{" "}
      {model.datasheetUrl ? (
        <>
          Source:{" "}
          <a href={model.datasheetUrl} className="underline" target="_blank" rel="noreferrer">
            datasheet
          </a>
          .
        </>
      ) : null}
    </p>
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
