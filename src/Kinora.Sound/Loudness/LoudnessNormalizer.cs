using Kinora.Sound.Dsp;

namespace Kinora.Sound.Loudness;

/// <summary>What normalization did: loudness before and after (LUFS), the gain applied and the final true peak (dBTP).</summary>
public readonly record struct LoudnessReport(double InputLufs, double GainDb, double OutputLufs, double PeakDbfs, double LimiterDb);

/// <summary>
/// Brings a mix to <see cref="TargetLufs"/> integrated (BS.1770-4) with true peaks (4× oversampled) at or below
/// <see cref="CeilingDbfs"/> less <see cref="EncoderMarginDb"/>. Impacts are peaky (peak-to-loudness ratios of 20 dB are common), so the limiter
/// usually works and lowers the loudness a little; the gain is then corrected and the limiter re-run, a few
/// rounds, from the untouched mix each time so the limiter never compounds.
/// </summary>
public static class LoudnessNormalizer
{
    /// <summary>−14 LUFS: what the big streaming platforms normalize to (YouTube, Spotify), so Kinora's clips are
    /// neither turned down nor up there.</summary>
    public const double TargetLufs = -14;
    /// <summary>−1 dBTP true-peak ceiling of the delivered (decoded) audio, EBU R128 s1 / AES TD1004.</summary>
    public const double CeilingDbfs = -1;
    /// <summary>
    /// The PCM is limited this much under the ceiling: AAC's quantization noise adds to the waveform, and at
    /// 192 kb/s the decoded true peak was measured up to ~0.3 dB above the PCM's (bench/sound/results.md).
    /// </summary>
    public const double EncoderMarginDb = 0.5;
    public const double ToleranceLu = 0.05;
    public const int MaxRounds = 8;
    /// <summary>The least loudness a dB of gain is assumed to buy (bounds each step to 5× the remaining error).</summary>
    private const double MinSlope = 0.2;

    public static LoudnessReport Normalize(Span<float> mix, int sampleRate, int channels,
        double targetLufs = TargetLufs, double ceilingDbfs = CeilingDbfs)
    {
        var input = LoudnessMeter.Integrated(mix, sampleRate, channels);
        if (double.IsNegativeInfinity(input)) return new(input, 0, input, TruePeak.MaxDb(mix, channels), 0);
        var ceiling = (float)Levels.DbToGain(ceilingDbfs - EncoderMarginDb);
        var original = mix.ToArray();
        var gainDb = targetLufs - input;
        double output = input, limiterDb = 0;
        double previousGain = double.NaN, previousOutput = double.NaN;
        for (var round = 0; round < MaxRounds; round++)
        {
            original.AsSpan().CopyTo(mix);
            Levels.Scale(mix, (float)Levels.DbToGain(gainDb));
            limiterDb = PeakLimiter.Apply(mix, channels, sampleRate, ceiling);
            output = LoudnessMeter.Integrated(mix, sampleRate, channels);
            var error = targetLufs - output;
            if (Math.Abs(error) <= ToleranceLu) break;
            // Under heavy limiting a dB of gain buys less than a dB of loudness: step by the measured slope
            // (secant), so peaky clips (a few soft thuds) still reach the target in a few rounds.
            var slope = double.IsNaN(previousGain) || Math.Abs(gainDb - previousGain) < 1e-6
                ? 1 : Math.Clamp((output - previousOutput) / (gainDb - previousGain), MinSlope, 1);
            previousGain = gainDb; previousOutput = output;
            gainDb += error / slope;
        }
        return new(input, gainDb, output, TruePeak.MaxDb(mix, channels), limiterDb);
    }
}
