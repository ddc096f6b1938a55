"use client";

import { useActionState, useState } from "react";
import { submitKeepingValues } from "@/components/forms/submit-keeping-values";
import { InputField, SelectField } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/actions/state";

export type CustomIncentiveRow = {
  id: string;
  name: string;
  kind: "upfront" | "annual";
  basis: "fixed" | "per_kwh" | "per_watt";
  amount: string;
  cap: string;
  years: string;
  /** The engine's result, formatted: "$1,000 upfront", "$300 a year for 5 years". */
  summary: string;
  capBinding: string | null;
  /** The program id it depends on, or "" for a local rebate that always counts. */
  requiresProgramId: string;
  tie: string | null;
};

export type TieOption = { value: string; label: string };

/** A tied incentive to offer (a contractor-payee program's price cut), prefilled in the add form. */
export type TiedIncentiveSuggestion = { name: string; requiresProgramId: string; message: string };

type SaveAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const kindOptions = [
  { value: "upfront", label: "Upfront (lowers the price)" },
  { value: "annual", label: "Annual (paid each year)" },
];
const basisOptions = [
  { value: "fixed", label: "Fixed amount" },
  { value: "per_kwh", label: "Per kWh of battery capacity" },
  { value: "per_watt", label: "Per watt of PV" },
];

function IncentiveForm({
  idPrefix,
  initial,
  tieOptions,
  action,
  submitLabel,
  onDone,
}: {
  idPrefix: string;
  initial?: Partial<CustomIncentiveRow>;
  tieOptions: TieOption[];
  action: SaveAction;
  submitLabel: string;
  onDone?: () => void;
}) {
  const [state, formAction] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) onDone?.();
    return result;
  }, initialActionState);
  const [kind, setKind] = useState(initial?.kind ?? "upfront");
  const [basis, setBasis] = useState(initial?.basis ?? "fixed");
  const amountUnit = kind === "annual" ? "$ per year" : basis === "per_kwh" ? "$ per kWh" : basis === "per_watt" ? "$ per W" : "$";
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id={id("name")} name="name" label="Incentive name" defaultValue={initial?.name} error={state.fieldErrors.name} placeholder="Town of Concord solar rebate" className="sm:col-span-2" />
        <SelectField id={id("kind")} name="kind" label="Paid" options={kindOptions} value={kind} onChange={(event) => setKind(event.target.value as "upfront" | "annual")} error={state.fieldErrors.kind} />
        {kind === "upfront" ? (
          <SelectField id={id("basis")} name="basis" label="Amount is" options={basisOptions} value={basis} onChange={(event) => setBasis(event.target.value as CustomIncentiveRow["basis"])} error={state.fieldErrors.basis} />
        ) : (
          <InputField id={id("years")} name="years" label="For how many years" inputMode="numeric" defaultValue={initial?.years || "5"} error={state.fieldErrors.years} />
        )}
        <InputField id={id("amount")} name="amountCents" label="Amount" unit={amountUnit} inputMode="decimal" defaultValue={initial?.amount} error={state.fieldErrors.amountCents} />
        {kind === "upfront" ? (
          <InputField id={id("cap")} name="capCents" label="Cap" unit="$, optional" inputMode="decimal" defaultValue={initial?.cap} error={state.fieldErrors.capCents} />
        ) : null}
        {tieOptions.length > 0 ? (
          <SelectField
            id={id("requires")}
            name="requiresProgramId"
            label="Counts"
            options={[{ value: "", label: "Always (a local rebate)" }, ...tieOptions]}
            defaultValue={initial?.requiresProgramId ?? ""}
            error={state.fieldErrors.requiresProgramId}
            hint="Tie a price cut given for a program's payments to that program: it counts only while the program does."
            className="sm:col-span-2"
          />
        ) : null}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <FormStatus ok={state.ok} message={state.message} />
        <SubmitButton pendingLabel="Saving…" variant="secondary">
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}

function RemoveButton({ name, action }: { name: string; action: SaveAction }) {
  const [state, formAction] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {state.message && !state.ok ? <span className="text-sm text-red-700">{state.message}</span> : null}
      <SubmitButton pendingLabel="Removing…" variant="secondary">
        <span className="sr-only">Remove {name}</span>
        <span aria-hidden="true">Remove</span>
      </SubmitButton>
    </form>
  );
}

export function CustomIncentives({
  incentives,
  tieOptions,
  suggestion,
  create,
  update,
  remove,
}: {
  incentives: CustomIncentiveRow[];
  tieOptions: TieOption[];
  suggestion: TiedIncentiveSuggestion | null;
  create: SaveAction;
  update: Record<string, SaveAction>;
  remove: Record<string, SaveAction>;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState<Partial<CustomIncentiveRow> | null>(null);
  return (
    <div className="space-y-4">
      {suggestion !== null && adding === null ? (
        <div role="note" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-950">
          <p>{suggestion.message}</p>
          <Button variant="secondary" onClick={() => setAdding({ name: suggestion.name, kind: "upfront", requiresProgramId: suggestion.requiresProgramId })}>
            Add the price cut
          </Button>
        </div>
      ) : null}
      {incentives.length === 0 ? (
        <p className="text-sm text-slate-600">No custom incentives. Add a local rebate the catalog does not know, such as a town or municipal light plant rebate.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {incentives.map((incentive) => (
            <li key={incentive.id} className="px-4 py-3">
              {editing === incentive.id ? (
                <IncentiveForm idPrefix={`edit-${incentive.id}`} initial={incentive} tieOptions={tieOptions} action={update[incentive.id]!} submitLabel="Save incentive" onDone={() => setEditing(null)} />
              ) : (
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <p className="font-medium text-slate-900">{incentive.name}</p>
                    <p className="figures text-sm text-slate-600">{incentive.summary}</p>
                    {incentive.capBinding ? <p className="text-xs text-amber-800">{incentive.capBinding}</p> : null}
                    {incentive.tie ? <p className="text-xs text-slate-600">{incentive.tie}</p> : null}
                  </div>
                  <div className="flex items-center gap-2">
                    <Button variant="secondary" onClick={() => setEditing(incentive.id)} aria-label={`Edit ${incentive.name}`}>
                      Edit
                    </Button>
                    <RemoveButton name={incentive.name} action={remove[incentive.id]!} />
                  </div>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {adding !== null ? (
        <div className="rounded-lg border border-slate-200 p-4">
          <IncentiveForm idPrefix="new-incentive" initial={adding} tieOptions={tieOptions} action={create} submitLabel="Add incentive" onDone={() => setAdding(null)} />
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setAdding({})}>
          Add custom incentive
        </Button>
      )}
    </div>
  );
}
