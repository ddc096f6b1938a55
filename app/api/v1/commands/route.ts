import { admitApiRequest } from "@/lib/server/api/admit";
import { parseCommandBody } from "@/lib/server/api/command-body";
import { commandJson } from "@/lib/server/api/command-json";
import { readJsonObject } from "@/lib/server/api/json-body";
import { problem } from "@/lib/server/api/problems";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";
import { createCommand } from "@/lib/server/operations/commands";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/commands — a command to one of the organization's batteries (docs: /api/v1/openapi.json).
 * Limited per client address and per organization (lib/api/admit), read only as a JSON object
 * (lib/api/json-body), validated with zod and the id shape (lib/api/command-body), decided by lib/operations
 * (Grid Services, enrollment, Storm Guard), stored as queued or skipped; refusals store nothing. The operations
 * worker sends it to the battery within seconds.
 */
export async function POST(request: Request) {
  try {
    const admitted = await admitApiRequest(request);
    if (!admitted.ok) return admitted.response;
    const read = await readJsonObject(request);
    if (!read.ok) return read.response;
    const parsed = parseCommandBody(read.body);
    if (!parsed.ok) return problem(400, "invalid_command", "The command is not valid; see fields.", parsed.fields);
    const created = await createCommand(admitted.caller.organizationId, parsed.command);
    if (!created.ok) return problem(created.httpStatus, created.code, created.message);
    const stored = created.command;
    return Response.json(commandJson(stored), { status: 201, headers: { location: `/api/v1/commands/${stored.id}` } });
  } catch (error) {
    // Only server faults land here: every input a client controls is refused above with a 4xx.
    if (isDatabaseUnavailableError(error)) return problem(503, "database_unavailable", "The database is not reachable. Try again in a moment; nothing was stored.");
    console.error("POST /api/v1/commands failed", error);
    return problem(500, "internal_error", "The command could not be handled; nothing was stored. Try again in a moment.");
  }
}
