import { authenticateApiKey } from "@/lib/api/keys";
import { commandJson } from "@/lib/api/command-json";
import { problem, unauthorized } from "@/lib/api/problems";
import { isDatabaseUnavailableError } from "@/lib/db/errors";
import { ZCommandRequestSchema } from "@/lib/operations";
import { createCommand } from "@/lib/operations-runtime/commands";
import { fieldErrorsOf } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/commands — a command to one of the organization's batteries (docs: /api/v1/openapi.json).
 * Validated with zod, decided by lib/operations (Grid Services, enrollment, Storm Guard), stored as queued or
 * skipped; refusals store nothing. The operations worker sends it to the battery within seconds.
 */
export async function POST(request: Request) {
  try {
    const caller = await authenticateApiKey(request.headers.get("authorization"));
    if (!caller) return unauthorized();
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return problem(400, "invalid_json", "The body must be a JSON object.");
    }
    const parsed = ZCommandRequestSchema.safeParse(body);
    if (!parsed.success) {
      return problem(400, "invalid_command", "The command is not valid; see fields.", fieldErrorsOf(parsed.error));
    }
    const created = await createCommand(caller.organizationId, parsed.data);
    if (!created.ok) return problem(created.httpStatus, created.code, created.message);
    const stored = created.command;
    return Response.json(commandJson(stored), { status: 201, headers: { location: `/api/v1/commands/${stored.id}` } });
  } catch (error) {
    if (isDatabaseUnavailableError(error)) return problem(503, "database_unavailable", "The database is not reachable. Try again in a moment; nothing was stored.");
    console.error("POST /api/v1/commands failed", error);
    return problem(500, "internal_error", "The command could not be handled; nothing was stored. Try again in a moment.");
  }
}
