#!/usr/bin/env bash
# Sound checks for issue 7, written to bench/sound/results.md:
#   1. loudness (integrated LUFS) and true peak (dBTP) of the decoded AAC of the reference prompts, by ffmpeg's
#      ebur128=peak=true (target −14 ± 1 LUFS, ≤ −1 dBTP);
#   2. impact onsets against the simulator's contact events (onsets.py; target ±10 ms);
#   3. speech intelligibility: the judge's asr_wer.py (pocketsphinx) on ten spoken lines (target ≤ 15 % mean WER);
#   4. one clip per ambience family, its spectrogram PNG in bench/sound/spectrograms/ (to look at).
#   bench/sound/run.sh [loudness|onsets|speech|families ...]   (default: all four)
# Env: KINORA (command that runs kinora; default ./kinora), JUDGE (folder with asr_wer.py; default /tmp/judge),
# OUT (scratch folder; default /tmp/kinora-sound), SIZE and FPS (video size and rate; default 640x360 at 12 fps: the
# sound does not depend on them, and the pictures are most of the time),
# JOBS (videos rendered at once; default 3), REUSE=1 (keep videos already in OUT),
# RESULTS (default bench/sound/results.md). Needs ffmpeg, sox, python3 and pocketsphinx (apt).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
KINORA="${KINORA:-$root/kinora}"
JUDGE="${JUDGE:-/tmp/judge}"
OUT="${OUT:-/tmp/kinora-sound}"
SIZE="${SIZE:-640x360}"
FPS="${FPS:-12}"
RESULTS="${RESULTS:-$here/results.md}"
mkdir -p "$OUT" "$here/spectrograms"
parts=("$@"); [ ${#parts[@]} -gt 0 ] || parts=(loudness onsets speech families)

gen() { # prompt out.mp4 seconds (with REUSE=1 an existing video is kept)
  if [ -n "${REUSE:-}" ] && [ -s "$2" ]; then return; fi
  $KINORA generate "$1" -o "$2" --seconds "$3" --size "$SIZE" --fps "$FPS" --seed 42 --plan-out "${2%.mp4}.plan.json" >/dev/null
}
JOBS="${JOBS:-3}"
throttle() { while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do sleep 1; done; }
ebur() { # file -> "I TP"
  ffmpeg -hide_banner -nostats -i "$1" -af ebur128=peak=true -f null - 2>&1 | awk '
    /Integrated loudness:/ {s=1} s && /I:/ {i=$2} /True peak:/ {p=1} p && /Peak:/ {tp=$2} END {print i, tp}'
}
slug() { echo "$1" | tr -c 'a-zA-Z0-9\n' '_' | cut -c1-48; }

loudness_prompts=(
  "a red ball bounces on a wooden floor"
  "three wooden crates fall onto a concrete floor at sunset"
  "a yellow ball and a blue ball drop onto the grass in a sunny park"
  "a man walks on a wooden floor"
  "a dog runs in a park"
  "a car drives down a city street"
  "a woman says \"welcome to our little garden\" in a park"
)
onset_prompts=("${loudness_prompts[@]:0:3}" "a steel ball drops onto a stone floor" "a glass cup falls onto a tile floor")
# speaker | prompt | reference words. Two lines have music under them, the others their place's ambience.
speech_lines=(
  "narrator|a red ball on a table, a narrator says \"the quick brown fox jumps over the lazy dog\"|the quick brown fox jumps over the lazy dog"
  "man|a man says \"we should go home before it gets dark\"|we should go home before it gets dark"
  "woman|a woman says \"i love the smell of fresh bread in the morning\" with calm piano music|i love the smell of fresh bread in the morning"
  "girl|a girl says \"can we please play outside today\"|can we please play outside today"
  "man|a man in a park says \"the train leaves at seven o'clock\"|the train leaves at seven o'clock"
  "woman|a woman in a kitchen says \"please put the cups on the table\"|please put the cups on the table"
  "narrator|a narrator says \"every sound in this video comes from the simulation\" with upbeat music|every sound in this video comes from the simulation"
  "man|a man on a city street says \"turn left at the next corner\"|turn left at the next corner"
  "woman|a woman at the beach says \"the water is warm and calm today\"|the water is warm and calm today"
  "boy|a boy says \"my dog likes to chase the red ball\"|my dog likes to chase the red ball"
)
# family | base prompt | JSON patch applied to the plan (python expression on `p`)
families=(
  "city|a red ball on a city street|p['world'].update(setting='city street', indoor=False); p['audio']['ambience']=['city']"
  "park|a red ball in a park|p['world'].update(setting='park', indoor=False); p['audio']['ambience']=['park','birds']"
  "forest|a red ball in a forest|p['world'].update(setting='forest', indoor=False); p['audio']['ambience']=['forest','birds']"
  "ocean|a red ball on a beach|p['world'].update(setting='beach', indoor=False); p['audio']['ambience']=['ocean']"
  "rain|a red ball on a street|p['world'].update(setting='street', indoor=False, weather='rain'); p['audio']['ambience']=['rain']"
  "storm|a red ball in a field|p['world'].update(setting='field', indoor=False, weather='storm'); p['audio']['ambience']=['storm']"
  "room|a red ball in a living room|p['world'].update(setting='living room', indoor=True); p['audio']['ambience']=['room tone']"
  "cafe|a red ball on a table in a cafe|p['world'].update(setting='cafe', indoor=True); p['audio']['ambience']=['cafe']"
  "night|a red ball in a park at night|p['world'].update(setting='park', indoor=False, timeOfDay=23); p['audio']['ambience']=['night','insects']"
)

{
  echo "# Sound checks (issue 7)"
  echo
  echo "Made by \`bench/sound/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) CPUs, $(uname -m)); videos $SIZE at $FPS fps, seed 42."
} > "$OUT/header.md"

for part in "${parts[@]}"; do case "$part" in
loudness)
  { echo; echo "## Loudness and true peak (decoded AAC, ffmpeg ebur128=peak=true)"; echo
    echo "Target: −14 ± 1 LUFS integrated, true peak ≤ −1 dBTP."; echo
    echo "| prompt | LUFS | dBTP |"; echo "| --- | --- | --- |"; } > "$OUT/loudness.md"
  for prompt in "${loudness_prompts[@]}"; do
    f="$OUT/loud_$(slug "$prompt").mp4"; gen "$prompt" "$f" 8
    read -r i tp < <(ebur "$f"); echo "| $prompt | $i | $tp |" >> "$OUT/loudness.md"
  done ;;
onsets)
  { echo; echo "## Impact onsets against contact events"; echo
    echo "Each heard contact (impulse ≥ 5 % of the loudest, ≥ 80 ms after the previous): first 1 ms window 8 dB over the"
    echo "loudest 1 ms of the 20 ms before it, on the signal's first difference (bench/sound/onsets.py), decoded from the MP4."
    echo "Target: within ±10 ms."; echo
    echo "| prompt | contacts | onsets found | mean abs error ms | max abs error ms |"; echo "| --- | --- | --- | --- | --- |"; } > "$OUT/onsets.md"
  for prompt in "${onset_prompts[@]}"; do
    f="$OUT/onset_$(slug "$prompt").mp4"; gen "$prompt" "$f" 6
    $KINORA simulate "${f%.mp4}.plan.json" --out "${f%.mp4}.track.jsonl" >/dev/null
    ffmpeg -hide_banner -loglevel error -y -i "$f" -ac 1 -ar 48000 -c:a pcm_s16le "${f%.mp4}.wav"
    python3 "$here/onsets.py" "${f%.mp4}.wav" "${f%.mp4}.track.jsonl" | PROMPT="$prompt" python3 -c "
import json,os,sys; d=json.load(sys.stdin)
print('| %s | %s | %s | %s | %s |' % (os.environ['PROMPT'], d.get('events',0), d.get('found',0), d.get('mean_abs_ms','–'), d.get('max_abs_ms','–')))" >> "$OUT/onsets.md"
  done ;;
speech)
  { echo; echo "## Speech intelligibility (judge's asr_wer.py, pocketsphinx en-us)"; echo
    echo "Target: mean WER ≤ 15 %. 4 s videos; voices cast by speaker (src/Kinora.Sound/Speech/VoiceCasting.cs); the"
    echo "music column is what the planner put under the line (ducked with the ambience while it is spoken: at least 15 dB,"
    echo "and deeper until the background is 35 LU under the voice, src/Kinora.Sound/Speech/Ducking.cs)."; echo
    echo "| speaker | under it | line | recognized | WER |"; echo "| --- | --- | --- | --- | --- |"; } > "$OUT/speech.md"
  : > "$OUT/wer.txt"
  for entry in "${speech_lines[@]}"; do
    IFS='|' read -r speaker prompt ref <<< "$entry"
    throttle; gen "$prompt" "$OUT/speech_$(slug "$ref").mp4" 4 &
  done
  wait
  for entry in "${speech_lines[@]}"; do
    IFS='|' read -r speaker prompt ref <<< "$entry"
    f="$OUT/speech_$(slug "$ref").mp4"
    /usr/bin/python3 "$JUDGE/asr_wer.py" --ref "$ref" "$f" | SPEAKER="$speaker" PLAN="${f%.mp4}.plan.json" WER="$OUT/wer.txt" python3 -c "
import json,os,sys; d=json.loads(sys.stdin.readline()); open(os.environ['WER'],'a').write('%f\n' % d['wer'])
a=json.load(open(os.environ['PLAN']))['audio']; under=', '.join(a.get('ambience') or []) + ('; %s music' % a['music']['mood'] if a.get('music') else '')
print('| %s | %s | %s | %s | %.0f %% |' % (os.environ['SPEAKER'], under, d['ref'], d['hyp'], 100*d['wer']))" >> "$OUT/speech.md"
  done
  awk '{s+=$1; n++} END {printf "\n**Mean WER: %.1f %%** over %d lines.\n", 100*s/n, n}' "$OUT/wer.txt" >> "$OUT/speech.md" ;;
families)
  { echo; echo "## Ambience families (6 s each, no music, spectrograms in bench/sound/spectrograms/)"; echo
    echo "| family | LUFS | dBTP | spectrogram |"; echo "| --- | --- | --- | --- |"; } > "$OUT/families.md"
  for entry in "${families[@]}"; do
    IFS='|' read -r name prompt patch <<< "$entry"
    base="$OUT/family_$name"
    $KINORA plan "$prompt" > "$base.plan.json"
    python3 -c "
import json; p=json.load(open('$base.plan.json')); p=p.get('plan', p)
p['format'].update(seconds=6, width=${SIZE%x*}, height=${SIZE#*x}, fps=$FPS); p['audio']['music']=None; p['audio']['lines']=[]
$patch
json.dump(p, open('$base.plan.json','w'))"
    $KINORA render "$base.plan.json" -o "$base.mp4" >/dev/null
    ffmpeg -hide_banner -loglevel error -y -i "$base.mp4" -ac 2 -ar 48000 -c:a pcm_s16le "$base.wav"
    sox "$base.wav" -n remix 1 spectrogram -x 600 -y 200 -z 90 -t "$name" -o "$here/spectrograms/$name.png"
    read -r i tp < <(ebur "$base.mp4"); echo "| $name | $i | $tp | ![$name](spectrograms/$name.png) |" >> "$OUT/families.md"
  done ;;
*) echo "unknown part: $part" >&2; exit 2 ;;
esac; done

cat "$OUT/header.md" > "$RESULTS"
for part in loudness onsets speech families; do [ -f "$OUT/$part.md" ] && cat "$OUT/$part.md" >> "$RESULTS"; done
echo "wrote $RESULTS"
