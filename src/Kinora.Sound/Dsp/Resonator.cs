namespace Kinora.Sound.Dsp;

/// <summary>
/// A two-pole resonator whose centre frequency and bandwidth may change every sample (a formant that glides, an
/// engine body whose resonance follows the revs): y[n] = g·x[n] + 2r·cos(ω)·y[n−1] − r²·y[n−2], with pole radius
/// r = e^(−π·B/fs) for bandwidth B, and g = 1 − r so the peak gain stays near 1 across bandwidths
/// (D. H. Klatt, "Software for a cascade/parallel formant synthesizer", JASA 67(3), 1980, uses the same section).
/// </summary>
public struct Resonator
{
    private double _y1, _y2;

    public float Process(float x, double frequencyHz, double bandwidthHz, int sampleRate)
    {
        var r = Math.Exp(-Math.PI * bandwidthHz / sampleRate);
        var c = 2 * r * Math.Cos(2 * Math.PI * Math.Min(frequencyHz, sampleRate * 0.45) / sampleRate);
        var y = (1 - r) * x + c * _y1 - r * r * _y2;
        _y2 = _y1; _y1 = y;
        return (float)y;
    }
}
