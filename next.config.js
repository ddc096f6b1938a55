import { staticSecurityHeaders } from "./lib/server/security/static-headers.js";

// Files in public/ are served under their own names: unlike /_next/static, the build does not put a content hash in
// them, so a browser that kept one for a year would never see it change. Pages therefore reference them with a
// version query (/favicon.svg?v=1, /demo/logo.svg?v=1), bumped whenever a file changes; only a request carrying that
// query is promised "immutable". The bare name keeps Next's default (revalidate every time).
const versionedPublicAssets = ["/favicon.svg", "/og.png", "/og.svg", "/demo/:path*"].map((source) => ({
  source,
  has: [{ type: "query", key: "v" }],
  headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
}));

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "playwright-core"],
  // The browser tests build into their own folder so they never clobber a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for a member whose role does not allow a page.
  // serverActions.bodySizeLimit: a year of Green Button readings is posted to a server action and can pass the
  // 1 MB default; the form refuses files over 5 MB (lib/validation/usage-and-rates.ts), the form's fields need the rest.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // Customer links are private: no search engine may index them, whatever the page says.
      { source: "/share/:token*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] },
      ...versionedPublicAssets,
    ];
  },
};

export default nextConfig;
