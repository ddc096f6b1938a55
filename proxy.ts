/**
 * Runs before every page: gives the response a fresh CSP nonce (Next puts it on its scripts), and sends a visitor
 * without a session cookie to sign in, remembering where they were going. The cookie is only looked at here;
 * pages and actions verify the session in the database.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "./lib/server/security/headers";
import { isCrossSite } from "./lib/server/security/cross-site";
import { isPublicPath } from "./lib/server/security/public-paths";
import { SURFACE_HEADER } from "./app/_shell/surface";

const SESSION_COOKIES = ["gridfolio.session_token", "__Secure-gridfolio.session_token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isServerAction = request.headers.has("next-action");
  // Next refuses a server action posted from another site too, but with a 500; a forged request deserves a 4xx.
  if (isServerAction && isCrossSite(request.headers)) {
    return new NextResponse("Cross-site request refused.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && !isServerAction && !isPublicPath(pathname)) {
    const signIn = new URL("/sign-in", request.url);
    if (pathname !== "/") signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development", https: request.nextUrl.protocol === "https:" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  // The customer's pages (a share link) render without the app's navigation (app/_shell/app-shell.tsx reads this).
  // Set here, never taken from the visitor: a request's own copy of the header is replaced or removed.
  if (pathname.startsWith("/share/")) requestHeaders.set(SURFACE_HEADER, "customer");
  else requestHeaders.delete(SURFACE_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Pages and actions, prefetches included (a prefetched page is still an HTML page and carries the policy); not
    // static files, images or the icon, which need neither a nonce nor a session.
    // Static files of public/ (favicon, social image, the demo logo) are served to anyone, signed in or not, and so
    // are the organizations' logos (app/brand): the customer link shows them to people who never sign in.
    { source: "/((?!_next/static|_next/image|favicon\\.svg|og\\.png|og\\.svg|demo/|brand/|favicon\\.ico).*)" },
  ],
};
