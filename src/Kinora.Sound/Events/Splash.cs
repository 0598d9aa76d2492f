using Kinora.Plan;
using Kinora.Sound.Dsp;

namespace Kinora.Sound.Events;

/// <summary>
/// A body entering water: the slap of the surface (a short noise burst), the cavity closing (a low thump), then a
/// train of bubbles. Each bubble rings at its Minnaert frequency f = 3.26 m·Hz / r (M. Minnaert, "On musical air
/// bubbles and the sounds of running water", Phil. Mag. 1933), rising in pitch as it nears the surface (van den
/// Doel, "Physically-based models for liquid sounds", ACM TAP 2005). A bigger, faster body makes a louder splash,
/// more and larger bubbles, and a longer tail of falling droplets.
/// </summary>
public static class Splash
{
    public const double MaxSeconds = 1.2;
    public static int LengthFor(int sampleRate) => (int)(MaxSeconds * sampleRate);

    public static int Render(double radius, double impulse, double speed, long seed, string stream, int sampleRate, Span<float> output)
    {
        var n = Math.Min(output.Length, LengthFor(sampleRate));
        var buffer = output[..n];
        var rng = new SeededRandom(seed, stream);
        var level = Math.Clamp(0.05 + 0.12 * Math.Pow(Math.Max(impulse, 0.01), 0.6), 0.05, 0.6);
        var size = Math.Clamp(radius / 0.1, 0.3, 4);
        Grains.NoiseBurst(buffer, 0, level, 0.04 * Math.Sqrt(size), 7000, 300, Grains.Fork(ref rng), "slap", sampleRate, 0.001);
        Grains.NoiseBurst(buffer, Grains.At(0.01, sampleRate), level * 0.8, 0.06 * size, 400 / Math.Sqrt(size), 30, Grains.Fork(ref rng), "cavity", sampleRate, 0.004);
        var bubbles = (int)Math.Clamp(12 * size * Math.Sqrt(Math.Max(speed, 0.5)), 6, 60);
        for (var b = 0; b < bubbles; b++)
        {
            var at = Grains.At(0.02 + 0.25 * rng.NextDouble() * rng.NextDouble(), sampleRate);
            var bubbleRadius = rng.Range(0.0015, 0.006) * Math.Sqrt(size);
            var f = 3.26 / bubbleRadius;
            Grains.Ping(buffer, at, level * rng.Range(0.15, 0.5), f, rng.Range(0.008, 0.025), rng.Range(2, 8), sampleRate);
        }
        // Droplets falling back: small high bubbles and ticks over the next half second.
        for (var d = 0; d < bubbles / 2; d++)
        {
            var at = Grains.At(rng.Range(0.25, 0.9), sampleRate);
            Grains.Ping(buffer, at, level * rng.Range(0.05, 0.2), rng.Range(1500, 4000), rng.Range(0.005, 0.012), rng.Range(5, 15), sampleRate);
        }
        return n;
    }
}
