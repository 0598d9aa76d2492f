using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Wind you notice (desert, snow, a windy day): band-passed noise swelling in gusts (three incommensurate cycles,
/// so it never repeats) and a faint whistle — a narrow resonance whose pitch rides the gust, as air over an edge
/// (Farnell, "Designing Sound" ch. 40). <paramref name="gustDepth"/> 0–1 sets how much it swells.
/// </summary>
public sealed class Wind(double gustDepth = 0.6) : ILayer
{
    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        var frames = stereo.Length / 2;
        var l = new PinkNoise(seed, "sound.wind.l");
        var r = new PinkNoise(seed, "sound.wind.r");
        var whistleNoise = new WhiteNoise(seed, "sound.wind.whistle");
        Resonator bodyL = default, bodyR = default, whistle = default;
        var rng = new SeededRandom(seed, "sound.wind.phase");
        var p1 = rng.Range(0, 2 * Math.PI); var p2 = rng.Range(0, 2 * Math.PI); var p3 = rng.Range(0, 2 * Math.PI);
        for (var f = 0; f < frames; f++)
        {
            var t = (double)f / sampleRate;
            var g = 0.5 + 0.5 * (0.5 * Math.Sin(2 * Math.PI * 0.05 * t + p1) + 0.3 * Math.Sin(2 * Math.PI * 0.13 * t + p2) + 0.2 * Math.Sin(2 * Math.PI * 0.31 * t + p3));
            var gust = 1 - gustDepth + gustDepth * g * 2;
            var centre = 300 + 500 * g;
            var w = whistle.Process(whistleNoise.Next(), 600 + 400 * g, 15, sampleRate) * 0.6;
            stereo[2 * f] = (float)((bodyL.Process(l.Next(), centre, centre * 1.5, sampleRate) * 4 + w) * gust);
            stereo[2 * f + 1] = (float)((bodyR.Process(r.Next(), centre * 1.05, centre * 1.5, sampleRate) * 4 + w) * gust);
        }
    }
}
