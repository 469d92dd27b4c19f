#!/usr/bin/env bash
# Measures the embedded service: builds both programs in Release, then for each run starts the service on a fresh
# SQLite file, runs the load generator against it and stops the service (by its own pid).
# Usage: tests/PrivateTraffic.Core.Load/measure.sh [runs] [extra service options...]
#   e.g. measure.sh 3    or    measure.sh 1 --PoolService:SyncEveryCommit=true
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"; shift || true
port="${PT_LOAD_PORT:-5093}"
dotnet build "$root/samples/PoolService" -c Release -v q -nologo | grep -E "rror\(s\)|error" || true
dotnet build "$root/tests/PrivateTraffic.Core.Load" -c Release -v q -nologo | grep -E "rror\(s\)|error" || true
for run in $(seq 1 "$runs"); do
  work="$(mktemp -d)"
  (cd "$work" && exec dotnet "$root/samples/PoolService/bin/Release/net10.0/PoolService.dll" \
      --urls "http://127.0.0.1:$port" --PoolService:DatabasePath="$work/pools.db" "$@" > "$work/service.log" 2>&1) &
  service=$!
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$port/openapi/v1.json" && break; sleep 0.2; done
  echo "run $run, $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg), service options: ${*:-defaults}"
  cpu() { awk '{print $14 + $15}' "/proc/$(pgrep -P "$service" || echo "$service")/stat" 2>/dev/null || awk '{print $14 + $15}' "/proc/$service/stat"; }
  before=$(cpu)
  dotnet "$root/tests/PrivateTraffic.Core.Load/bin/Release/net10.0/PrivateTraffic.Core.Load.dll" \
      --base-url "http://127.0.0.1:$port" ${PT_LOAD_ARGS:-} || true
  after=$(cpu)
  echo "  service CPU during the run: $(awk -v a="$after" -v b="$before" -v t="$(getconf CLK_TCK)" 'BEGIN{printf "%.1f", (a-b)/t}') s; after: load average $(cut -d' ' -f1-3 /proc/loadavg), files $(du -sh "$work" | cut -f1)"
  kill "$service"; wait "$service" 2>/dev/null || true
  rm -rf "$work"
done
