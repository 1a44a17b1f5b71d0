#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the sco-demo round-trip test.
#
# On success prints three lines on stdout, which .ci/run exports:
#   SCO_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:PORT/DB
#   SCO_TEST_POSTGRES_USER=...
#   SCO_TEST_POSTGRES_PASSWORD=...
# When PostgreSQL cannot be installed or started, prints one line starting with
# "postgres.sh: SKIP:" and exits 0 without a URL: the PostgreSQL test is then skipped.
# Progress and diagnostics go to stderr.
#
# Settings (environment): SCO_PG_LIB (default /usr/lib/postgresql), SCO_PG_PORT (default 55432), SCO_PG_DIR (default
# ${TMPDIR:-/tmp}/sco-ci-postgres), SCO_PG_DB / SCO_PG_USER / SCO_PG_PASSWORD (default scofacts).
# Stop the server with: .ci/postgres.sh stop
set -uo pipefail

PORT="${SCO_PG_PORT:-55432}"
DIR="${SCO_PG_DIR:-${TMPDIR:-/tmp}/sco-ci-postgres}"
DB="${SCO_PG_DB:-scofacts}"
PGUSER_NAME="${SCO_PG_USER:-scofacts}"
PGPASS="${SCO_PG_PASSWORD:-scofacts}"
DATA="$DIR/data"

log() { echo "postgres.sh: $*" >&2; }
skip() { echo "postgres.sh: SKIP: $* (the PostgreSQL round-trip test will be skipped)"; exit 0; }

# Runs a command as the server's owner: PostgreSQL refuses to run as root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_bin() {
    local dir
    for dir in $(ls -d "${SCO_PG_LIB:-/usr/lib/postgresql}"/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

BIN="$(find_bin)"

if [ "${1:-}" = "stop" ]; then
    [ -n "$BIN" ] && [ -d "$DATA" ] && as_owner "$BIN/pg_ctl" -D "$DATA" -m fast stop >&2
    exit 0
fi

if [ -z "$BIN" ]; then
    command -v apt-get >/dev/null 2>&1 || skip "PostgreSQL is not installed and apt-get is not available"
    if [ "$(id -u)" -ne 0 ]; then
        skip "PostgreSQL is not installed and installing it needs root (running as $(id -un))"
    fi
    log "installing PostgreSQL from the Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    # The package's own cluster is not needed: we run our own below.
    mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/sco-ci.conf
    if ! { apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2; }; then
        skip "apt-get install -y postgresql failed"
    fi
    BIN="$(find_bin)" || skip "PostgreSQL was installed but initdb/pg_ctl were not found under /usr/lib/postgresql"
fi
log "using $BIN"

if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    skip "running as root and there is no 'postgres' user to own the server"
fi

mkdir -p "$DIR" || skip "cannot create $DIR"
[ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"

if [ ! -f "$DATA/PG_VERSION" ]; then
    log "creating a cluster in $DATA"
    pwfile="$DIR/pwfile"
    echo "$PGPASS" > "$pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$pwfile"
    if ! as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
            --pwfile="$pwfile" -E UTF8 --locale=C >&2; then
        skip "initdb failed"
    fi
    rm -f "$pwfile"
fi

if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    log "server already running"
else
    log "starting the server on 127.0.0.1:$PORT"
    if ! as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR" start >&2; then
        tail -n 20 "$DIR/server.log" >&2 2>/dev/null
        skip "the server did not start on 127.0.0.1:$PORT"
    fi
fi

psql_admin() { as_owner "$BIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$PGUSER_NAME'")" != "1" ]; then
    psql_admin -c "create role \"$PGUSER_NAME\" login password '$PGPASS'" >&2 || skip "cannot create role $PGUSER_NAME"
fi
if [ "$(psql_admin -c "select 1 from pg_database where datname = '$DB'")" != "1" ]; then
    psql_admin -c "create database \"$DB\" owner \"$PGUSER_NAME\"" >&2 || skip "cannot create database $DB"
fi

echo "SCO_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$PORT/$DB"
echo "SCO_TEST_POSTGRES_USER=$PGUSER_NAME"
echo "SCO_TEST_POSTGRES_PASSWORD=$PGPASS"
