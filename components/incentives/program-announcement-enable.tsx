"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ProgramSwitchState } from "@/lib/actions/incentives/set-program-enabled";
import { initialActionState } from "@/lib/actions/state";

/** The program switch's action, bound to the project and the option: the same one "Manage incentives" flips. */
export type EnableProgram = (programId: string, enabled: boolean) => Promise<ProgramSwitchState>;

/**
 * One click to count an announced program. The switch's action answers with a preview, not a new page, so the page
 * is refreshed after it: the card's net price moves and the announcement goes away.
 */
export function ProgramAnnouncementEnable({ programId, shortName, enable }: { programId: string; shortName: string; enable: EnableProgram }) {
  const router = useRouter();
  const [state, formAction] = useActionState(async (): Promise<ProgramSwitchState> => {
    const answer = await enable(programId, true);
    if (answer.ok) router.refresh();
    return answer;
  }, initialActionState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <SubmitButton variant="secondary" pendingLabel="Enabling…" ariaLabel={`Enable ${shortName}`}>
        Enable
      </SubmitButton>
      <FormStatus ok={state.ok} message={state.message} />
    </form>
  );
}
