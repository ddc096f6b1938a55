"use server";

import { revalidatePath } from "next/cache";
import { COMMAND_STATUS_LABELS, ZCommandRequestSchema, type CommandStatus } from "../../core/operations";
import { recordAudit } from "../../server/data/audit";
import { findOrganizationCommand } from "../../server/data/operations-commands";
import { createCommand } from "../../server/operations/commands";
import { refreshDevice } from "../../server/operations/refresh-device";
import { fieldErrorsOf } from "../../validation/fields";
import { ZCommandForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { parseForm, requireForm, requireIds } from "../prologue";
import { runAction } from "../run-action";
import { failed, invalid, succeeded, type ActionState } from "../state";

/** Field names of the API's request → the form's fields, so the API's messages land under the right input. */
const FORM_FIELD: Record<string, string> = { powerKw: "powerKw", endAt: "durationMinutes", startAt: "startsInMinutes", enableGridInteraction: "enableGridInteraction", action: "action" };

const noCommandSent = "No command was sent: check the highlighted fields.";

/** A command to one battery from its project page: the same rules as the REST API, then sent at once. */
export async function sendDeviceCommand(deviceIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  return runAction("sendDeviceCommand", async () => {
    const access = await authorize("project", "update");
    const { deviceId } = requireIds({ deviceId: deviceIdArg }, "That battery does not exist.");
    const form = parseForm(ZCommandForm, requireForm(formData), noCommandSent);
    const now = new Date();
    const startAt = new Date(now.getTime() + form.startsInMinutes * 60_000);
    const endAt = new Date(startAt.getTime() + form.durationMinutes * 60_000);
    const powerKw = form.powerKw ?? undefined;
    const request = ZCommandRequestSchema.safeParse({
      deviceId,
      action: form.action,
      ...(powerKw === undefined ? {} : { powerKw }),
      startAt: startAt.toISOString(),
      endAt: endAt.toISOString(),
      enableGridInteraction: form.enableGridInteraction === "on" || form.action === "export",
    });
    if (!request.success) {
      const errors = Object.fromEntries(Object.entries(fieldErrorsOf(request.error)).map(([field, message]) => [FORM_FIELD[field] ?? field, message]));
      return invalid(errors, noCommandSent);
    }
    const summary = `${form.action.replace("_", " ")}${powerKw === undefined ? "" : ` at ${powerKw} kW`} for ${form.durationMinutes} min${request.data.enableGridInteraction ? ", grid interaction on" : ""}`;
    const created = await createCommand(access.organizationId, request.data, now, (tx, projectId) => recordAudit(tx, access, { projectId, action: "command.created", summary: `Sent a command to a battery: ${summary}` }));
    if (!created.ok) return failed(created.message);
    let status = created.command.status as CommandStatus;
    try {
      await refreshDevice(deviceId, now);
      const sent = await findOrganizationCommand(access.organizationId, created.command.id);
      if (sent) status = sent.status as CommandStatus;
    } catch (error) {
      console.error("sendDeviceCommand: sending failed; the operations worker will retry", error);
    }
    revalidatePath(`/projects/${created.projectId}`);
    return succeeded(`Command ${COMMAND_STATUS_LABELS[status] ?? "queued"}: ${summary}.`);
  });
}
