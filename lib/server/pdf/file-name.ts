import type { Paper } from "./render";

/**
 * The PDF's file name: the customer's name and the version, in characters every system accepts in a file name and
 * a Content-Disposition header (a quote or a slash from the customer's name would break either).
 */
export function pdfFileName(customerName: string, versionNumber: number, kind: "proposal" | "signed proposal"): string {
  const name = `${customerName} - ${kind} v${versionNumber}`.replace(/\s+/g, " ").replace(/[^\w .-]+/g, "").trim();
  return `${name || "proposal"}.pdf`;
}

/** ?paper=a4 prints A4; anything else, or nothing, US Letter. */
export function paperOf(url: URL): Paper {
  return url.searchParams.get("paper") === "a4" ? "a4" : "letter";
}
