"use server";

import { revalidatePath } from "next/cache";
import { describeWriteFailure } from "../../server/data/errors";
import { getProgram } from "../../core/programs";
import { createAndDispatchGridEvent } from "../../server/operations/grid-events";
import { refreshDevice } from "../../server/operations/refresh-device";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZGridEventForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, succeeded, type ActionState } from "../state";

/**
 * A grid event of one program, created by an owner or admin: a grid-interaction discharge command goes to every
 * battery enrolled in that program; after it ends, each battery's performance is measured.
 */
export async function createGridEvent(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("organization", "update");
  if (!allowed.ok) return allowed.state;
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const parsed = ZGridEventForm.safeParse(values);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error), "No event was created: check the highlighted fields.");
  const input = parsed.data;
  const program = getProgram(input.programId);
  if (!program) return invalid({ programId: "Choose a program from the list." }, "No event was created.");
  const now = new Date();
  const startAt = new Date(now.getTime() + input.startsInMinutes * 60_000);
  const endAt = new Date(startAt.getTime() + input.durationMinutes * 60_000);
  try {
    const outcome = await createAndDispatchGridEvent(allowed.access.organizationId, allowed.access.userName, { programId: program.id, startAt, endAt, maxKwPerBattery: input.maxKwPerBattery, note: input.note }, now);
    if (!outcome.ok) return failed(outcome.message);
    // Send at once; the operations worker retries anything this misses.
    for (const deviceId of outcome.deviceIds) await refreshDevice(deviceId, now).catch((error: unknown) => console.error("createGridEvent: sending failed", error));
    revalidatePath("/grid-events");
    if (outcome.commands === 0) return succeeded(`Event created. No battery is enrolled in ${program.shortName} yet, so no command was sent.`);
    const skipped = outcome.skipped > 0 ? ` ${outcome.skipped} skipped: Storm Guard was active.` : "";
    return succeeded(`Event created: a discharge command went to ${outcome.commands} ${outcome.commands === 1 ? "battery" : "batteries"}.${skipped}`);
  } catch (error) {
    console.error("createGridEvent failed", error);
    return failed(describeWriteFailure(error));
  }
}
