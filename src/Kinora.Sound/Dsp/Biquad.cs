namespace Kinora.Sound.Dsp;

/// <summary>
/// A second-order IIR section, transposed direct form II, coefficients normalized so a0 = 1. State is kept in
/// doubles: the K-weighting high-pass sits at 38 Hz where single precision loses accuracy at 48 kHz.
/// Designs follow R. Bristow-Johnson, "Cookbook formulae for audio EQ biquad filter coefficients".
/// A mutable struct on purpose: filters live in locals or fields and run in sample loops without allocation.
/// </summary>
public struct Biquad
{
    private readonly double _b0, _b1, _b2, _a1, _a2;
    private double _z1, _z2;

    public Biquad(double b0, double b1, double b2, double a1, double a2)
    {
        _b0 = b0; _b1 = b1; _b2 = b2; _a1 = a1; _a2 = a2; _z1 = 0; _z2 = 0;
    }

    public double B0 => _b0;
    public double B1 => _b1;
    public double B2 => _b2;
    public double A1 => _a1;
    public double A2 => _a2;

    public static Biquad LowPass(double sampleRate, double cutoffHz, double q = 0.7071)
    {
        var (_, cos, alpha) = Prepare(sampleRate, cutoffHz, q);
        var a0 = 1 + alpha;
        return new Biquad((1 - cos) / 2 / a0, (1 - cos) / a0, (1 - cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    public static Biquad HighPass(double sampleRate, double cutoffHz, double q = 0.7071)
    {
        var (_, cos, alpha) = Prepare(sampleRate, cutoffHz, q);
        var a0 = 1 + alpha;
        return new Biquad((1 + cos) / 2 / a0, -(1 + cos) / a0, (1 + cos) / 2 / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    /// <summary>Band-pass with 0 dB peak gain at the centre frequency.</summary>
    public static Biquad BandPass(double sampleRate, double centreHz, double q)
    {
        var (_, cos, alpha) = Prepare(sampleRate, centreHz, q);
        var a0 = 1 + alpha;
        return new Biquad(alpha / a0, 0, -alpha / a0, -2 * cos / a0, (1 - alpha) / a0);
    }

    private static (double W, double Cos, double Alpha) Prepare(double sampleRate, double hz, double q)
    {
        // Keep the design below Nyquist so a small body's scaled cutoff can never make the filter unstable.
        var f = Math.Clamp(hz, 1.0, sampleRate * 0.45);
        var w = 2 * Math.PI * f / sampleRate;
        return (w, Math.Cos(w), Math.Sin(w) / (2 * q));
    }

    public float Process(float x)
    {
        var y = _b0 * x + _z1;
        _z1 = _b1 * x - _a1 * y + _z2;
        _z2 = _b2 * x - _a2 * y;
        return (float)y;
    }

    /// <summary>Filters a mono buffer in place.</summary>
    public void Process(Span<float> samples)
    {
        for (var i = 0; i < samples.Length; i++) samples[i] = Process(samples[i]);
    }

    /// <summary>Filters one channel of an interleaved buffer in place.</summary>
    public void ProcessInterleaved(Span<float> samples, int channels, int channel)
    {
        for (var i = channel; i < samples.Length; i += channels) samples[i] = Process(samples[i]);
    }

    public void Reset() { _z1 = 0; _z2 = 0; }
}
