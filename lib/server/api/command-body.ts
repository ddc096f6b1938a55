/**
 * A command as the REST API receives it: the shared schema (lib/operations) plus the id check the API needs
 * before anything reaches the database. The schema takes any device id up to 100 characters; a U+0000 in it
 * would make PostgreSQL fail the query, so ids are held to the shape every Gridfolio id has (lib/validation/ids).
 */
import { ZCommandRequestSchema, type TCommandRequest } from "../../core/operations";
import { fieldErrorsOf } from "../../validation/fields";
import { ID_SHAPE } from "../../validation/ids";

export const deviceIdShapeMessage = "The device id can only contain letters, digits, _ and -, at most 64 of them.";

export type ParsedCommand = { ok: true; command: TCommandRequest } | { ok: false; fields: Record<string, string> };

export function parseCommandBody(body: Record<string, unknown>): ParsedCommand {
  const parsed = ZCommandRequestSchema.safeParse(body);
  const fields = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const { deviceId } = body;
  // Only when the schema found nothing wrong with it: its own message (missing, too long) is the better one.
  if (typeof deviceId === "string" && !fields.deviceId && !ID_SHAPE.test(deviceId.trim())) fields.deviceId = deviceIdShapeMessage;
  if (!parsed.success || Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, command: parsed.data };
}
