namespace Kinora.Sound.Speech;

/// <summary>
/// Lowers effects and ambience while someone speaks, as a mixer's side-chain compressor does: the speech envelope
/// (peak follower, 10 ms attack, 300 ms release) opens a gain of up to <see cref="DepthDb"/> on the other buses, so
/// words stay intelligible over a crash and the bed returns between sentences.
/// </summary>
public static class Ducking
{
    public const double DepthDb = -9;
    private const double AttackSeconds = 0.01, ReleaseSeconds = 0.3;
    /// <summary>Speech envelope at which ducking is full (linear amplitude of the unnormalized speech).</summary>
    private const float FullAt = 0.05f;

    public static void Apply(ReadOnlySpan<float> speech, Span<float> effects, Span<float> bed, int rate)
    {
        var attack = (float)(1 - Math.Exp(-1 / (AttackSeconds * rate)));
        var release = (float)(1 - Math.Exp(-1 / (ReleaseSeconds * rate)));
        var floor = (float)Dsp.Levels.DbToGain(DepthDb);
        var env = 0f;
        for (var i = 0; i + 1 < speech.Length; i += 2)
        {
            var level = MathF.Max(MathF.Abs(speech[i]), MathF.Abs(speech[i + 1]));
            env += (level - env) * (level > env ? attack : release);
            var gain = 1 - (1 - floor) * MathF.Min(1, env / FullAt);
            effects[i] *= gain; effects[i + 1] *= gain;
            bed[i] *= gain; bed[i + 1] *= gain;
        }
    }
}
