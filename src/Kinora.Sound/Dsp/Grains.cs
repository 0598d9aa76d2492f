using Kinora.Plan;
using Kinora.Sound.Impacts;

namespace Kinora.Sound.Dsp;

/// <summary>
/// Building blocks shared by the event synthesizers: a decaying filtered-noise burst (thud, hiss, crash) and a
/// decaying sine "ping" (a fragment, a bubble). Each adds into a mono buffer from a start sample, never before it,
/// so an event's onset stays on its sample. No allocation: filters and noise are structs.
/// </summary>
public static class Grains
{
    /// <summary>
    /// Band-limited white noise (low-pass at <paramref name="lowPassHz"/>, optional high-pass) with a 0.5 ms linear
    /// attack and an exponential decay of time constant <paramref name="decaySeconds"/>, lasting 7 of them
    /// (−60 dB). <paramref name="level"/> is the burst's RMS at its start, whatever the band.
    /// </summary>
    public static void NoiseBurst(Span<float> output, int start, double level, double decaySeconds, double lowPassHz,
        double highPassHz, long seed, string stream, int sampleRate, double attackSeconds = 0.0005)
    {
        if (start < 0 || start >= output.Length || level <= 0) return;
        var n = Math.Min(output.Length - start, (int)Math.Ceiling(Mode.Ln1000 * decaySeconds * sampleRate) + (int)(attackSeconds * sampleRate));
        var noise = new WhiteNoise(seed, stream);
        var lp = Biquad.LowPass(sampleRate, lowPassHz);
        var hp = Biquad.HighPass(sampleRate, Math.Max(10, highPassHz));
        // Keep the RMS at `level` whatever the band: white noise keeps bandwidth / (fs/2) of its power; uniform
        // noise has RMS 1/√3.
        var band = Math.Max(50, Math.Min(lowPassHz, sampleRate * 0.45) - (highPassHz > 10 ? highPassHz : 0));
        var gain = level * Math.Sqrt(3 * (sampleRate / 2.0) / band);
        var decay = Math.Exp(-1.0 / (decaySeconds * sampleRate));
        var attack = Math.Max(1, attackSeconds * sampleRate);
        var env = 1.0;
        for (var i = 0; i < n; i++)
        {
            var x = hp.Process(lp.Process(noise.Next()));
            var ramp = i < attack ? (i + 1) / attack : 1.0; // nonzero from the first sample: the onset is the event's sample
            output[start + i] += (float)(x * gain * env * ramp);
            if (i >= attack) env *= decay;
        }
    }

    /// <summary>
    /// A sine of peak <paramref name="level"/> starting at zero phase, gliding by <paramref name="glidePerSecond"/>
    /// (relative frequency change per second; bubbles rise), decaying as e^(−t/τ) over 7 time constants.
    /// </summary>
    public static void Ping(Span<float> output, int start, double level, double frequencyHz, double decaySeconds,
        double glidePerSecond, int sampleRate)
    {
        if (start < 0 || start >= output.Length || level <= 0 || frequencyHz >= sampleRate * 0.45) return;
        var n = Math.Min(output.Length - start, (int)Math.Ceiling(Mode.Ln1000 * decaySeconds * sampleRate));
        var decay = Math.Exp(-1.0 / (decaySeconds * sampleRate));
        double phase = 0, env = level;
        for (var i = 0; i < n; i++)
        {
            var f = frequencyHz * (1 + glidePerSecond * i / sampleRate);
            if (f >= sampleRate * 0.45) break;
            output[start + i] += (float)(Math.Sin(phase) * env);
            phase += 2 * Math.PI * f / sampleRate;
            env *= decay;
        }
    }

    /// <summary>Seconds → a sample index on the buffer's clock.</summary>
    public static int At(double seconds, int sampleRate) => (int)Math.Round(seconds * sampleRate);

    /// <summary>A fresh seed for a sub-stream, so one event's grains draw independent noise.</summary>
    public static long Fork(ref SeededRandom rng) => (long)rng.NextULong();
}
