import { parseId } from "@/lib/validation/ids";
import { admitApiRequest } from "@/lib/server/api/admit";
import { commandJson } from "@/lib/server/api/command-json";
import { problem } from "@/lib/server/api/problems";
import { findOrganizationCommand } from "@/lib/server/data/operations-commands";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";

export const dynamic = "force-dynamic";

/** GET /api/v1/commands/{id} — a command of the key's organization; any other id, or one no id can look like, is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ commandId: string }> }) {
  try {
    const admitted = await admitApiRequest(request);
    if (!admitted.ok) return admitted.response;
    const { commandId } = await params;
    const id = parseId(commandId);
    const row = id ? await findOrganizationCommand(admitted.caller.organizationId, id) : null;
    if (!row) return problem(404, "command_not_found", "No command with that id in this organization.");
    return Response.json(commandJson(row), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    // Only server faults land here: every input a client controls is refused above with a 4xx.
    if (isDatabaseUnavailableError(error)) return problem(503, "database_unavailable", "The database is not reachable. Try again in a moment.");
    console.error("GET /api/v1/commands/{id} failed", error);
    return problem(500, "internal_error", "The command could not be read. Try again in a moment.");
  }
}
