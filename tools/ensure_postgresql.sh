#!/usr/bin/env bash
# Make sure a PostgreSQL server (initdb, pg_ctl) is on this machine for the load tests:
# installs Debian's `postgresql` package only when no server binaries are found.
# Idempotent and quick when the server is already there. Needs root (apt-get) to install.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null; then
    exit 0
fi
echo "ensure_postgresql: no PostgreSQL server binaries; installing Debian's postgresql" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
