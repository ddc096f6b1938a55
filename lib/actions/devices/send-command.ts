"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "../../server/db/client";
import { auditRow } from "../../server/data/audit";
import { describeWriteFailure } from "../../server/data/errors";
import { COMMAND_STATUS_LABELS, ZCommandRequestSchema, type CommandStatus } from "../../core/operations";
import { createCommand } from "../../server/operations/commands";
import { refreshDevice } from "../../server/operations/refresh-device";
import { fieldErrorsOf, readForm } from "../../validation/fields";
import { ZCommandForm } from "../../validation/operations";
import { authorize } from "../authorize";
import { parseId } from "../../validation/ids";
import { unreadableFormMessage } from "../messages";
import { failed, invalid, succeeded, type ActionState } from "../state";

/** Field names of the API's request → the form's fields, so the API's messages land under the right input. */
const FORM_FIELD: Record<string, string> = { powerKw: "powerKw", endAt: "durationMinutes", startAt: "startsInMinutes", enableGridInteraction: "enableGridInteraction", action: "action" };

/** A command to one battery from its project page: the same rules as the REST API, then sent at once. */
export async function sendDeviceCommand(deviceIdArg: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const allowed = await authorize("project", "update");
  if (!allowed.ok) return allowed.state;
  const deviceId = parseId(deviceIdArg);
  if (!deviceId) return failed("That battery does not exist.");
  const values = readForm(formData);
  if (!values) return failed(unreadableFormMessage);
  const form = ZCommandForm.safeParse(values);
  if (!form.success) return invalid(fieldErrorsOf(form.error), "No command was sent: check the highlighted fields.");
  const now = new Date();
  const startAt = new Date(now.getTime() + form.data.startsInMinutes * 60_000);
  const endAt = new Date(startAt.getTime() + form.data.durationMinutes * 60_000);
  const powerKw = form.data.powerKw ?? undefined;
  const request = ZCommandRequestSchema.safeParse({
    deviceId,
    action: form.data.action,
    ...(powerKw === undefined ? {} : { powerKw }),
    startAt: startAt.toISOString(),
    endAt: endAt.toISOString(),
    enableGridInteraction: form.data.enableGridInteraction === "on" || form.data.action === "export",
  });
  if (!request.success) {
    const errors = Object.fromEntries(Object.entries(fieldErrorsOf(request.error)).map(([field, message]) => [FORM_FIELD[field] ?? field, message]));
    return invalid(errors, "No command was sent: check the highlighted fields.");
  }
  const { access } = allowed;
  try {
    const summary = `${form.data.action.replace("_", " ")}${powerKw === undefined ? "" : ` at ${powerKw} kW`} for ${form.data.durationMinutes} min${request.data.enableGridInteraction ? ", grid interaction on" : ""}`;
    const created = await createCommand(access.organizationId, request.data, now, (tx, projectId) =>
      tx.auditEvent.create({ data: auditRow(access, { projectId, action: "command.created", summary: `Sent a command to a battery: ${summary}` }) }),
    );
    if (!created.ok) return failed(created.message);
    let status = created.command.status as CommandStatus;
    try {
      await refreshDevice(deviceId, now);
      const sent = await getDb().deviceCommand.findUnique({ where: { id: created.command.id }, select: { status: true } });
      if (sent) status = sent.status as CommandStatus;
    } catch (error) {
      console.error("sendDeviceCommand: sending failed; the operations worker will retry", error);
    }
    revalidatePath(`/projects/${created.projectId}`);
    return succeeded(`Command ${COMMAND_STATUS_LABELS[status] ?? "queued"}: ${summary}.`);
  } catch (error) {
    console.error("sendDeviceCommand failed", error);
    return failed(describeWriteFailure(error));
  }
}
