using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Surf: each wave swells for a few seconds (low-passed noise whose band opens as it rises), breaks (broadband, the
/// loudest moment) and runs back up the sand as a receding hiss. Waves arrive every 4.5–8 s, each from a slightly
/// different side, over a constant low wash, so no two are alike and nothing repeats.
/// </summary>
public sealed class OceanWaves : ILayer
{
    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        var frames = stereo.Length / 2;
        var washL = new PinkNoise(seed, "sound.ocean.wash.l");
        var washR = new PinkNoise(seed, "sound.ocean.wash.r");
        var lpL = Biquad.LowPass(sampleRate, 600);
        var lpR = Biquad.LowPass(sampleRate, 600);
        for (var f = 0; f < frames; f++)
        {
            stereo[2 * f] = lpL.Process(washL.Next()) * 2f;
            stereo[2 * f + 1] = lpR.Process(washR.Next()) * 2f;
        }
        var rng = new SeededRandom(seed, "sound.ocean.waves");
        var seconds = (double)frames / sampleRate;
        // Waves overlap: the next swell begins while the last one still runs back.
        for (var t = rng.Range(-6, -1); t < seconds; t += rng.Range(4.5, 8)) Wave(stereo, t, ref rng, sampleRate);
    }

    private static void Wave(Span<float> stereo, double start, ref SeededRandom rng, int rate)
    {
        var swell = rng.Range(2.5, 4);
        var recede = rng.Range(4, 6);
        var frames = stereo.Length / 2;
        var first = Math.Max(0, (int)(start * rate));
        var last = Math.Min(frames, (int)((start + swell + recede) * rate));
        var noise = new WhiteNoise((long)rng.NextULong(), "wave");
        Resonator body = default;
        var hiss = Biquad.HighPass(rate, 2500);
        var pan = rng.Range(-0.5, 0.5);
        var level = rng.Range(0.6, 1.0);
        var theta = (pan + 1) * Math.PI / 4;
        float gl = (float)Math.Cos(theta), gr = (float)Math.Sin(theta);
        for (var f = first; f < last; f++)
        {
            var t = (double)f / rate - start;
            double x;
            var w = noise.Next();
            if (t < swell)
            {
                var u = t / swell;
                // Swell: a rising roar whose band opens from 300 Hz to 2 kHz, peaking at the break.
                x = body.Process(w, 300 + 1700 * u * u, 600 + 2000 * u, rate) * u * u * 3;
            }
            else
            {
                var u = (t - swell) / recede;
                var b = body.Process(w, 2000 - 1500 * u, 2600, rate) * Math.Exp(-4 * u) * (1 - u) * 3; // to zero: no step at the end
                x = b + hiss.Process(w) * 0.4 * Math.Sin(Math.PI * Math.Min(1, u * 1.2)) * (1 - u);
            }
            x *= level;
            stereo[2 * f] += (float)x * gl;
            stereo[2 * f + 1] += (float)x * gr;
        }
    }
}
