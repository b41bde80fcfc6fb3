#!/bin/sh
# One-shot job (temporalio/admin-tools): creates Temporal's schemas in the `temporal` and
# `temporal_visibility` databases on first run and upgrades them to this admin-tools version on
# every later run. The databases and the `temporal` role come from deploy/postgres/roles.sql.
# Pin admin-tools to the same version as temporalio/server: upgrade both together.
set -eu

: "${POSTGRES_SEEDS:?set POSTGRES_SEEDS (the PostgreSQL host)}"
: "${POSTGRES_USER:?set POSTGRES_USER}"
: "${SQL_PASSWORD:?set SQL_PASSWORD}"
port="${DB_PORT:-5432}"
schema_root=/etc/temporal/schema/postgresql/v12

# TLS with the CA of the server's certificate; the tool verifies the host name by default.
tls=""
if [ -n "${SQL_CA:-}" ]; then
    tls="--tls --tls-ca-file $SQL_CA"
fi

sql() {
    # shellcheck disable=SC2086  # $tls is several words on purpose
    temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$port" \
        -u "$POSTGRES_USER" $tls --db "$@"
}

for pair in temporal:temporal temporal_visibility:visibility; do
    db="${pair%%:*}"
    dir="${pair##*:}"
    # Creates the version table on a new database; fails harmlessly on an existing one.
    sql "$db" setup-schema -v 0.0 || echo "$db: schema already initialised"
    # The real work, and the real check: fails if the database cannot be brought up to date.
    sql "$db" update-schema -d "$schema_root/$dir/versioned"
done
echo "Temporal schemas are up to date"
