using Kinora.Sound.Dsp;

namespace Kinora.Sound.Ambience;

/// <summary>
/// Indoor room tone: the low rumble of a quiet room (ventilation, the building) as brown noise low-passed at
/// <see cref="RumbleCutoffHz"/>, with a faint pink "air" layer, partly decorrelated between ears so it sounds wide
/// rather than inside the head. Stateless generators, so it is seamless for any length.
/// </summary>
public static class RoomTone
{
    public const double RmsDbfs = -42;
    public const double RumbleCutoffHz = 300, AirCutoffHz = 2000;
    /// <summary>Share of the signal common to both channels (the rest is independent per channel).</summary>
    public const float SharedFraction = 0.6f;

    public static void Render(Span<float> stereo, long seed, int sampleRate)
    {
        var shared = new BrownNoise(seed, "sound.room.shared");
        var left = new BrownNoise(seed, "sound.room.left");
        var right = new BrownNoise(seed, "sound.room.right");
        var air = new PinkNoise(seed, "sound.room.air");
        var lpL = Biquad.LowPass(sampleRate, RumbleCutoffHz);
        var lpR = Biquad.LowPass(sampleRate, RumbleCutoffHz);
        var airLp = Biquad.LowPass(sampleRate, AirCutoffHz);
        var own = 1 - SharedFraction;
        for (var i = 0; i + 1 < stereo.Length; i += 2)
        {
            var s = shared.Next() * SharedFraction;
            var a = airLp.Process(air.Next()) * 0.15f;
            stereo[i] = lpL.Process(s + left.Next() * own) + a;
            stereo[i + 1] = lpR.Process(s + right.Next() * own) + a;
        }
        Levels.ScaleToRms(stereo, RmsDbfs);
    }
}
