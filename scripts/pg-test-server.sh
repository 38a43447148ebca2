#!/usr/bin/env bash
# pg-test-server.sh starts or stops a throw-away PostgreSQL for tests and
# local runs: a fresh cluster in a temporary folder, listening on 127.0.0.1
# only, trust authentication for local connections, fsync off (test data).
#
#   scripts/pg-test-server.sh start [DIR [PORT]]   # prints the DSN on stdout
#   scripts/pg-test-server.sh stop  [DIR]
#
# As root it runs initdb and postgres as the 'postgres' user (PostgreSQL
# refuses to run as root). It needs Debian's postgresql package
# (apt-get install -y postgresql). Typical use:
#
#   export CHRONICLE_TEST_PG=$(scripts/pg-test-server.sh start)
#   go test ./internal/store/ ./internal/cli/
#   scripts/pg-test-server.sh stop
set -euo pipefail

cmd=${1:-}
dir=${2:-${TMPDIR:-/tmp}/chronicle-pg}
port=${3:-55432}

bin=""
for d in /usr/lib/postgresql/*/bin; do
	[ -x "$d/initdb" ] && bin=$d
done
if [ -z "$bin" ]; then
	echo "pg-test-server: no PostgreSQL found (apt-get install -y postgresql)" >&2
	exit 1
fi

# as runs a command as the database owner: postgres when we are root.
as() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

case "$cmd" in
start)
	if [ -f "$dir/data/postmaster.pid" ]; then
		as "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
	fi
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	as "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
		{ cat "$dir/initdb.log" >&2; exit 1; }
	as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
		start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
	as "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qAt -c "CREATE DATABASE chronicle" >/dev/null
	echo "postgres://postgres@127.0.0.1:$port/chronicle?sslmode=disable"
	;;
stop)
	if [ -f "$dir/data/postmaster.pid" ]; then
		as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: $0 start [DIR [PORT]] | stop [DIR]" >&2
	exit 2
	;;
esac
