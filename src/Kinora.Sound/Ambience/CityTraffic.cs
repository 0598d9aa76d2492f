using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// A street: the low, steady rumble of distant traffic (brown noise under 250 Hz), cars passing every 2–6 s — a
/// band of tyre and engine noise swelling and fading over 3–5 s as it crosses from one side to the other, its band
/// falling a little as it passes (Doppler) — and now and then a distant horn.
/// </summary>
public sealed class CityTraffic : ILayer
{
    /// <summary>Longest half-duration of a pass-by, seconds.</summary>
    private const double MaxHalfPass = 2.5;

    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        stereo.Clear();
        var frames = stereo.Length / 2;
        var rumbleL = new BrownNoise(seed, "sound.city.rumble.l");
        var rumbleR = new BrownNoise(seed, "sound.city.rumble.r");
        var lpL = Biquad.LowPass(sampleRate, 250);
        var lpR = Biquad.LowPass(sampleRate, 250);
        for (var f = 0; f < frames; f++)
        {
            stereo[2 * f] = lpL.Process(rumbleL.Next()) * 2;
            stereo[2 * f + 1] = lpR.Process(rumbleR.Next()) * 2;
        }
        var rng = new SeededRandom(seed, "sound.city.cars");
        var seconds = (double)frames / sampleRate;
        // A car is heard from 2.5 s before it passes: keep going until one would start after the clip.
        for (var t = rng.Range(-2, 1); t - MaxHalfPass < seconds; t += rng.Range(2, 6)) PassBy(stereo, t, ref rng, sampleRate);
        // Horns draw from their own stream so a longer clip keeps the same cars and horns as a shorter one.
        var horns = new SeededRandom(seed, "sound.city.horns");
        for (var t = horns.Range(2, 10); t < seconds; t += horns.Range(8, 20)) Horn(stereo, t, ref horns, sampleRate);
    }

    private static void PassBy(Span<float> stereo, double centre, ref SeededRandom rng, int rate)
    {
        var half = rng.Range(1.5, MaxHalfPass);
        var frames = stereo.Length / 2;
        var first = Math.Max(0, (int)((centre - half) * rate));
        var last = Math.Min(frames, (int)((centre + half) * rate));
        if (last <= first) return;
        var noise = new PinkNoise((long)rng.NextULong(), "car");
        Resonator band = default;
        var direction = rng.NextDouble() < 0.5 ? -1 : 1;
        var level = rng.Range(0.4, 1.0);
        var hz = rng.Range(500, 900);
        for (var f = first; f < last; f++)
        {
            var u = ((double)f / rate - centre) / half; // −1 … 1 across the pass
            var envelope = Math.Exp(-4 * u * u) * (1 - u * u) * level; // reaches zero at both ends: no step
            var x = band.Process(noise.Next(), hz * (1 - 0.08 * Math.Tanh(3 * u)), hz * 1.2, rate) * envelope * 6;
            var theta = (Math.Clamp(direction * u, -1, 1) + 1) * Math.PI / 4;
            stereo[2 * f] += (float)(x * Math.Cos(theta));
            stereo[2 * f + 1] += (float)(x * Math.Sin(theta));
        }
    }

    private static void Horn(Span<float> stereo, double at, ref SeededRandom rng, int rate)
    {
        var n = (int)(rng.Range(0.2, 0.45) * rate);
        var mono = new float[n];
        double p1 = 0, p2 = 0;
        for (var i = 0; i < n; i++)
        {
            p1 += 350.0 / rate; p2 += 440.0 / rate;
            var square = Math.Tanh(4 * Math.Sin(2 * Math.PI * p1)) + Math.Tanh(4 * Math.Sin(2 * Math.PI * p2));
            var env = Math.Min(1, Math.Min(i / (0.01 * rate), (n - i) / (0.03 * rate)));
            mono[i] = (float)(square * env * 0.08);
        }
        var lp = Biquad.LowPass(rate, 2000); // far away: the highs are gone
        lp.Process(mono);
        Layers.AddPanned(mono, stereo, (int)(at * rate), rng.Range(-0.8, 0.8));
    }
}
