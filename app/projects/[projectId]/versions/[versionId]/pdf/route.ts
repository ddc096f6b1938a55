import { cookies } from "next/headers";
import { parseId } from "@/lib/validation/ids";
import { PDF_PER_ORGANIZATION, rateLimitKeys } from "@/lib/server/api/rate-limits";
import { getAccess } from "@/lib/server/auth/access";
import { describeRetryAfter } from "@/lib/server/auth/rate-limit";
import { hitRateLimit } from "@/lib/server/data/rate-limit-counters";
import { getVersion } from "@/lib/server/data/versions";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";
import { paperOf, pdfFileName } from "@/lib/server/pdf/file-name";
import { PdfUnavailableError, renderPdf } from "@/lib/server/pdf/render";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });

/**
 * The version as a PDF (US Letter, or A4 with ?paper=a4; any other value is Letter), printed from its own page.
 * Members only; a customer downloads theirs, once signed, through their link (app/share/[token]/pdf). Each PDF holds
 * a headless browser page, so an organization gets PDF_PER_ORGANIZATION of them; only downloads that would be printed
 * count.
 */
export async function GET(request: Request, { params }: { params: Promise<{ projectId: string; versionId: string }> }) {
  try {
    const ids = await params;
    const projectId = parseId(ids.projectId);
    const versionId = parseId(ids.versionId);
    if (!projectId || !versionId) return plain(404, "Not found");
    const access = await getAccess();
    if (access.kind !== "member") return plain(401, "Sign in to download this proposal.");
    const { organizationId } = access.access;
    const version = await getVersion(organizationId, projectId, versionId);
    if (!version) return plain(404, "Not found");
    const limit = await hitRateLimit(rateLimitKeys.pdf(organizationId), PDF_PER_ORGANIZATION);
    if (!limit.allowed) {
      return plain(429, `Too many PDFs for this organization: at most ${PDF_PER_ORGANIZATION.max} every ${PDF_PER_ORGANIZATION.windowSeconds / 60} minutes. Wait ${describeRetryAfter(limit.retryAfterSeconds)} and try again.`, {
        "retry-after": String(limit.retryAfterSeconds),
      });
    }
    const url = new URL(request.url);
    const pdf = await renderPdf({ url: new URL(`/projects/${projectId}/versions/${versionId}`, url.origin).toString(), cookies: (await cookies()).getAll(), paper: paperOf(url) });
    const name = pdfFileName(version.snapshot.option.project.customerName, version.number, "proposal");
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) return plain(503, error.message);
    if (isDatabaseUnavailableError(error)) return plain(503, "The database is not reachable. Try again in a moment.");
    console.error("PDF export failed", error);
    return plain(500, "The PDF could not be produced. Try again in a moment.");
  }
}
