import { ActionButton } from "@/components/account/action-button";
import type { ActionState } from "@/lib/actions/state";

/** The offer of a sample project: what it is, that it is marked and that it can go, then the button. */
export function SampleProjectOffer({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  return (
    <div className="max-w-md space-y-2">
      <p className="text-sm text-slate-600">
        Want to look around first? Add a sample project: a made-up Connecticut homeowner with two solar and battery designs, marked “Sample”. Delete it whenever you like.
      </p>
      <ActionButton action={action} label="Add a sample project" pendingLabel="Adding…" variant="secondary" />
    </div>
  );
}
