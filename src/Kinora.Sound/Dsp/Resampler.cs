namespace Kinora.Sound.Dsp;

/// <summary>
/// Band-limited resampling by windowed-sinc interpolation (Smith, "Digital Audio Resampling", CCRMA): each output
/// sample is a sum over ±<see cref="HalfTaps"/> input samples weighted by a Blackman-windowed sinc whose cutoff is
/// the lower of the two Nyquist frequencies, so downsampling does not alias and upsampling does not image.
/// </summary>
public static class Resampler
{
    public const int HalfTaps = 16;

    public static float[] Resample(ReadOnlySpan<float> input, int fromRate, int toRate)
    {
        if (fromRate == toRate) return input.ToArray();
        var ratio = (double)toRate / fromRate;
        var output = new float[(int)Math.Round(input.Length * ratio)];
        var cutoff = Math.Min(1.0, ratio); // relative to the input's Nyquist
        for (var n = 0; n < output.Length; n++)
        {
            var t = n / ratio; // position in input samples
            var centre = (int)Math.Floor(t);
            double sum = 0, weight = 0;
            for (var k = centre - HalfTaps + 1; k <= centre + HalfTaps; k++)
            {
                if (k < 0 || k >= input.Length) continue;
                var x = t - k;
                var w = Kernel(x * cutoff) * Blackman(x / HalfTaps);
                sum += input[k] * w;
                weight += w;
            }
            output[n] = weight > 1e-9 ? (float)(sum / weight) : 0f;
        }
        return output;
    }

    private static double Kernel(double x) => Math.Abs(x) < 1e-9 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);

    /// <summary>Blackman window over u in [−1, 1].</summary>
    private static double Blackman(double u) =>
        Math.Abs(u) >= 1 ? 0 : 0.42 + 0.5 * Math.Cos(Math.PI * u) + 0.08 * Math.Cos(2 * Math.PI * u);
}
