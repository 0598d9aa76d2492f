namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// Seeded 2-D gradient noise (Perlin 2002, "Improving Noise": quintic fade, gradients on a lattice) and its ridged
/// multifractal sum (Musgrave, "Texturing &amp; Modeling", 3rd ed., ch. 16): each octave folds the noise about zero
/// (1 − |n|)², which turns its zero lines into sharp crests, and weights the next octave by the last, so detail
/// gathers on the crests and the valleys stay smooth — what eroded mountain ranges look like from afar, where
/// sums of sines gave rounded, regular humps. A pure function of the seed: no tables, no allocation.
/// </summary>
public readonly struct RidgedNoise(uint seed)
{
    /// <summary>Gradient noise at (x, z) in lattice units, about −0.7…0.7, 0 on every lattice point.</summary>
    public float Gradient(float x, float z)
    {
        var (xf, zf) = (MathF.Floor(x), MathF.Floor(z));
        var (ix, iz) = ((int)xf, (int)zf);
        var (fx, fz) = (x - xf, z - zf);
        var a = Corner(ix, iz, fx, fz);
        var b = Corner(ix + 1, iz, fx - 1, fz);
        var c = Corner(ix, iz + 1, fx, fz - 1);
        var d = Corner(ix + 1, iz + 1, fx - 1, fz - 1);
        var (u, v) = (Fade(fx), Fade(fz));
        return a + (b - a) * u + (c + (d - c) * u - a - (b - a) * u) * v;
    }

    /// <summary>Ridged sum of <paramref name="octaves"/> octaves at (x, z) in lattice units of the first: 0 in the
    /// troughs to about 1 on the highest crests.</summary>
    public float Ridged(float x, float z, int octaves)
    {
        float sum = 0, norm = 0, amplitude = 1, weight = 1;
        for (var o = 0; o < octaves; o++)
        {
            var n = 1 - MathF.Abs(Gradient(x, z)) * 1.45f;
            n = n < 0 ? 0 : n * n;
            n *= weight;
            weight = MathF.Min(1, 1.6f * n);
            sum += n * amplitude;
            norm += amplitude;
            amplitude *= 0.5f;
            // Not quite doubling, and offset, so octaves' lattices never line up into a grid.
            (x, z) = (2.03f * x + 17.1f, 2.03f * z - 5.3f);
        }
        return sum / norm;
    }

    private float Corner(int ix, int iz, float dx, float dz)
    {
        // One of eight unit-ish directions, picked by a hash of the lattice point (Perlin's 2002 gradient set in 2-D).
        return (Hash(ix, iz) & 7) switch
        {
            0 => dx + dz,
            1 => dx - dz,
            2 => -dx + dz,
            3 => -dx - dz,
            4 => 1.41f * dx,
            5 => -1.41f * dx,
            6 => 1.41f * dz,
            _ => -1.41f * dz,
        };
    }

    private uint Hash(int x, int z)
    {
        // Integer mixing (a PCG-style multiply-xorshift): well spread for neighbouring lattice points.
        var h = (uint)x * 0x27d4eb2du ^ (uint)z * 0x165667b1u ^ seed * 0x9e3779b9u;
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        h *= 0x297a2d39u;
        h ^= h >> 15;
        return h;
    }

    private static float Fade(float t) => t * t * t * (t * (t * 6 - 15) + 10);
}
