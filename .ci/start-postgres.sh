#!/usr/bin/env bash
# Start Debian's PostgreSQL on 127.0.0.1:5432 and create the test role and database.
set -euo pipefail
SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
if [ "$(id -u)" = 0 ]; then ASPG="runuser -u postgres --"; else ASPG="sudo -u postgres"; fi
if command -v pg_lsclusters >/dev/null 2>&1; then
  ver=$(ls /usr/lib/postgresql | sort -V | tail -n1)
  if ! pg_lsclusters -h | grep -q .; then
    $SUDO pg_createcluster "$ver" main >/dev/null
  fi
  cluster=$(pg_lsclusters -h | head -n1 | awk '{print $1" "$2}')
  $SUDO pg_ctlcluster $cluster start 2>/dev/null || true
else
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
for i in $(seq 1 30); do
  $ASPG psql -qtAc "SELECT 1" >/dev/null 2>&1 && break
  sleep 1
done
$ASPG psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='linimasa'" | grep -q 1 \
  || $ASPG psql -qc "CREATE ROLE linimasa LOGIN PASSWORD 'linimasa' CREATEDB"
$ASPG psql -qtAc "SELECT 1 FROM pg_database WHERE datname='linimasa_test'" | grep -q 1 \
  || $ASPG psql -qc "CREATE DATABASE linimasa_test OWNER linimasa"
echo "postgres ready on 127.0.0.1:5432"
