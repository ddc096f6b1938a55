import { parseId } from "@/lib/actions/ids";
import { getOption } from "@/lib/data/options";
import { isDatabaseUnavailableError } from "@/lib/db/errors";
import { evaluateStoredOption } from "@/lib/proposal/evaluate";
import { parseParticipation } from "@/lib/proposal/participation";
import { buildSavingsTable, savingsTableToCsv } from "@/lib/proposal/savings-table";
import { getAccess } from "@/lib/auth/access";

export const dynamic = "force-dynamic";

/** The savings breakdown as CSV, from the same engine run and table model as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string; optionId: string }> }) {
  const { projectId, optionId } = await params;
  if (!parseId(projectId) || !parseId(optionId)) return new Response("Not found", { status: 404 });
  try {
    const result = await getAccess();
    if (result.kind !== "member") return new Response("Sign in to download this file.", { status: 401 });
    const option = await getOption(result.access.organizationId, projectId, optionId);
    if (!option) return new Response("Not found", { status: 404 });
    const participation = parseParticipation(new URL(request.url).searchParams.get("participation"));
    const table = buildSavingsTable(evaluateStoredOption(option, { participation }).financials.withGridServices);
    const fileName = `${option.project.customerName} - ${option.name} - savings`.replace(/[^\w .-]+/g, "").trim() || "savings";
    return new Response(savingsTableToCsv(table), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    return new Response("The database is not reachable. Try again in a moment.", { status: 503 });
  }
}
