// Plain JavaScript because next.config.js loads it: the headers every response carries, whatever the route.
// The content security policy, which needs a fresh nonce per page, is set in proxy.ts.

/** @type {{ key: string; value: string }[]} */
export const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
