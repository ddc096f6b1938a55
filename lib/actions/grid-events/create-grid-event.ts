"use server";

import { revalidatePath } from "next/cache";
import { getProgram } from "../../core/programs";
import { createAndDispatchGridEvent } from "../../server/operations/grid-events";
import { refreshDevice } from "../../server/operations/refresh-device";
import { ZGridEventForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { parseForm, requireForm } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, succeeded, type ActionState } from "../state";

/**
 * A grid event of one program, created by an owner or admin: a grid-interaction discharge command goes to every
 * battery enrolled in that program; after it ends, each battery's performance is measured.
 */
export async function createGridEvent(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("createGridEvent", async () => {
    const access = await authorize("organization", "update");
    const input = parseForm(ZGridEventForm, requireForm(formData), "No event was created: check the highlighted fields.");
    const program = getProgram(input.programId);
    if (!program) return invalid({ programId: "Choose a program from the list." }, "No event was created.");
    const now = new Date();
    const startAt = new Date(now.getTime() + input.startsInMinutes * 60_000);
    const endAt = new Date(startAt.getTime() + input.durationMinutes * 60_000);
    const outcome = await createAndDispatchGridEvent(access.organizationId, access.userName, { programId: program.id, startAt, endAt, maxKwPerBattery: input.maxKwPerBattery, note: input.note }, now);
    if (!outcome.ok) return failed(outcome.message);
    // Send at once; the operations worker retries anything this misses.
    for (const deviceId of outcome.deviceIds) await refreshDevice(deviceId, now).catch((error: unknown) => console.error("createGridEvent: sending failed", error));
    revalidatePath("/grid-events");
    if (outcome.commands === 0) return succeeded(`Event created. No battery is enrolled in ${program.shortName} yet, so no command was sent.`);
    const skipped = outcome.skipped > 0 ? ` ${outcome.skipped} skipped: Storm Guard was active.` : "";
    return succeeded(`Event created: a discharge command went to ${outcome.commands} ${outcome.commands === 1 ? "battery" : "batteries"}.${skipped}`);
  });
}
