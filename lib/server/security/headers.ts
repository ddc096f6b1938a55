/**
 * The security headers of every page. Pure, so the policy is tested without a server.
 *
 * Scripts: only Next's own, each carrying this response's nonce ('strict-dynamic' lets them load their chunks);
 * no inline script runs without the nonce. Styles allow inline attributes because React renders `style`
 * props (charts, progress bars) as attributes, which a nonce cannot cover. Nothing may frame the app.
 */
export function contentSecurityPolicy(nonce: string, { development = false, https = false }: { development?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // Development only: React's dev build evaluates code for its debugging features.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
