#!/usr/bin/env bash
# A local PostgreSQL for aboutmod's tests and development (docs/postgres.md), set up once:
#   sudo scripts/postgres-dev.sh      (or as root; CI runs it from .ci/run)
# Installs Debian's postgresql when missing, starts its cluster, waits until it accepts connections and
# creates the login role aboutmod (superuser: the tests create and drop a database per test file).
# Safe to run again: a running cluster and an existing role are left as they are.
# Then: export TEST_DATABASE_URL=postgres://aboutmod:aboutmod@127.0.0.1:5432/postgres (the tests' default).
set -euo pipefail

SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
# psql as the cluster's owner (peer authentication): runuser when root, sudo otherwise.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

# The newest installed major version (15 on Debian 12); its cluster "main" (a container's install may have none yet).
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters --no-header | awk '{print $1, $2}' | grep -qx "$version main"; then
  $SUDO pg_createcluster "$version" main >/dev/null
fi
if ! $SUDO pg_ctlcluster "$version" main status >/dev/null 2>&1; then
  $SUDO pg_ctlcluster "$version" main start
fi

port=$(pg_lsclusters --no-header | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "postgres-dev.sh: PostgreSQL $version did not accept connections on 127.0.0.1:$port within 30 s" >&2; exit 1; }

if [ "$(as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'aboutmod'")" != "1" ]; then
  as_postgres psql -p "$port" -q -c "CREATE ROLE aboutmod LOGIN SUPERUSER PASSWORD 'aboutmod'"
fi

echo "PostgreSQL $version ready: TEST_DATABASE_URL=postgres://aboutmod:aboutmod@127.0.0.1:$port/postgres"
