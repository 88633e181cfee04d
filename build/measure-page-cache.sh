#!/usr/bin/env bash
# Requests per second and latency of one public page with the output cache on and off, measured with wrk
# (Debian's package) against a Release build on SQLite with the default recipe.
# Usage: build/measure-page-cache.sh [path] [seconds]   (default /tramites/empadronamiento, 20 s per run)
set -euo pipefail
cd "$(dirname "$0")/.."
path="${1:-/tramites/empadronamiento}"
seconds="${2:-20}"
command -v wrk >/dev/null || { sudo -n true 2>/dev/null && s=sudo || s=; $s apt-get install -y -qq wrk >/dev/null; }
out="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT

dotnet publish src/Web/Portal.Web.csproj -c Release -o "$out/app" --nologo -v quiet >/dev/null

port=5098
run() {
  local cache="$1"
  ASPNETCORE_URLS="http://127.0.0.1:$port" Portal__Database__AppDataPath="$out/data" Portal__OutputCache__Enabled="$cache" \
    Portal__Admin__Password="Medicion-Cache-2026!" Logging__LogLevel__Default=Warning \
    dotnet "$out/app/Portal.Web.dll" --contentRoot "$out/app" >"$out/cache-$cache.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path" || true)" = "200" ] && break
    sleep 0.1
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$path")" = "200" ] || { echo "no 200 on $path"; tail -20 "$out/cache-$cache.log"; exit 1; }
  wrk -t2 -c32 -d3s "http://127.0.0.1:$port$path" >/dev/null   # warm-up: JIT and first renders
  echo "== output cache enabled=$cache, $path"
  echo "-- one connection (the time to serve one request)"
  wrk -t1 -c1 -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|50%|99%"
  echo "-- 32 connections (throughput)"
  wrk -t2 -c32 -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|50%|99%"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

run true
run false
