namespace Kinora.Plan;

/// <summary>
/// Deterministic random numbers for every stage: SplitMix64 seeded from the plan seed and a stream name, so
/// each stage (and each entity within it) draws from its own sequence and adding a draw in one place never
/// shifts another's. Same seed and stream, same numbers, on every machine and .NET version.
/// </summary>
public struct SeededRandom
{
    private ulong _state;

    public SeededRandom(long seed, string stream = "")
    {
        // FNV-1a of the stream name, mixed with the seed.
        var h = 14695981039346656037UL;
        foreach (var ch in stream) { h ^= ch; h *= 1099511628211UL; }
        _state = (ulong)seed ^ h;
        NextULong();
    }

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [min, max).</summary>
    public double Range(double min, double max) => min + (max - min) * NextDouble();

    public float RangeF(float min, float max) => (float)Range(min, max);
}
