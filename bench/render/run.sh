#!/usr/bin/env bash
# Renderer speed table (issue 3): ms per pass (shadow map, scene, post, readback) and per frame at 1280x720 for a
# ~200k-triangle scene and the small ball-and-boxes scene, for each antialiasing choice and a look; then the price of
# each shading feature (RenderProfileBench) and memory over a long render (RenderMemoryBench). Each table's rows are
# measured in turns (all renderers open, 3 rounds of 4 frames each), so a burst of load lands on every row of a round
# instead of on whichever rows ran then; a row's CPU time (all rasterizer threads) is the mean of its least disturbed
# round, its wall time the best frame. The profile's default row is the speed table's "FXAA (default)" frame.
# Prints the table (also left in $ARTIFACTS.md); bench/render/results.md keeps the measured ones, with notes.
#   bench/render/run.sh
# Env: ARTIFACTS (dotnet --artifacts-path; default /tmp/kinora-bench-render); LP_NUM_THREADS passes to llvmpipe.
# Run on an otherwise idle machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
ARTIFACTS="${ARTIFACTS:-/tmp/kinora-bench-render}"
cd "$root"
rm -f "$ARTIFACTS.md"   # each bench class appends its table (speed, feature profile, memory)
KINORA_BENCH_WRITE="$ARTIFACTS.md" dotnet test tests/Kinora.Render.Tests -c Release --artifacts-path "$ARTIFACTS" \
  --filter "Category=RenderBench" --logger "console;verbosity=normal" > "$ARTIFACTS.log" 2>&1 || { tail -40 "$ARTIFACTS.log"; exit 1; }
cat "$ARTIFACTS.md"
