using Kinora.Plan;

namespace Kinora.Sound.Dsp;

/// <summary>
/// Seeded noise generators (white, pink, brown) as structs so they can run inside sample loops without
/// allocating. Every generator draws from its own <see cref="SeededRandom"/> stream, so the same plan seed gives
/// the same samples on every machine.
/// </summary>
public struct WhiteNoise(long seed, string stream)
{
    private SeededRandom _rng = new(seed, stream);

    /// <summary>Uniform white noise in [−1, 1): RMS 1/√3 ≈ −4.8 dBFS.</summary>
    public float Next() => (float)(_rng.NextDouble() * 2.0 - 1.0);
}

/// <summary>
/// Pink (1/f) noise by Paul Kellet's "refined" filter: a sum of seven one-pole filters that is within ±0.05 dB
/// of −3 dB/octave above 9 Hz (musicdsp.org, "Filters to make pink noise"). Output RMS is roughly 0.1–0.2; beds
/// measure and scale their own level anyway.
/// </summary>
public struct PinkNoise(long seed, string stream)
{
    private WhiteNoise _white = new(seed, stream);
    private float _b0, _b1, _b2, _b3, _b4, _b5, _b6;

    public float Next()
    {
        var w = _white.Next();
        _b0 = 0.99886f * _b0 + w * 0.0555179f;
        _b1 = 0.99332f * _b1 + w * 0.0750759f;
        _b2 = 0.96900f * _b2 + w * 0.1538520f;
        _b3 = 0.86650f * _b3 + w * 0.3104856f;
        _b4 = 0.55000f * _b4 + w * 0.5329522f;
        _b5 = -0.7616f * _b5 - w * 0.0168980f;
        var pink = _b0 + _b1 + _b2 + _b3 + _b4 + _b5 + _b6 + w * 0.5362f;
        _b6 = w * 0.115926f;
        return pink * 0.11f;
    }
}

/// <summary>
/// Brown (1/f², −6 dB/octave) noise: leaky integration of white noise. The leak (1/1.02) keeps it from drifting
/// into DC over long clips, which also makes it seamless for any length.
/// </summary>
public struct BrownNoise(long seed, string stream)
{
    private WhiteNoise _white = new(seed, stream);
    private float _state;

    public float Next()
    {
        _state = (_state + 0.02f * _white.Next()) / 1.02f;
        return _state * 3.5f;
    }
}
