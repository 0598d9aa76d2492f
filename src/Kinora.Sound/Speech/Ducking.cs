using System.Buffers;

namespace Kinora.Sound.Speech;

/// <summary>
/// Lowers effects, ambience and music under dialogue the way a mixer rides the faders: per phrase, not per
/// syllable. The other buses glide down over <see cref="FallSeconds"/> so they are already down (<see cref="DepthFor"/>)
/// when the first word starts (a look-ahead: the speech is known in advance), stay down through the short
/// pauses between words and sentences (<see cref="HoldSeconds"/>), and come back over <see cref="RiseSeconds"/>
/// after the line. A syllable-rate side-chain (the earlier design) pumped the bed between words and left the onset
/// of each line, where the first consonants are, under a bed at full level; the bench's recognizer lost exactly
/// those words (bench/sound/results.md).
/// </summary>
public static class Ducking
{
    /// <summary>The least the other buses go down while someone speaks: with the quieter beds (room tone −42 dBFS,
    /// park air) this alone keeps the background 30–40 dB under dialogue at −14 LUFS.</summary>
    public const double DepthDb = -15;
    /// <summary>LU the background (ambience and music) sits under the dialogue while it is spoken. A bed loud by
    /// nature (surf −25 LUFS, a street, rain) or music 8 LU under the action is ducked further than
    /// <see cref="DepthDb"/> to reach it. Measured with the bench's recognizer on a line over surf
    /// (bench/sound/README.md): 26 LU under lost 4 of 7 words, 31 LU 2, 36 LU and more none (as without the bed).</summary>
    public const double BackgroundUnderDialogueLu = 35;
    /// <summary>The most the other buses go down (dB): below this a loud place would drop out of the picture.</summary>
    public const double MaxDepthDb = -30;

    /// <summary>How far to duck a background of <paramref name="backgroundLufs"/> under dialogue at
    /// <paramref name="dialogueLufs"/>: at least <see cref="DepthDb"/>, enough for <see cref="BackgroundUnderDialogueLu"/>,
    /// at most <see cref="MaxDepthDb"/>.</summary>
    public static double DepthFor(double dialogueLufs, double backgroundLufs)
    {
        if (double.IsNegativeInfinity(backgroundLufs) || double.IsNaN(backgroundLufs)) return DepthDb;
        var needed = backgroundLufs - (dialogueLufs - BackgroundUnderDialogueLu);
        return Math.Clamp(-needed, MaxDepthDb, DepthDb);
    }
    public const double FallSeconds = 0.5, HoldSeconds = 0.6, RiseSeconds = 1.5;
    /// <summary>Speech counts as present above this level relative to its own peak (−40 dB: breath and the
    /// voice's background noise are not speech).</summary>
    public const double ActiveBelowPeakDb = -40;

    public static void Apply(ReadOnlySpan<float> speech, Span<float> effects, Span<float> bed, int rate, double depthDb = DepthDb)
    {
        var frames = speech.Length / 2;
        if (frames == 0) return;
        var peak = 0f;
        foreach (var s in speech) peak = MathF.Max(peak, MathF.Abs(s));
        if (peak == 0) return;
        var threshold = peak * (float)Dsp.Levels.DbToGain(ActiveBelowPeakDb);
        var floor = (float)Dsp.Levels.DbToGain(depthDb);
        var hold = (int)(HoldSeconds * rate);
        var gain = ArrayPool<float>.Shared.Rent(frames);
        try
        {
            // Down from the first active frame to `hold` frames after the last of each phrase.
            var sinceActive = int.MaxValue;
            for (var f = 0; f < frames; f++)
            {
                var active = MathF.Max(MathF.Abs(speech[2 * f]), MathF.Abs(speech[2 * f + 1])) > threshold;
                sinceActive = active ? 0 : sinceActive == int.MaxValue ? int.MaxValue : sinceActive + 1;
                gain[f] = sinceActive <= hold ? floor : 1f;
            }
            // Backward: reach the floor by the first word (linear glide of FallSeconds before it).
            var fall = (1 - floor) / (float)(FallSeconds * rate);
            for (var f = frames - 2; f >= 0; f--) gain[f] = MathF.Min(gain[f], gain[f + 1] + fall);
            // Forward: come back slowly after the phrase.
            var rise = (1 - floor) / (float)(RiseSeconds * rate);
            for (var f = 1; f < frames; f++) gain[f] = MathF.Min(gain[f], gain[f - 1] + rise);
            for (var f = 0; f < frames; f++)
            {
                var g = gain[f];
                effects[2 * f] *= g; effects[2 * f + 1] *= g;
                bed[2 * f] *= g; bed[2 * f + 1] *= g;
            }
        }
        finally { ArrayPool<float>.Shared.Return(gain); }
    }
}
