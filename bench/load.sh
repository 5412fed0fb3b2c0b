#!/usr/bin/env bash
# Load test: builds and starts the real server, holds a fixed rate for a fixed
# time on a mix of pages and assistant questions, and prints errors (must be
# zero), p50/p99 latency and the server's peak memory.
#   bash bench/load.sh [RATE] [DURATION]      defaults: 300 requests/s for 60s
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-300}
duration=${2:-60s}
tmp=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -o "$tmp/returninfo" ./cmd/returninfo
go build -o "$tmp/loadtest" ./bench/loadtest
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# The assistant's rate limit is off so the load is not refused by design.
# -public-url: as in production, so release pages are cached.
RETURNINFO_ASK_RATE=0 "$tmp/returninfo" serve -addr "127.0.0.1:$port" -public-url "http://127.0.0.1:$port" 2>"$tmp/server.log" &
pid=$!
for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
echo "load: $rate requests/s for $duration against the real server (pid $pid), $(nproc) cores"
"$tmp/loadtest" -base "http://127.0.0.1:$port" -rate "$rate" -duration "$duration" -pid "$pid"
