using System.Numerics;

namespace Kinora.Compose.Assets.Textures;

/// <summary>
/// Seeded 2D noise for painting coats: value noise and its fractal sum (soft mottling, fur locks), and cellular
/// (Worley) distances to the nearest two feature points (giraffe patches bounded by pale lines, wool curls).
/// Pure functions of the point and the seed, so a coat is the same for the same seed.
/// </summary>
public static class AnimalCoatNoise
{
    private static uint Hash(int x, int y, uint seed)
    {
        var h = (uint)x * 0x8da6b343u ^ (uint)y * 0xd8163841u ^ seed * 0xcb1ab31fu;
        h ^= h >> 15; h *= 0x2c1b3c6du; h ^= h >> 12; h *= 0x297a2d39u; h ^= h >> 15;
        return h;
    }

    /// <summary>A hash of a lattice cell in 0..1.</summary>
    public static float Cell(int x, int y, uint seed) => Hash(x, y, seed) / (float)uint.MaxValue;

    /// <summary>Smoothly interpolated lattice noise in 0..1, one feature per unit.</summary>
    public static float Value(Vector2 p, uint seed)
    {
        var x0 = (int)MathF.Floor(p.X);
        var y0 = (int)MathF.Floor(p.Y);
        var fx = p.X - x0;
        var fy = p.Y - y0;
        var ux = fx * fx * (3 - 2 * fx);
        var uy = fy * fy * (3 - 2 * fy);
        var a = Cell(x0, y0, seed);
        var b = Cell(x0 + 1, y0, seed);
        var c = Cell(x0, y0 + 1, seed);
        var d = Cell(x0 + 1, y0 + 1, seed);
        return a + (b - a) * ux + (c - a) * uy + (a - b - c + d) * ux * uy;
    }

    /// <summary>Four octaves of value noise, 0..1.</summary>
    public static float Fbm(Vector2 p, uint seed)
    {
        float sum = 0, amp = 0.5f, norm = 0;
        for (var o = 0; o < 4; o++)
        {
            sum += amp * Value(p, seed + (uint)o * 101);
            norm += amp;
            p = p * 2.03f + new Vector2(17.1f, 9.3f);
            amp *= 0.5f;
        }
        return sum / norm;
    }

    /// <summary>Distances to the nearest and second-nearest jittered feature point (one per unit cell), and the nearest's id.</summary>
    public static (float F1, float F2, uint Id) Worley(Vector2 p, uint seed, float jitter = 0.8f)
    {
        var cx = (int)MathF.Floor(p.X);
        var cy = (int)MathF.Floor(p.Y);
        float f1 = float.MaxValue, f2 = float.MaxValue;
        uint id = 0;
        for (var dy = -1; dy <= 1; dy++)
            for (var dx = -1; dx <= 1; dx++)
            {
                var (x, y) = (cx + dx, cy + dy);
                var feature = new Vector2(x + 0.5f + (Cell(x, y, seed) - 0.5f) * jitter, y + 0.5f + (Cell(x, y, seed ^ 0x5bd1e995u) - 0.5f) * jitter);
                var d = Vector2.Distance(p, feature);
                if (d < f1) { f2 = f1; f1 = d; id = Hash(x, y, seed ^ 0x68e31da4u); }
                else if (d < f2) f2 = d;
            }
        return (f1, f2, id);
    }

    /// <summary>Smooth step from 0 at <paramref name="a"/> to 1 at <paramref name="b"/>.</summary>
    public static float Smooth(float a, float b, float x)
    {
        var t = Math.Clamp((x - a) / (b - a), 0, 1);
        return t * t * (3 - 2 * t);
    }
}
