#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL server:
#
#   scripts/with-postgres.sh npx vitest run
#
# Starts PostgreSQL (initdb as user `postgres` in a temporary folder, a free port on 127.0.0.1, trust
# authentication, no fsync), exports TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:PORT/postgres, runs the
# command, then stops the server and deletes its folder whatever happens, and exits with the command's code.
# Installs the Debian `postgresql` package when no server binaries are found (as root, e.g. on CI).
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh COMMAND [ARGS...]" >&2
  exit 2
fi

find_bindir() {
  local dir
  # The newest installed major version wins (sort -V orders 9.6 < 15 < 16).
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    echo "with-postgres: installing PostgreSQL needs root (or sudo)." >&2
    return 1
  fi
}

bindir="$(find_bindir || true)"
if [ -z "$bindir" ]; then
  echo "with-postgres: PostgreSQL server binaries not found; installing the Debian package 'postgresql'." >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bindir="$(find_bindir || true)"
  if [ -z "$bindir" ]; then
    echo "with-postgres: PostgreSQL server binaries still not found under /usr/lib/postgresql/*/bin." >&2
    exit 1
  fi
fi

# initdb refuses to run as root, so the server runs as the `postgres` system user when we are root.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
    fi
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

workdir="$(mktemp -d "${TMPDIR:-/tmp}/gridfolio-pg.XXXXXX")"
chmod 755 "$workdir"
datadir="$workdir/data"
logfile="$workdir/server.log"
mkdir -p "$datadir"
[ "$(id -u)" -eq 0 ] && chown -R postgres: "$workdir"

started=0
cleanup() {
  local code=$?
  if [ "$started" -eq 1 ]; then
    as_server_user "$bindir/pg_ctl" -D "$datadir" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$workdir"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_server_user "$bindir/initdb" -D "$datadir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >/dev/null

# A port taken between free_port and pg_ctl start makes the start fail: try a few ports.
for attempt in 1 2 3 4 5; do
  port="$(free_port)"
  if as_server_user "$bindir/pg_ctl" -D "$datadir" -l "$logfile" -w -t 30 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $workdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null; then
    started=1
    break
  fi
  echo "with-postgres: the server did not start on port $port (attempt $attempt)." >&2
done
if [ "$started" -ne 1 ]; then
  echo "with-postgres: could not start PostgreSQL; its log follows." >&2
  cat "$logfile" >&2 || true
  exit 1
fi

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') at $TEST_DATABASE_URL" >&2

set +e
"$@"
code=$?
set -e
exit "$code"
