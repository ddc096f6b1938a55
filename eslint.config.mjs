// Lint: Next.js's own rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's, run by `npm test`.
// The architecture's boundaries (which ring may import which) are checked by lib/architecture.test.ts, which also
// finds folder cycles; the import restrictions below repeat the two rules an editor should flag as you type.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([".next/**", ".next-*/**", "lib/server/db/generated/**", "node_modules/**", "playwright-report/**", "test-results/**", "artifacts/**", ".data/**", "next-env.d.ts"]),
  {
    rules: {
      // Unused arguments named _x are deliberate (server action signatures).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
]);
