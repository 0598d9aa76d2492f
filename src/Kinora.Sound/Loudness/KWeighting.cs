using Kinora.Sound.Dsp;

namespace Kinora.Sound.Loudness;

/// <summary>
/// The K-weighting pre-filter of ITU-R BS.1770-4 (Annex 1): a high shelf of about +4 dB above ~1.7 kHz (the
/// acoustic effect of the head) followed by the "RLB" high-pass near 38 Hz. At 48 kHz the standard tabulates
/// the coefficients exactly; for other rates they are re-derived from the analogue prototypes' parameters as
/// libebur128 does (f0, gain and Q below), which reproduces the 48 kHz table to ~1e-8.
/// </summary>
public static class KWeighting
{
    // Stage 1 (shelf) prototype: centre 1681.97 Hz, +3.99984 dB, Q 0.70718.
    private const double ShelfHz = 1681.974450955533, ShelfGainDb = 3.999843853973347, ShelfQ = 0.7071752369554196;
    // Stage 2 (RLB high-pass) prototype: 38.1355 Hz, Q 0.50033.
    private const double HighPassHz = 38.13547087602444, HighPassQ = 0.5003270373238773;

    public static Biquad Shelf(int sampleRate)
    {
        var k = Math.Tan(Math.PI * ShelfHz / sampleRate);
        var vh = Math.Pow(10, ShelfGainDb / 20);
        var vb = Math.Pow(vh, 0.4996667741545416);
        var a0 = 1 + k / ShelfQ + k * k;
        return new Biquad(
            (vh + vb * k / ShelfQ + k * k) / a0,
            2 * (k * k - vh) / a0,
            (vh - vb * k / ShelfQ + k * k) / a0,
            2 * (k * k - 1) / a0,
            (1 - k / ShelfQ + k * k) / a0);
    }

    /// <summary>
    /// The RLB high-pass. BS.1770 gives it with numerator (1, −2, 1) unnormalized, i.e. unity gain at high
    /// frequencies only approximately; we keep the standard's numerator so levels match its tables and ebur128.
    /// </summary>
    public static Biquad HighPass(int sampleRate)
    {
        var k = Math.Tan(Math.PI * HighPassHz / sampleRate);
        var a0 = 1 + k / HighPassQ + k * k;
        return new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / HighPassQ + k * k) / a0);
    }
}
