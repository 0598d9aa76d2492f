#!/usr/bin/env python3
"""Impact onsets in a rendered video's audio against the simulator's contact events.

usage: onsets.py AUDIO.wav TRACK.jsonl
AUDIO: 48 kHz 16-bit WAV decoded from the MP4 (ffmpeg -i x.mp4 -ac 1 x.wav).
TRACK: `kinora simulate plan.json --out track.jsonl` (events are the lines with "event").
For every contact event loud enough to be heard (impulse >= 5 % of the loudest) and at least 80 ms after the
previous heard one, the onset is the first 1 ms window, within -30..+40 ms of the event, whose energy rises 8 dB
above the loudest 1 ms of the 20 ms before the event (the bed, or an earlier hit still ringing), refined to the
first sample over that level. Energies are of the first difference of the signal (a treble tilt: a new hit's click
stands out of an earlier hit's ring). Prints JSON: {events, found, errors_ms, mean_abs_ms, max_abs_ms}.
Standard library only (no numpy on a stock Debian python).
"""
import json, math, struct, sys, wave

# dB a hit must rise over what sounds before it; 8 dB finds hits on a ringing metal tail without false alarms.
RISE_DB = 8

def read_mono(path):
    w = wave.open(path, 'rb')
    rate, channels, width, n = w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes()
    raw = w.readframes(n)
    assert width == 2, 'expect 16-bit PCM'
    samples = struct.unpack('<%dh' % (n * channels), raw)
    if channels > 1:
        samples = [sum(samples[i:i + channels]) / channels for i in range(0, len(samples), channels)]
    return rate, [s / 32768.0 for s in samples]

def energy_db(x, start, length):
    if start < 0 or start + length > len(x):
        return -200.0
    e = sum(v * v for v in x[start:start + length]) / length
    return 10 * math.log10(e + 1e-20)

def main():
    rate, x = read_mono(sys.argv[1])
    # First difference: a +6 dB/octave tilt that lifts a hit's broadband click over the tonal ring of earlier hits.
    x = [0.0] + [x[i] - x[i - 1] for i in range(1, len(x))]
    events = []
    for line in open(sys.argv[2]):
        d = json.loads(line)
        if d.get('event') != 'contact':
            continue
        events.append((float(d['t']), float(d.get('impulse', 0))))
    if not events:
        print(json.dumps({'events': 0})); return
    loudest = max(i for _, i in events)
    ms = rate // 1000
    errors, last = [], -1.0
    heard = [(t, i) for t, i in sorted(events) if i >= 0.05 * loudest]
    for t, i in heard:
        if t - last < 0.08:
            last = t; continue
        last = t
        e0 = int(round(t * rate))
        # The level just before the event: the bed, or the tail of an earlier hit still ringing (its loudest 1 ms
        # in the last 20 ms, so a new hit must rise above the ring, not above the bed).
        floor = max(energy_db(x, e0 - 20 * ms + k * ms, ms) for k in range(20))
        onset = None
        for k in range(-30, 40):
            if energy_db(x, e0 + k * ms, ms) > floor + RISE_DB:
                onset = k; break
        if onset is not None:
            # Refine to the sample: first sample in that window above 10x the floor's RMS.
            thr = 10 ** ((floor + RISE_DB) / 20)
            s0 = e0 + onset * ms
            for j in range(s0, s0 + ms):
                if abs(x[j]) > thr:
                    s0 = j; break
            errors.append((s0 - e0) * 1000.0 / rate)
    out = {'events': len(heard), 'found': len(errors), 'errors_ms': [round(e, 2) for e in errors]}
    if errors:
        out['mean_abs_ms'] = round(sum(abs(e) for e in errors) / len(errors), 2)
        out['max_abs_ms'] = round(max(abs(e) for e in errors), 2)
    print(json.dumps(out))

main()
