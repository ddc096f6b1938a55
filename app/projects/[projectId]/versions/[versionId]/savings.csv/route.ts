import { parseId } from "@/lib/validation/ids";
import { getAccess } from "@/lib/server/auth/access";
import { getVersion } from "@/lib/server/data/versions";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";
import { csvFileName, proposalCsv } from "@/lib/proposal/csv";
import { versionViewOf } from "@/lib/proposal/snapshot";

export const dynamic = "force-dynamic";

/** A finalized version as CSV: from its stored snapshot, like its page and its PDF, never from the live option. */
export async function GET(_request: Request, { params }: { params: Promise<{ projectId: string; versionId: string }> }) {
  const ids = await params;
  const projectId = parseId(ids.projectId);
  const versionId = parseId(ids.versionId);
  if (!projectId || !versionId) return new Response("Not found", { status: 404 });
  try {
    const result = await getAccess();
    if (result.kind !== "member") return new Response("Sign in to download this file.", { status: 401 });
    const version = await getVersion(result.access.organizationId, projectId, versionId);
    if (!version) return new Response("Not found", { status: 404 });
    const view = versionViewOf(version.snapshot);
    return new Response(proposalCsv(view), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvFileName(view, `version ${version.number}`)}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    return new Response("The database is not reachable. Try again in a moment.", { status: 503 });
  }
}
