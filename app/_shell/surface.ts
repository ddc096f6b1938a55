/**
 * Which frame a page is drawn in: the signed-in app (header, navigation, account menu) or the customer's
 * (nothing of Gridfolio's: the installer's brand, drawn by the page itself). proxy.ts sets the header on /share/*
 * requests, and removes any copy a visitor sent on every other request.
 */
export const SURFACE_HEADER = "x-gridfolio-surface";

export type Surface = "app" | "customer";

export function surfaceOf(headers: Pick<Headers, "get">): Surface {
  return headers.get(SURFACE_HEADER) === "customer" ? "customer" : "app";
}
