import { parseId } from "@/lib/validation/ids";
import { getOption } from "@/lib/server/data/options";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";
import { csvFileName, proposalCsv } from "@/lib/proposal/csv";
import { proposalViewOf } from "@/lib/proposal/evaluate";
import { parseParticipation } from "@/lib/proposal/participation";
import { getAccess } from "@/lib/server/auth/access";

export const dynamic = "force-dynamic";

/** The live proposal as CSV (pricing, then the savings breakdown), from the same proposal view as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string; optionId: string }> }) {
  const { projectId, optionId } = await params;
  if (!parseId(projectId) || !parseId(optionId)) return new Response("Not found", { status: 404 });
  try {
    const result = await getAccess();
    if (result.kind !== "member") return new Response("Sign in to download this file.", { status: 401 });
    const option = await getOption(result.access.organizationId, projectId, optionId);
    if (!option) return new Response("Not found", { status: 404 });
    const participation = parseParticipation(new URL(request.url).searchParams.get("participation"));
    const view = proposalViewOf(option, { participation });
    return new Response(proposalCsv(view), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${csvFileName(view, "savings")}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    return new Response("The database is not reachable. Try again in a moment.", { status: 503 });
  }
}
