import { pingDatabase } from "@/lib/server/data/database-ping";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the test harness: answers 200 only when the database answers. */
export async function GET() {
  try {
    await pingDatabase();
    return Response.json({ ok: true });
  } catch (error) {
    console.error("Health check failed", error);
    const reason = isDatabaseUnavailableError(error) ? "The database is not reachable." : "The database check failed.";
    return Response.json({ ok: false, reason }, { status: 503 });
  }
}
