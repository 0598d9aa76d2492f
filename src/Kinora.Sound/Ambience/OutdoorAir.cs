using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Outdoor "air": pink noise band-limited to <see cref="LowCutHz"/>–<see cref="HighCutHz"/> (distant wind and
/// leaves; no sub rumble, no hiss), slowly swelling with two incommensurate gust cycles so it never audibly loops.
/// </summary>
public static class OutdoorAir
{
    public const double RmsDbfs = -40;
    public const double LowCutHz = 150, HighCutHz = 5000;
    /// <summary>Gust cycles, Hz, and their depths (fraction of the level).</summary>
    public const double GustSlowHz = 0.07, GustFastHz = 0.19, GustSlowDepth = 0.25, GustFastDepth = 0.15;

    public static void Render(Span<float> stereo, long seed, int sampleRate)
    {
        var left = new PinkNoise(seed, "sound.air.left");
        var right = new PinkNoise(seed, "sound.air.right");
        var shared = new PinkNoise(seed, "sound.air.shared");
        var hpL = Biquad.HighPass(sampleRate, LowCutHz); var lpL = Biquad.LowPass(sampleRate, HighCutHz);
        var hpR = Biquad.HighPass(sampleRate, LowCutHz); var lpR = Biquad.LowPass(sampleRate, HighCutHz);
        var phase = new Plan.SeededRandom(seed, "sound.air.gust").Range(0, 2 * Math.PI);
        for (int i = 0, frame = 0; i + 1 < stereo.Length; i += 2, frame++)
        {
            var t = (double)frame / sampleRate;
            var gust = (float)(1 + GustSlowDepth * Math.Sin(2 * Math.PI * GustSlowHz * t + phase)
                                 + GustFastDepth * Math.Sin(2 * Math.PI * GustFastHz * t + 2 * phase));
            var s = shared.Next() * 0.5f;
            stereo[i] = lpL.Process(hpL.Process(s + left.Next() * 0.5f)) * gust;
            stereo[i + 1] = lpR.Process(hpR.Process(s + right.Next() * 0.5f)) * gust;
        }
        Levels.ScaleToRms(stereo, RmsDbfs);
    }
}
