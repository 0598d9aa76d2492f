using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Wind through trees: the rustle of leaves is noise in the 1.5–6 kHz band, swelling with each gust a little after
/// the gust itself (the canopy takes time to move), left and right independent because each side is other trees.
/// </summary>
public sealed class Leaves : ILayer
{
    public void Render(Span<float> stereo, long seed, int sampleRate)
    {
        var frames = stereo.Length / 2;
        var l = new WhiteNoise(seed, "sound.leaves.l");
        var r = new WhiteNoise(seed, "sound.leaves.r");
        var hpL = Biquad.HighPass(sampleRate, 1500); var hpR = Biquad.HighPass(sampleRate, 1500);
        var lpL = Biquad.LowPass(sampleRate, 6000); var lpR = Biquad.LowPass(sampleRate, 6000);
        var rng = new SeededRandom(seed, "sound.leaves.gusts");
        var p1 = rng.Range(0, 2 * Math.PI); var p2 = rng.Range(0, 2 * Math.PI);
        for (var f = 0; f < frames; f++)
        {
            var t = (double)f / sampleRate;
            var gL = 0.4 + 0.6 * Math.Pow(0.5 + 0.5 * Math.Sin(2 * Math.PI * 0.09 * t + p1), 2);
            var gR = 0.4 + 0.6 * Math.Pow(0.5 + 0.5 * Math.Sin(2 * Math.PI * 0.07 * t + p2), 2);
            stereo[2 * f] = (float)(lpL.Process(hpL.Process(l.Next())) * gL);
            stereo[2 * f + 1] = (float)(lpR.Process(hpR.Process(r.Next())) * gR);
        }
    }
}
