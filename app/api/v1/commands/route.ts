import { authenticateApiKey } from "@/lib/api/keys";
import { commandJson } from "@/lib/api/command-json";
import { toBatteryDevice } from "@/lib/api/devices";
import { problem, unauthorized } from "@/lib/api/problems";
import { getDb } from "@/lib/db/client";
import { isDatabaseUnavailableError } from "@/lib/db/errors";
import { decideCommand, ZCommandRequestSchema } from "@/lib/operations";
import { fieldErrorsOf } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/commands — a command to one of the organization's batteries (docs: /api/v1/openapi.json).
 * Validated with zod, decided by lib/operations (Grid Services, enrollment, Storm Guard), stored as queued or
 * skipped; refusals store nothing.
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
    const db = getDb();
    const [row, organization] = await Promise.all([
      db.device.findFirst({ where: { id: parsed.data.deviceId, organizationId: caller.organizationId }, include: { enrollments: true } }),
      db.organization.findUniqueOrThrow({ where: { id: caller.organizationId }, select: { gridServicesEnabled: true } }),
    ]);
    const loaded = row ? toBatteryDevice(row) : null;
    const decision = decideCommand({ command: parsed.data, device: loaded?.device ?? null, enrollments: loaded?.enrollments ?? [], gridServicesOn: organization.gridServicesEnabled, now: new Date() });
    if (decision.kind === "refused") return problem(decision.httpStatus, decision.code, decision.message);
    const { command } = decision;
    const stored = await db.deviceCommand.create({
      data: {
        organizationId: caller.organizationId,
        deviceId: command.deviceId,
        action: command.action,
        powerKw: command.powerKw,
        startAt: command.startAt,
        endAt: command.endAt,
        enableGridInteraction: command.enableGridInteraction,
        status: command.status,
        skipReason: command.skipReason,
        failureReason: command.failureReason,
        history: command.history.map((step) => ({ ...step, at: step.at.toISOString() })),
      },
    });
    return Response.json(commandJson(stored), { status: 201, headers: { location: `/api/v1/commands/${stored.id}` } });
  } catch (error) {
    if (isDatabaseUnavailableError(error)) return problem(503, "database_unavailable", "The database is not reachable. Try again in a moment; nothing was stored.");
    console.error("POST /api/v1/commands failed", error);
    return problem(500, "internal_error", "The command could not be handled; nothing was stored. Try again in a moment.");
  }
}
