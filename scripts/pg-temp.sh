#!/usr/bin/env bash
# Sourced: starts a throwaway PostgreSQL cluster on 127.0.0.1 and exports NEWINFRA_TEST_PG_URL.
# Call pg_temp_stop when done. As root the server runs as the `postgres` user (it refuses root).
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/newinfra-pg.XXXXXX)
pg_port=${NEWINFRA_TEST_PG_PORT:-55432}
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
export NEWINFRA_TEST_PG_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
pg_temp_stop() {
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
