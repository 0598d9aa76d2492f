namespace Kinora.Sound.Loudness;

/// <summary>
/// Integrated programme loudness per ITU-R BS.1770-4, "Algorithms to measure audio programme loudness and
/// true-peak audio level" (2015):
/// <list type="number">
/// <item>K-weight every channel (<see cref="KWeighting"/>);</item>
/// <item>mean square per channel over 400 ms gating blocks overlapping by 75 % (a new block every 100 ms);</item>
/// <item>block loudness l = −0.691 + 10·log10(Σ Gᵢ·zᵢ), channel weights G = 1 for L, R, C and 1.41 for surrounds;</item>
/// <item>drop blocks below the absolute gate (−70 LUFS), then those more than 10 LU below the loudness of the rest;</item>
/// <item>integrated loudness is the loudness of the mean power of the surviving blocks.</item>
/// </list>
/// Checked against ffmpeg's ebur128 filter (see the Sound tests).
/// </summary>
public static class LoudnessMeter
{
    public const double BlockSeconds = 0.4;
    /// <summary>Blocks overlap by 75 %: they advance by a quarter block (100 ms).</summary>
    public const int StepsPerBlock = 4;
    public const double AbsoluteGateLufs = -70;
    public const double RelativeGateLu = -10;
    /// <summary>The −0.691 dB offset makes a 997 Hz full-scale sine in one channel read −3.01 LUFS.</summary>
    public const double Offset = -0.691;

    /// <summary>
    /// Integrated loudness in LUFS of an interleaved buffer, or −∞ when no block passes the gates (silence, or
    /// shorter than one 400 ms block).
    /// </summary>
    public static double Integrated(ReadOnlySpan<float> interleaved, int sampleRate, int channels)
    {
        var step = (int)Math.Round(sampleRate * BlockSeconds / StepsPerBlock);
        var frames = interleaved.Length / channels;
        var segments = frames / step;
        if (segments < StepsPerBlock) return double.NegativeInfinity;

        // Sum of weighted squares per 100 ms segment; a block is four consecutive segments.
        var segmentEnergy = new double[segments];
        Span<Dsp.Biquad> shelf = stackalloc Dsp.Biquad[channels];
        Span<Dsp.Biquad> highPass = stackalloc Dsp.Biquad[channels];
        Span<double> weight = stackalloc double[channels];
        for (var c = 0; c < channels; c++)
        {
            shelf[c] = KWeighting.Shelf(sampleRate);
            highPass[c] = KWeighting.HighPass(sampleRate);
            weight[c] = ChannelWeight(c, channels);
        }
        var i = 0;
        for (var s = 0; s < segments; s++)
        {
            double sum = 0;
            for (var f = 0; f < step; f++)
            for (var c = 0; c < channels; c++, i++)
            {
                var y = highPass[c].Process(shelf[c].Process(interleaved[i]));
                sum += weight[c] * y * y;
            }
            segmentEnergy[s] = sum;
        }

        var blocks = segments - StepsPerBlock + 1;
        var blockPower = new double[blocks];
        var norm = 1.0 / (step * StepsPerBlock);
        for (var b = 0; b < blocks; b++)
        {
            double e = 0;
            for (var k = 0; k < StepsPerBlock; k++) e += segmentEnergy[b + k];
            blockPower[b] = e * norm;
        }

        var absolute = PowerOf(AbsoluteGateLufs);
        var (sumAbs, countAbs) = GatedMean(blockPower, absolute);
        if (countAbs == 0) return double.NegativeInfinity;
        var relative = PowerOf(LoudnessOf(sumAbs / countAbs) + RelativeGateLu);
        var (sumRel, countRel) = GatedMean(blockPower, Math.Max(absolute, relative));
        return countRel == 0 ? double.NegativeInfinity : LoudnessOf(sumRel / countRel);
    }

    public static double LoudnessOf(double power) => Offset + 10 * Math.Log10(power);

    public static double PowerOf(double lufs) => Math.Pow(10, (lufs - Offset) / 10);

    /// <summary>BS.1770-4 Table 3: L, R, C weigh 1.0; Ls, Rs 1.41; the LFE (4th of 5.1) is not measured.</summary>
    private static double ChannelWeight(int channel, int channels) =>
        channels == 6 ? channel switch { 3 => 0, 4 or 5 => 1.41, _ => 1 } : 1;

    private static (double Sum, int Count) GatedMean(double[] blockPower, double gate)
    {
        double sum = 0;
        var count = 0;
        foreach (var p in blockPower)
            if (p > gate) { sum += p; count++; }
        return (sum, count);
    }
}
