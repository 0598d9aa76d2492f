#!/usr/bin/env bash
# Face check for people (issue 6): renders one 1280x720 frame of each close-up prompt at seeds 1..12 and asks the
# judge's face detector (MediaPipe full-range, `detect.mjs --faces`) whether it finds a face. Prints one line per
# prompt: how many of the seeds had a face at score >= MIN_SCORE, and the best score per seed. bench/assets/faces.md
# keeps the table.
#   bench/assets/faces.sh ["prompt" ...]     (default: the four close-ups below)
# Env: KINORA (command that runs kinora; default ./kinora), JUDGE (default /tmp/judge), OUT (default
# /tmp/kinora-faces), SEEDS (default "1 2 3 4 5 6 7 8 9 10 11 12"), MIN_SCORE (default 0.5, the detector's own cut).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
KINORA="${KINORA:-$root/kinora}"
JUDGE="${JUDGE:-/tmp/judge}"
OUT="${OUT:-/tmp/kinora-faces}"
SEEDS="${SEEDS:-1 2 3 4 5 6 7 8 9 10 11 12}"
MIN_SCORE="${MIN_SCORE:-0.5}"
mkdir -p "$OUT"
if [ $# -gt 0 ]; then prompts=("$@"); else
  prompts=("a close-up of a woman" "a close-up of a man" "a close-up of a child" "a close-up of an old man"); fi

for prompt in "${prompts[@]}"; do
  slug="$(echo "$prompt" | tr ' ' '_' | tr -cd 'A-Za-z0-9_')"
  images=()
  for seed in $SEEDS; do
    png="$OUT/$slug-$seed.png"
    rm -f "$png"
    $KINORA generate "$prompt" --seed "$seed" --seconds 1 --fps 1 --size 1280x720 -o "$OUT/$slug-$seed.mp4" \
      --thumbnail "$png" > /dev/null 2> "$OUT/$slug-$seed.log" || echo "$prompt seed $seed: render failed" >&2
    images+=("$png")
  done
  node "$JUDGE/detect.mjs" --faces --face-min-score 0.05 "${images[@]}" > "$OUT/$slug.json" 2> /dev/null
  python3 - "$OUT/$slug.json" "$prompt" "$MIN_SCORE" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
frames = data["results"]
cut = float(sys.argv[3])
scores = []
for f in frames:
    faces = f.get("faces") or []
    scores.append(max([x.get("score", 0) for x in faces], default=0.0))
found = sum(1 for s in scores if s >= cut)
print(f"{sys.argv[2]}: {found}/{len(scores)} found  [" + " ".join(f"{s:.2f}" for s in scores) + "]")
PY
done
