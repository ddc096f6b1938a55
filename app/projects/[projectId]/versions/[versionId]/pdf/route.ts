import { cookies } from "next/headers";
import { parseId } from "@/lib/actions/ids";
import { getAccess } from "@/lib/auth/access";
import { getVersion } from "@/lib/data/versions";
import { isDatabaseUnavailableError } from "@/lib/db/errors";
import { PdfUnavailableError, renderPdf } from "@/lib/pdf/render";

export const dynamic = "force-dynamic";

/** The version as a PDF (US Letter, or A4 with ?paper=a4), printed from its own page. */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string; versionId: string }> }) {
  const { projectId, versionId } = await params;
  if (!parseId(projectId) || !parseId(versionId)) return new Response("Not found", { status: 404 });
  try {
    const access = await getAccess();
    if (access.kind !== "member") return new Response("Sign in to download this proposal.", { status: 401 });
    const version = await getVersion(access.access.organizationId, projectId, versionId);
    if (!version) return new Response("Not found", { status: 404 });
    const url = new URL(request.url);
    const paper = url.searchParams.get("paper") === "a4" ? "a4" : "letter";
    const pdf = await renderPdf({ url: new URL(`/projects/${projectId}/versions/${versionId}`, url.origin).toString(), cookies: (await cookies()).getAll(), paper });
    const name = `${version.snapshot.option.project.customerName} - proposal v${version.number}`.replace(/[^\w .-]+/g, "").trim() || "proposal";
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}.pdf"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) return new Response(error.message, { status: 503 });
    if (isDatabaseUnavailableError(error)) return new Response("The database is not reachable. Try again in a moment.", { status: 503 });
    console.error("PDF export failed", error);
    return new Response("The PDF could not be produced. Try again in a moment.", { status: 500 });
  }
}
