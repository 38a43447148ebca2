#!/usr/bin/env bash
# bench-queue.sh measures articles/s through the whole scale-out path:
# chronicle enqueue -> NATS JetStream -> K chronicle worker processes ->
# PostgreSQL, for K in WORKERS (default "1 2 4"), on this machine only
# (loopback). Each run gets a fresh stream and a fresh database.
#
#   scripts/bench-queue.sh [N_ARTICLES [WORKERS]]
#
# Needs nats-server (apt-get install -y nats-server), PostgreSQL
# (apt-get install -y postgresql) and python3 for the synthetic corpus.
# It prints one line per run and the stored bytes per article.
set -euo pipefail
cd "$(dirname "$0")/.."

n=${1:-600}
workers=${2:-"1 2 4"}
tmp=$(mktemp -d)
port=$((24000 + RANDOM % 1000))
nats_url="nats://127.0.0.1:$port"
nats_pid=""

cleanup() {
	[ -n "$nats_pid" ] && kill "$nats_pid" 2>/dev/null || true
	scripts/pg-test-server.sh stop "$tmp/pg" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT

go build -o "$tmp/chronicle" ./cmd/chronicle
bin=$tmp/chronicle
chmod 755 "$tmp" # the postgres user must reach its data folder
admin=$(scripts/pg-test-server.sh start "$tmp/pg" $((port + 1)))

# Synthetic news: sentences of the bundled examples, reshuffled and
# numbered so that no two articles are duplicates (about 3 KB each).
python3 - "$tmp/corpus" "$n" <<'PY'
import os, random, re, sys
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out)
sents = []
for f in sorted(os.listdir("examples")):
    if f.endswith(".txt"):
        sents += re.split(r"(?<=[.!?”])\s+", open(os.path.join("examples", f)).read())
sents = [s.strip() for s in sents if len(s.split()) > 5]
for i in range(n):
    r = random.Random(i)
    body = " ".join(r.sample(sents, min(18, len(sents))))
    open(os.path.join(out, "a%05d.txt" % i), "w").write("Report %d. %s\n" % (i, body))
PY

for k in $workers; do
	rm -rf "$tmp/js"
	[ -n "$nats_pid" ] && { kill "$nats_pid"; wait "$nats_pid" 2>/dev/null || true; }
	nats-server -a 127.0.0.1 -p "$port" -js -sd "$tmp/js" >"$tmp/nats.log" 2>&1 &
	nats_pid=$!
	sleep 0.5
	db=${admin%/chronicle*}/bench_$k?sslmode=disable
	psql "$admin" -qAt -c "DROP DATABASE IF EXISTS bench_$k" -c "CREATE DATABASE bench_$k" >/dev/null
	"$bin" enqueue --queue "$nats_url" --published 2025-08-19 "$tmp/corpus" 2>/dev/null
	"$bin" queue status --queue "$nats_url" >/dev/null
	start=$(date +%s.%N)
	pids=()
	for _ in $(seq "$k"); do
		GOMAXPROCS=1 "$bin" worker --queue "$nats_url" --db "$db" --workers 1 --idle-exit 2s 2>>"$tmp/workers.log" &
		pids+=($!)
	done
	while :; do
		done_n=$("$bin" queue status --queue "$nats_url" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["done"])')
		[ "$done_n" -ge "$n" ] && break
		sleep 0.2
	done
	end=$(date +%s.%N)
	wait "${pids[@]}" || true
	stored=$(psql "$db" -qAt -c "SELECT count(*) FROM articles")
	bytes=$(psql "$db" -qAt -c "SELECT pg_database_size(current_database()) - (SELECT pg_database_size('template1'))")
	awk -v k="$k" -v n="$n" -v s="$stored" -v t0="$start" -v t1="$end" -v b="$bytes" 'BEGIN {
		t = t1 - t0; printf "workers=%d articles=%d stored=%d seconds=%.1f articles_per_s=%.1f per_worker=%.1f pg_bytes_per_article=%.0f\n", k, n, s, t, n / t, n / t / k, b / s }'
done
