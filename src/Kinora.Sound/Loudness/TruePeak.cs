namespace Kinora.Sound.Loudness;

/// <summary>
/// True peak by 4× oversampling, as ITU-R BS.1770-4 Annex 2 prescribes: the peaks of a band-limited signal lie
/// between its samples, up to ~3 dB above the highest sample for a tone near Nyquist/2, and an AAC decoder
/// reconstructs those inter-sample peaks. Each of the three in-between phases (¼, ½, ¾ of a sample) is a
/// <see cref="Taps"/>-tap Blackman-windowed sinc, the same family as the standard's 48-tap example filter.
/// Phase 0 is the sample itself.
/// </summary>
public static class TruePeak
{
    public const int Oversampling = 4;
    /// <summary>Taps per phase: input samples n−7 … n+8 for the points between n and n+1.</summary>
    public const int Taps = 16;
    private const int Before = Taps / 2 - 1;

    // [phase − 1][tap], built once; the per-sample loops only read them.
    private static readonly float[][] Phases = BuildPhases();

    private static float[][] BuildPhases()
    {
        var phases = new float[Oversampling - 1][];
        for (var p = 1; p < Oversampling; p++)
        {
            var frac = (double)p / Oversampling;
            var h = new float[Taps];
            double sum = 0;
            for (var t = 0; t < Taps; t++)
            {
                var x = t - Before - frac; // distance of input sample n−Before+t from the point n+frac
                var w = 0.42 + 0.5 * Math.Cos(Math.PI * x / (Taps / 2.0)) + 0.08 * Math.Cos(2 * Math.PI * x / (Taps / 2.0));
                h[t] = (float)(Math.Sin(Math.PI * x) / (Math.PI * x) * w);
                sum += h[t];
            }
            for (var t = 0; t < Taps; t++) h[t] = (float)(h[t] / sum); // unity gain at DC
            phases[p - 1] = h;
        }
        return phases;
    }

    /// <summary>The highest true peak of an interleaved buffer, linear (1.0 = 0 dBTP).</summary>
    public static float Max(ReadOnlySpan<float> interleaved, int channels)
    {
        var frames = interleaved.Length / channels;
        var max = 0f;
        for (var f = 0; f < frames; f++) max = MathF.Max(max, AtFrame(interleaved, channels, frames, f));
        return max;
    }

    public static double MaxDb(ReadOnlySpan<float> interleaved, int channels) => Dsp.Levels.GainToDb(Max(interleaved, channels));

    /// <summary>
    /// The highest absolute value, over all channels, of frame <paramref name="f"/> and of the three oversampled
    /// points after it (up to frame f+1). Samples outside the buffer count as silence.
    /// </summary>
    public static float AtFrame(ReadOnlySpan<float> x, int channels, int frames, int f)
    {
        var peak = 0f;
        var interior = f - Before >= 0 && f - Before + Taps <= frames;
        for (var c = 0; c < channels; c++)
        {
            peak = MathF.Max(peak, MathF.Abs(x[f * channels + c]));
            foreach (var h in Phases)
            {
                var acc = 0f;
                if (interior)
                {
                    var i = (f - Before) * channels + c;
                    for (var t = 0; t < Taps; t++, i += channels) acc += h[t] * x[i];
                }
                else
                {
                    for (var t = 0; t < Taps; t++)
                    {
                        var n = f - Before + t;
                        if (n >= 0 && n < frames) acc += h[t] * x[n * channels + c];
                    }
                }
                peak = MathF.Max(peak, MathF.Abs(acc));
            }
        }
        return peak;
    }
}
