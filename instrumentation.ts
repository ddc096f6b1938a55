/**
 * Runs once when a server starts (Next.js instrumentation hook): starts the background workers that send battery
 * commands, follow enrollments, measure grid events and deliver webhooks. Both keep their state in the database,
 * so a restart resumes where the last run stopped.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` runs this too (to prerender); workers there would open the database the server is about to use.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startOperationsWorker }, { startWebhookWorker }] = await Promise.all([import("./lib/server/operations/worker"), import("./lib/server/webhooks/worker")]);
  startOperationsWorker();
  startWebhookWorker();
}
