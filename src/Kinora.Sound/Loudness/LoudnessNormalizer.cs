using Kinora.Sound.Dsp;

namespace Kinora.Sound.Loudness;

/// <summary>What normalization did: loudness before and after (LUFS), the gain applied and the final sample peak.</summary>
public readonly record struct LoudnessReport(double InputLufs, double GainDb, double OutputLufs, double PeakDbfs, double LimiterDb);

/// <summary>
/// Brings a mix to <see cref="TargetLufs"/> integrated (BS.1770-4) with sample peaks at or below
/// <see cref="CeilingDbfs"/>. Impacts are peaky (peak-to-loudness ratios of 20 dB are common), so the limiter
/// usually works and lowers the loudness a little; the gain is then corrected and the limiter re-run, a few
/// rounds, from the untouched mix each time so the limiter never compounds.
/// </summary>
public static class LoudnessNormalizer
{
    /// <summary>−16 LUFS: the common target for web and mobile video (e.g. AES TD1004 streaming recommendation).</summary>
    public const double TargetLufs = -16;
    /// <summary>−1 dBFS sample-peak ceiling: headroom for the AAC encoder's overshoot.</summary>
    public const double CeilingDbfs = -1;
    public const double ToleranceLu = 0.05;
    public const int MaxRounds = 5;

    public static LoudnessReport Normalize(Span<float> mix, int sampleRate, int channels,
        double targetLufs = TargetLufs, double ceilingDbfs = CeilingDbfs)
    {
        var input = LoudnessMeter.Integrated(mix, sampleRate, channels);
        if (double.IsNegativeInfinity(input)) return new(input, 0, input, GainToPeak(mix), 0);
        // A hair under the ceiling so float rounding in later stages (WAV, resampling) cannot cross it.
        var ceiling = (float)Levels.DbToGain(ceilingDbfs - 0.01);
        var original = mix.ToArray();
        var gainDb = targetLufs - input;
        double output = input, limiterDb = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            original.AsSpan().CopyTo(mix);
            Levels.Scale(mix, (float)Levels.DbToGain(gainDb));
            limiterDb = PeakLimiter.Apply(mix, channels, sampleRate, ceiling);
            output = LoudnessMeter.Integrated(mix, sampleRate, channels);
            var error = targetLufs - output;
            if (Math.Abs(error) <= ToleranceLu) break;
            gainDb += error;
        }
        return new(input, gainDb, output, GainToPeak(mix), limiterDb);
    }

    private static double GainToPeak(ReadOnlySpan<float> mix) => Levels.GainToDb(Levels.Peak(mix));
}
