#!/usr/bin/env bash
# Measures the embedded service: builds both programs in Release, then for each run starts the service on a fresh
# SQLite file, runs the load generator against it and stops the service (by its own pid).
# Usage: tests/PrivateTraffic.Core.Load/measure.sh [runs] [extra service options...]
#   e.g. measure.sh 3    or    measure.sh 1 --PoolService:SyncEveryCommit=true
# PT_LOAD_SERVER=cluster measures the cluster's front instead (samples/PoolCluster --serve: 3 silos, the same routes).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"; shift || true
port="${PT_LOAD_PORT:-5093}"
server="${PT_LOAD_SERVER:-service}"
if [ "$server" = cluster ]; then program=(dotnet "$root/samples/PoolCluster/bin/Release/net10.0/PoolCluster.dll" --serve)
else program=(dotnet "$root/samples/PoolService/bin/Release/net10.0/PoolService.dll"); fi
dotnet build "$root/samples/$([ "$server" = cluster ] && echo PoolCluster || echo PoolService)" -c Release -v q -nologo | grep -E "rror\(s\)|error" || true
dotnet build "$root/tests/PrivateTraffic.Core.Load" -c Release -v q -nologo | grep -E "rror\(s\)|error" || true
for run in $(seq 1 "$runs"); do
  work="$(mktemp -d)"
  if [ "$server" = cluster ]; then options=(--urls "http://127.0.0.1:$port" "$@")
  else options=(--urls "http://127.0.0.1:$port" --PoolService:DatabasePath="$work/pools.db" "$@"); fi
  (cd "$work" && exec "${program[@]}" "${options[@]}" > "$work/service.log" 2>&1) &
  service=$!
  for _ in $(seq 1 150); do curl -s -o /dev/null "http://127.0.0.1:$port/openapi/v1.json" && break; sleep 0.2; done
  echo "run $run ($server), $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg), service options: ${*:-defaults}"
  cpu() { awk '{print $14 + $15}' "/proc/$(pgrep -P "$service" || echo "$service")/stat" 2>/dev/null || awk '{print $14 + $15}' "/proc/$service/stat"; }
  before=$(cpu)
  dotnet "$root/tests/PrivateTraffic.Core.Load/bin/Release/net10.0/PrivateTraffic.Core.Load.dll" \
      --base-url "http://127.0.0.1:$port" ${PT_LOAD_ARGS:-} || true
  after=$(cpu)
  echo "  service CPU during the run: $(awk -v a="$after" -v b="$before" -v t="$(getconf CLK_TCK)" 'BEGIN{printf "%.1f", (a-b)/t}') s; after: load average $(cut -d' ' -f1-3 /proc/loadavg), files $(du -sh "$work" | cut -f1)"
  kill "$service"; wait "$service" 2>/dev/null || true
  rm -rf "$work"
done
