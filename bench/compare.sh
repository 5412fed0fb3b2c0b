#!/usr/bin/env bash
# Benchmark against the physical limit: returninfo beside nginx serving the
# static export of the same pages at its best (open_file_cache, sendfile,
# gzip_static, long keep-alive), both driven by wrk on this machine, in one
# run. Prints throughput and p50/p99 latency per page type, with and without
# gzip, the ratio to nginx, start-up time to ready and peak memory (RSS).
#
#   bash bench/compare.sh                 # 10 s per measurement, 64 connections
#   DURATION=30s CONNECTIONS=128 bash bench/compare.sh
#
# wrk, nginx and the server share the machine's cores: the ratio, not the
# absolute numbers, is what carries over to other machines.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-10s}
connections=${CONNECTIONS:-64}

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  echo "installing wrk and nginx-light (Debian packages)"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk nginx-light >/dev/null
fi

tmp=$(mktemp -d)
chmod 755 "$tmp" # nginx's workers run as another user
app_pid=""; nginx_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
freeport() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
app_port=$(freeport); nginx_port=$(freeport)

go build -o "$tmp/returninfo" ./cmd/returninfo
"$tmp/returninfo" export -public-url "http://127.0.0.1:$app_port" "$tmp/site" >/dev/null
# nginx serves precompressed files too, as the server does.
find "$tmp/site" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.json' -o -name '*.csv' \) -exec gzip -k -9 {} \;

cat >"$tmp/nginx.conf" <<CONF
# nginx at its best for static files: file descriptors and metadata cached,
# sendfile, precompressed .gz files, long keep-alive, no access log.
worker_processes $(nproc);
worker_cpu_affinity auto;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
daemon off;
events { worker_connections 4096; multi_accept on; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  sendfile_max_chunk 1m;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 300s;
  keepalive_requests 1000000;
  open_file_cache max=10000 inactive=300s;
  open_file_cache_valid 300s;
  open_file_cache_min_uses 1;
  open_file_cache_errors on;
  gzip_static on;
  gzip_vary on;
  types { text/html html; text/css css; text/javascript js; application/json json; text/csv csv; }
  default_type application/octet-stream;
  server {
    listen 127.0.0.1:$nginx_port reuseport backlog=4096;
    root $tmp/site;
    location / { try_files \$uri \$uri/index.html \$uri/index.json =404; }
  }
}
CONF

start=$(date +%s%N)
# Like nginx here (access_log off), no line per request; metrics still count.
RETURNINFO_ASK_RATE=0 "$tmp/returninfo" serve -addr "127.0.0.1:$app_port" -public-url "http://127.0.0.1:$app_port" -access-log=false 2>/dev/null &
app_pid=$!
for _ in $(seq 2000); do curl -fsS "http://127.0.0.1:$app_port/readyz" >/dev/null 2>&1 && break; sleep 0.005; done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
nginx -c "$tmp/nginx.conf" -p "$tmp" 2>/dev/null &
nginx_pid=$!
for i in $(seq 500); do curl -fsS "http://127.0.0.1:$nginx_port/en/" >/dev/null 2>&1 && break; sleep 0.01; done
curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port/en/" || { echo "nginx does not serve the export:"; cat "$tmp/nginx-error.log"; exit 1; }

q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("who pays for my ticket if I am deported"))')
# page type | path on the server | path on nginx (the same page, exported)
pages=(
  "home|/en/|/en/"
  "answer|/nb/a/forced-return-costs|/nb/a/forced-return-costs/"
  "flow step|/en/guide?situation=rejected|/en/guide/"
  "statistics month|/en/statistics/2025-05|/en/statistics/2025-05/"
  "statistics table|/nb/statistics/2025-05/nationality|/nb/statistics/2025-05/nationality/"
  "CSV download|/api/v1/stats/2025-05/by_nationality.csv|/api/v1/stats/2025-05/by_nationality.csv"
  "assistant JSON|/api/v1/ask?lang=en&q=$q|"
)

measure() { # url encoding -> "req/s p50 p99 non2xx"
  local out
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency -H "Accept-Encoding: $2" "$1")
  local rps p50 p99 bad
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  bad=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  echo "$rps $p50 $p99 ${bad:-0}"
}

echo "returninfo vs nginx (static export), wrk -t2 -c$connections -d$duration, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "start-up to ready: ${ready_ms} ms"
printf '%-17s %-8s | %10s %9s %9s | %10s %9s %9s | %6s\n' "page" "encoding" "server r/s" "p50" "p99" "nginx r/s" "p50" "p99" "ratio"
for entry in "${pages[@]}"; do
  IFS='|' read -r name app_path nginx_path <<<"$entry"
  for enc in identity gzip; do
    curl -fsS -o /dev/null "http://127.0.0.1:$app_port$app_path" # warm the page cache
    read -r a_rps a_p50 a_p99 a_bad <<<"$(measure "http://127.0.0.1:$app_port$app_path" "$enc")"
    [ "$a_bad" != 0 ] && echo "  (server: $a_bad non-2xx responses for $name)"
    if [ -n "$nginx_path" ]; then
      read -r n_rps n_p50 n_p99 n_bad <<<"$(measure "http://127.0.0.1:$nginx_port$nginx_path" "$enc")"
      ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN {printf "%.2f", a/n}')
    else
      n_rps="-"; n_p50="-"; n_p99="-"; ratio="-"
    fi
    printf '%-17s %-8s | %10s %9s %9s | %10s %9s %9s | %6s\n' "$name" "$enc" "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" "$ratio"
  done
done
echo "server peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/$app_pid/status), now $(awk '/VmRSS/ {print $2, $3}' /proc/$app_pid/status)"
