using System.Buffers;

namespace Kinora.Sound.Loudness;

/// <summary>
/// A look-ahead true-peak limiter: afterwards no sample and no 4× oversampled point between samples
/// (<see cref="TruePeak"/>) exceeds the ceiling, so the decoded AAC does not clip either. Gain is computed per
/// frame (linked across channels so the stereo image does not shift): the gain each frame's true peak needs, then
/// a backward pass that lets the gain glide down linearly over at most <see cref="AttackSeconds"/> before a peak
/// (no clicks, and never above what the peak needs), then a forward exponential release over
/// <see cref="ReleaseSeconds"/>. Both passes only lower the gain. A gain change itself slightly reshapes the
/// points between samples, so the pass repeats on its own output until the measured true peak holds (two rounds
/// in practice); a final clamp guards float rounding of the samples themselves.
/// </summary>
public static class PeakLimiter
{
    public const double AttackSeconds = 0.002;
    /// <summary>
    /// Short release: impacts are a sharp transient and a ringing body; recovering within ~25 ms trims the first
    /// few milliseconds only and leaves the body (and so the loudness) of the hit alone.
    /// </summary>
    public const double ReleaseSeconds = 0.025;
    public const int MaxRounds = 4;

    /// <summary>Limits in place; returns the deepest gain reduction applied, in dB (≤ 0).</summary>
    public static double Apply(Span<float> interleaved, int channels, int sampleRate, float ceiling)
    {
        var frames = interleaved.Length / channels;
        if (frames == 0) return 0;
        var gain = ArrayPool<float>.Shared.Rent(frames);
        var deepestDb = 0.0;
        try
        {
            for (var round = 0; round < MaxRounds; round++)
            {
                // Each later round aims a hair lower so it converges from below instead of creeping up on the ceiling.
                var target = ceiling * MathF.Pow(0.998f, round);
                var deepest = OneRound(interleaved, channels, sampleRate, target, gain.AsSpan(0, frames));
                if (deepest >= 1f) break;
                deepestDb += Dsp.Levels.GainToDb(deepest);
            }
        }
        finally { ArrayPool<float>.Shared.Return(gain); }
        for (var i = 0; i < interleaved.Length; i++) interleaved[i] = Math.Clamp(interleaved[i], -ceiling, ceiling);
        return deepestDb;
    }

    /// <summary>One limiting pass; returns the deepest linear gain it applied (1 when nothing exceeded the ceiling).</summary>
    private static float OneRound(Span<float> interleaved, int channels, int sampleRate, float ceiling, Span<float> gain)
    {
        var frames = gain.Length;
        var needsLimiting = false;
        for (var f = 0; f < frames; f++)
        {
            var peak = TruePeak.AtFrame(interleaved, channels, frames, f);
            gain[f] = peak > ceiling ? ceiling / peak : 1f;
            needsLimiting |= peak > ceiling;
        }
        if (!needsLimiting) return 1f;

        // Backward: approach each dip at a bounded slope so the gain is already down when the peak arrives.
        var slope = (float)(1.0 / (AttackSeconds * sampleRate));
        for (var f = frames - 2; f >= 0; f--) gain[f] = MathF.Min(gain[f], gain[f + 1] + slope);
        // Forward: recover slowly after a dip.
        var release = (float)Math.Exp(-1.0 / (ReleaseSeconds * sampleRate));
        var deepest = gain[0];
        for (var f = 1; f < frames; f++)
        {
            gain[f] = MathF.Min(gain[f], gain[f - 1] * release + (1 - release));
            deepest = MathF.Min(deepest, gain[f]);
        }
        for (int f = 0, i = 0; f < frames; f++)
        for (var c = 0; c < channels; c++, i++)
            interleaved[i] *= gain[f];
        return deepest;
    }
}
