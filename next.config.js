import { staticSecurityHeaders } from "./lib/server/security/static-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "playwright-core"],
  // The browser tests build into their own folder so they never clobber a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 for a member whose role does not allow a page.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // Customer links are private: no search engine may index them, whatever the page says.
      { source: "/share/:token*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }] },
    ];
  },
};

export default nextConfig;
