import { parseId } from "@/lib/validation/ids";
import { findCompanyLogo } from "@/lib/server/data/company-profile";
import { isDatabaseUnavailableError } from "@/lib/server/db/errors";

export const dynamic = "force-dynamic";

/**
 * An organization's logo, public: the customer link and the PDF show it to people who never sign in, and a logo
 * is not a secret. Always the PNG Gridfolio re-encoded at upload (lib/server/branding/logo-image.ts), never the file
 * as sent. Pages address it as ?v=<logoVersion>: that address never changes content, so it is cached for a year;
 * any other address (no version, an old one) is revalidated each time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ organizationId: string }> }) {
  const organizationId = parseId((await params).organizationId);
  if (!organizationId) return notFound();
  try {
    const logo = await findCompanyLogo(organizationId);
    if (!logo) return notFound();
    const isCurrent = new URL(request.url).searchParams.get("v") === String(logo.version);
    return new Response(Buffer.from(logo.png), {
      headers: {
        "content-type": "image/png",
        "x-content-type-options": "nosniff",
        "content-disposition": "inline",
        "cache-control": isCurrent ? "public, max-age=31536000, immutable" : "public, no-cache",
      },
    });
  } catch (error) {
    if (!isDatabaseUnavailableError(error)) throw error;
    return new Response("The database is not reachable. Try again in a moment.", { status: 503, headers: { "cache-control": "no-store" } });
  }
}

function notFound() {
  return new Response("No logo", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff", "cache-control": "no-store" } });
}
