using Kinora.Plan;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Occasional synthesized birdsong for parks and woods: phrases of 2–6 chirps, each a Hann-windowed sine gliding
/// down (or up) from 3.5–6 kHz with a fast vibrato, one phrase every 1.5–6 s, each from a random direction.
/// Deliberately simple: a texture, not a species.
/// </summary>
public static class BirdChirps
{
    public const double PeakDbfs = -24;
    public const double MinGapSeconds = 1.5, MaxGapSeconds = 6;

    /// <param name="density">Phrases come this many times as often (a forest has more birds than a park).</param>
    public static void Add(Span<float> stereo, long seed, int sampleRate, double density = 1)
    {
        var rng = new SeededRandom(seed, "sound.birds");
        var frames = stereo.Length / 2;
        var t = rng.Range(0.3, MaxGapSeconds / 2);
        while (true)
        {
            var start = (int)(t * sampleRate);
            if (start >= frames) break;
            AddPhrase(stereo, start, ref rng, sampleRate);
            t += rng.Range(MinGapSeconds, MaxGapSeconds) / density;
        }
    }

    private static void AddPhrase(Span<float> stereo, int start, ref SeededRandom rng, int sampleRate)
    {
        var level = Dsp.Levels.DbToGain(PeakDbfs - rng.Range(0, 8));
        var theta = rng.Range(0.1, 0.9) * Math.PI / 2;
        var gl = (float)(Math.Cos(theta) * level);
        var gr = (float)(Math.Sin(theta) * level);
        var chirps = 2 + (int)(rng.NextDouble() * 5);
        var f0 = rng.Range(3500, 6000);
        var glide = rng.NextDouble() < 0.7 ? rng.Range(0.6, 0.8) : rng.Range(1.15, 1.35);
        var at = start;
        for (var c = 0; c < chirps; c++)
        {
            var length = (int)(rng.Range(0.04, 0.14) * sampleRate);
            var vibratoHz = rng.Range(30, 60);
            var phase = 0.0;
            for (var i = 0; i < length; i++)
            {
                var o = (at + i) * 2;
                if (o + 1 >= stereo.Length) return;
                var u = (double)i / length;
                var f = f0 * (1 + (glide - 1) * u) * (1 + 0.04 * Math.Sin(2 * Math.PI * vibratoHz * i / sampleRate));
                phase += 2 * Math.PI * f / sampleRate;
                var window = Math.Sin(Math.PI * u);
                var s = (float)(Math.Sin(phase) * window * window);
                stereo[o] += s * gl;
                stereo[o + 1] += s * gr;
            }
            at += length + (int)(rng.Range(0.06, 0.15) * sampleRate);
        }
    }
}
