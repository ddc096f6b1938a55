#!/usr/bin/env bash
# The whole suite, as `npm test` runs it after `npm install`: installs what the tests need from Debian
# packages when it is missing (Chromium, poppler-utils, PostgreSQL), then type-checks, runs the unit and
# integration tests against the embedded database and a throwaway PostgreSQL, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "Installing $* needs root (or sudo)." >&2; return 1
  fi
}

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing from Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== Prisma client"
npm run -s prisma:generate

echo "== Type check"
npx tsc --noEmit

echo "== Lint (ESLint: Next.js and TypeScript rules)"
npx eslint .

echo "== Unit and integration tests (embedded database and a throwaway PostgreSQL)"
bash scripts/with-postgres.sh npx vitest run

echo "== Browser tests (Playwright in Debian's Chromium; the multi-server spec uses a throwaway PostgreSQL)"
bash scripts/with-postgres.sh npx playwright test
