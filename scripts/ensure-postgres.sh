#!/usr/bin/env bash
# The Linear service's store tests also run against a real PostgreSQL server, started in a temporary
# directory from Debian's binaries (/usr/lib/postgresql/*/bin): install the package when they are missing.
# Only the binaries are needed; the tests never use the cluster Debian's package sets up.
set -euo pipefail

compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null && exit 0

if ! command -v apt-get >/dev/null; then
  echo "ensure-postgres: no /usr/lib/postgresql/*/bin/pg_ctl and this system has no apt-get; install PostgreSQL by hand." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "ensure-postgres: installing PostgreSQL from Debian's packages" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
