import { headers } from "next/headers";
import { rateLimitKeys, SIGNED_PDF_PER_CLIENT, SIGNED_PDF_PER_LINK } from "@/lib/server/api/rate-limits";
import { describeRetryAfter } from "@/lib/server/auth/rate-limit";
import { hitRateLimit } from "@/lib/server/data/rate-limit-counters";
import { findSharedVersion } from "@/lib/server/data/versions";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";
import { paperOf, pdfFileName } from "@/lib/server/pdf/file-name";
import { PdfUnavailableError, renderPdf } from "@/lib/server/pdf/render";
import { clientAddress } from "@/lib/server/security/client-address";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...extra } });

const tooMany = (retryAfterSeconds: number) =>
  plain(429, `Too many downloads from this link. Wait ${describeRetryAfter(retryAfterSeconds)} and try again.`, { "retry-after": String(retryAfterSeconds) });

/**
 * The customer's signed proposal as a PDF (US Letter, or A4 with ?paper=a4), printed from their own link's page, so
 * it carries their signature and the acceptance certificate exactly as the link shows them. Public like the link:
 * the unguessable token is the only key. An unknown, revoked or expired token is a 404, a link not yet accepted a
 * 409 (there is nothing signed to download). Downloads are limited per client address, counted before the link is
 * looked up so that guessing tokens here is slow, and per link.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    const client = clientAddress(await headers());
    if (client) {
      const perClient = await hitRateLimit(rateLimitKeys.signedPdfClient(client), SIGNED_PDF_PER_CLIENT);
      if (!perClient.allowed) return tooMany(perClient.retryAfterSeconds);
    }
    const shared = await findSharedVersion(token);
    if (!shared) return plain(404, "Not found");
    const { link, version } = shared;
    if (!version.acceptedAt) return plain(409, "This proposal is not signed yet: accept it on its page first, or print the page as it is.");
    const perLink = await hitRateLimit(rateLimitKeys.signedPdfLink(link.id), SIGNED_PDF_PER_LINK);
    if (!perLink.allowed) return tooMany(perLink.retryAfterSeconds);
    const url = new URL(request.url);
    // No cookies: the customer's page needs none, and the headless browser must see exactly what the link shows.
    const pdf = await renderPdf({ url: new URL(`/share/${encodeURIComponent(token)}`, url.origin).toString(), cookies: [], paper: paperOf(url) });
    const name = pdfFileName(version.snapshot.option.project.customerName, version.number, "signed proposal");
    return new Response(new Uint8Array(pdf), {
      // next.config.js marks everything under /share/ noindex, this download included.
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store" },
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) return plain(503, error.message);
    if (isDatabaseUnavailableError(error)) return plain(503, "The database is not reachable. Try again in a moment.");
    console.error("Signed PDF export failed", error);
    return plain(500, "The PDF could not be produced. Try again in a moment.");
  }
}
