#!/usr/bin/env bash
# Physics accuracy and speed table (issue 4): textbook experiments (free fall, bounce, sliding, pendulum, projectile,
# collision momentum, stack drift, domino chain, tunnelling, buoyancy) against their closed-form answers, and 500
# bodies for 10 s at 240 Hz timed. Writes bench/physics/results.md.
#   bench/physics/run.sh         the whole table (accuracy rows, the tumbler and the pen)
#   bench/physics/run.sh speed   the tumbler's row alone, printed (KINORA_TUMBLER_STEPS=480 for a quick look)
# Env: ARTIFACTS (dotnet --artifacts-path; default /tmp/kinora-bench-physics). Run on an otherwise idle machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
ARTIFACTS="${ARTIFACTS:-/tmp/kinora-bench-physics}"
cd "$root"
if [ "${1:-}" = speed ]; then
  dotnet test tests/Kinora.Motion.Tests -c Release --artifacts-path "$ARTIFACTS" --filter "Category=PhysicsSpeed" \
    --logger "console;verbosity=detailed" 2>&1 | grep -E "tumbler:|Failed|error" || true
  exit 0
fi
KINORA_BENCH_WRITE=1 dotnet test tests/Kinora.Motion.Tests -c Release --artifacts-path "$ARTIFACTS" \
  --filter "Category=PhysicsBench" --logger "console;verbosity=normal" > "$ARTIFACTS.log" 2>&1 || { tail -40 "$ARTIFACTS.log"; exit 1; }
cat "$here/results.md"
