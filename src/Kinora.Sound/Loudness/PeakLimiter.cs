namespace Kinora.Sound.Loudness;

/// <summary>
/// A look-ahead sample-peak limiter that guarantees |sample| ≤ ceiling. Gain is computed per frame (linked
/// across channels so the stereo image does not shift): the gain each frame needs, then a backward pass that lets
/// the gain glide down linearly over at most <see cref="AttackSeconds"/> before a peak (no clicks, and never above
/// what the peak needs), then a forward exponential release over <see cref="ReleaseSeconds"/>. Both passes only
/// ever lower the gain, so the ceiling holds exactly; a final clamp guards float rounding.
/// </summary>
public static class PeakLimiter
{
    public const double AttackSeconds = 0.002;
    /// <summary>
    /// Short release: impacts are a sharp transient and a ringing body; recovering within ~25 ms trims the first
    /// few milliseconds only and leaves the body (and so the loudness) of the hit alone.
    /// </summary>
    public const double ReleaseSeconds = 0.025;

    /// <summary>Limits in place; returns the deepest gain reduction applied, in dB (≤ 0).</summary>
    public static double Apply(Span<float> interleaved, int channels, int sampleRate, float ceiling)
    {
        var frames = interleaved.Length / channels;
        if (frames == 0) return 0;
        var gain = new float[frames];
        var needsLimiting = false;
        for (int f = 0, i = 0; f < frames; f++)
        {
            var peak = 0f;
            for (var c = 0; c < channels; c++, i++) peak = MathF.Max(peak, MathF.Abs(interleaved[i]));
            gain[f] = peak > ceiling ? ceiling / peak : 1f;
            needsLimiting |= peak > ceiling;
        }
        if (!needsLimiting) return 0;

        // Backward: approach each dip at a bounded slope so the gain is already down when the peak arrives.
        var slope = (float)(1.0 / (AttackSeconds * sampleRate));
        for (var f = frames - 2; f >= 0; f--) gain[f] = MathF.Min(gain[f], gain[f + 1] + slope);
        // Forward: recover slowly after a dip.
        var release = (float)Math.Exp(-1.0 / (ReleaseSeconds * sampleRate));
        var deepest = 1f;
        for (var f = 1; f < frames; f++)
        {
            gain[f] = MathF.Min(gain[f], gain[f - 1] * release + (1 - release));
            deepest = MathF.Min(deepest, gain[f]);
        }
        deepest = MathF.Min(deepest, gain[0]);

        for (int f = 0, i = 0; f < frames; f++)
        for (var c = 0; c < channels; c++, i++)
            interleaved[i] = Math.Clamp(interleaved[i] * gain[f], -ceiling, ceiling);
        return Dsp.Levels.GainToDb(deepest);
    }
}
