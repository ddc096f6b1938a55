import type { ReactNode } from "react";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";

/**
 * Renders a page body, or a plain explanation when the database cannot be reached.
 * Production builds hide server error messages, so this case is caught where the page loads its data.
 */
export async function withDatabase(render: () => Promise<ReactNode>): Promise<ReactNode> {
  try {
    return await render();
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    console.error("Database unreachable", error);
    return <DatabaseUnavailable />;
  }
}

export function DatabaseUnavailable() {
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-xl border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-lg font-semibold text-amber-950">The database is not reachable</h1>
      <p className="mt-2 text-sm text-amber-900">
        Gridfolio could not connect to its database, so this page cannot be shown right now. Nothing has been changed. Try again in a
        moment; if it keeps happening, please report it to your installer or your Gridfolio administrator.
      </p>
    </div>
  );
}
