#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests (Debian's postgresql package, no system service):
#   scripts/pg.sh start DIR [PORT]   initialises DIR, starts the server, prints its superuser URL
#   scripts/pg.sh stop DIR           stops it (immediately) and removes DIR
# Passwords are checked with scram-sha-256 and every connection is logged (log_connections), as
# a team's server would be set up. fsync is off: the data is thrown away afterwards.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?DIR}
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case $cmd in
  start)
    port=${3:-55432}
    # DIR's parent must be reachable by the postgres user when this runs as root (e.g. a
    # fresh `mktemp -d`, which is itself made reachable here).
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; chmod 0755 "$dir"; fi
    pw=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    (umask 077; printf '%s\n' "$pw" > "$dir/pw")
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pw"; fi
    as_pg "$BIN/initdb" -D "$dir/data" -A scram-sha-256 --pwfile="$dir/pw" -U dv_super -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c log_connections=on -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgres://dv_super:$pw@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
esac
