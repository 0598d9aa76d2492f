namespace Kinora.Sound.Dsp;

/// <summary>Level arithmetic shared by beds, meters and tests: RMS, peak and decibel conversions (dBFS re 1.0).</summary>
public static class Levels
{
    public static double DbToGain(double db) => Math.Pow(10, db / 20);

    public static double GainToDb(double gain) => gain > 0 ? 20 * Math.Log10(gain) : double.NegativeInfinity;

    public static double Rms(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty) return 0;
        double sum = 0;
        foreach (var s in samples) sum += (double)s * s;
        return Math.Sqrt(sum / samples.Length);
    }

    public static float Peak(ReadOnlySpan<float> samples)
    {
        var peak = 0f;
        foreach (var s in samples) peak = MathF.Max(peak, MathF.Abs(s));
        return peak;
    }

    public static void Scale(Span<float> samples, float gain)
    {
        for (var i = 0; i < samples.Length; i++) samples[i] *= gain;
    }

    /// <summary>Scales a buffer so its RMS is <paramref name="targetDbfs"/> (no-op on silence).</summary>
    public static void ScaleToRms(Span<float> samples, double targetDbfs)
    {
        var rms = Rms(samples);
        if (rms > 0) Scale(samples, (float)(DbToGain(targetDbfs) / rms));
    }
}
