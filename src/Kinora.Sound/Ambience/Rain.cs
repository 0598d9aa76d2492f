using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Rain: a dense wash of distant drops (pink noise above 400 Hz) plus near drops, each a tiny band-passed tick
/// (1–3 ms, 2–8 kHz) at a random place in the stereo field, arriving as a Poisson process of
/// <see cref="DropsPerSecond"/> (heavier rain: more and louder). Farnell, "Designing Sound" ch. 38.
/// </summary>
public sealed class Rain(double dropsPerSecond = Rain.DropsPerSecond, double washShare = 1) : ILayer
{
    public const double DropsPerSecond = 120;

    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        var frames = stereo.Length / 2;
        var washL = new PinkNoise(seed, "sound.rain.wash.l");
        var washR = new PinkNoise(seed, "sound.rain.wash.r");
        var hpL = Biquad.HighPass(sampleRate, 400); var hpR = Biquad.HighPass(sampleRate, 400);
        var lpL = Biquad.LowPass(sampleRate, 9000); var lpR = Biquad.LowPass(sampleRate, 9000);
        var wash = (float)washShare;
        for (var f = 0; f < frames; f++)
        {
            stereo[2 * f] = lpL.Process(hpL.Process(washL.Next())) * wash;
            stereo[2 * f + 1] = lpR.Process(hpR.Process(washR.Next())) * wash;
        }
        var rng = new SeededRandom(seed, "sound.rain.drops");
        var grain = new float[(int)(0.03 * sampleRate)];
        var seconds = (double)frames / sampleRate;
        for (var t = 0.0; t < seconds; t += -Math.Log(1 - rng.NextDouble()) / dropsPerSecond)
        {
            grain.AsSpan().Clear();
            var hz = rng.Range(2000, 8000);
            Grains.NoiseBurst(grain, 0, rng.Range(0.02, 0.25), rng.Range(0.0008, 0.003), hz * 1.5, hz * 0.6, (long)rng.NextULong(), "drop", sampleRate, 0.0002);
            Layers.AddPanned(grain, stereo, (int)(t * sampleRate), rng.Range(-1, 1));
        }
    }
}
