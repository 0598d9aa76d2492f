using System.Numerics;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// The far land and water: mountain peaks (faceted cones, 7 sides, with a snow cap above the snow line), sand
/// dunes (long flattened lumps), mesas, and a water plane. Built at unit size and scaled where placed; they stand
/// far back (80–400 m), where fog and haze soften them into a skyline.
/// </summary>
public static class Landforms
{
    /// <summary>A peak 1 m high, 1 m base radius; <paramref name="capped"/> puts snow on its top third.</summary>
    public static Kit Peak(bool capped) => capped ? CappedPeak : BarePeak;

    private static readonly Kit CappedPeak = MakePeak(true);
    private static readonly Kit BarePeak = MakePeak(false);

    /// <summary>A dune 1 m high, 1 m long half-axis.</summary>
    public static Kit Dune { get; } = MakeDune();
    /// <summary>A flat-topped mesa 1 m high, base radius 1.</summary>
    public static Kit Mesa { get; } = MakeMesa();

    private static Kit MakePeak(bool capped)
    {
        var k = new Kit();
        k.Paint(Palette.MountainRock).Cylinder(Matrix4x4.CreateScale(1, 0.5f, 1) * Matrix4x4.CreateTranslation(0, 0.5f, 0), 0, 7);
        // A shoulder beside the summit breaks the perfect cone.
        k.Paint(Palette.MountainRock).Cylinder(Matrix4x4.CreateScale(0.6f, 0.33f, 0.55f) * Matrix4x4.CreateRotationY(0.7f) * Matrix4x4.CreateTranslation(0.55f, 0.33f, 0.2f), 0, 6);
        if (capped)
            k.Paint(Palette.SnowCover).Cylinder(Matrix4x4.CreateScale(0.36f, 0.19f, 0.36f) * Matrix4x4.CreateTranslation(0, 0.83f, 0), 0, 7);
        return k;
    }

    private static Kit MakeDune()
    {
        var k = new Kit();
        k.Paint(Palette.Dune).Ellipsoid(Vector3.Zero, new Vector3(1, 1, 0.45f), 0, 0, 12, 6);
        return k;
    }

    private static Kit MakeMesa()
    {
        var k = new Kit();
        k.Paint(Palette.RedRock).Cylinder(Matrix4x4.CreateScale(1, 0.5f, 0.8f) * Matrix4x4.CreateTranslation(0, 0.5f, 0), 0.75f, 7);
        return k;
    }

    /// <summary>
    /// A flat band <paramref name="width"/> m wide lying at <paramref name="top"/>, its middle following z = line(x)
    /// from <paramref name="x0"/> to <paramref name="x1"/> in steps of <paramref name="step"/> m: a wind ripple's
    /// shaded face on sand, a line of surf foam. Faces up, one quad per step.
    /// </summary>
    public static void Ribbon(Kit into, Material surface, Func<float, float> line, float x0, float x1, float width, float top, float step) =>
        Band(into, surface, line, (_, _) => width / 2, (_, _) => top, x0, x1, step);

    /// <summary>
    /// A band whose middle follows z = line(x) from <paramref name="x0"/> to <paramref name="x1"/>, one quad per
    /// <paramref name="step"/> m: <paramref name="halfWidth"/>(i, n) across at the i-th of n steps, each edge at height
    /// <paramref name="y"/>(x, z). Faces up.
    /// </summary>
    public static void Band(Kit into, Material surface, Func<float, float> line, Func<int, int, float> halfWidth, Func<float, float, float> y,
        float x0, float x1, float step)
    {
        var n = Math.Max(1, (int)MathF.Ceiling((x1 - x0) / step));
        var positions = new Vector3[2 * (n + 1)];
        var normals = new Vector3[positions.Length];
        var uvs = new Vector2[positions.Length];
        var indices = new uint[6 * n];
        for (var i = 0; i <= n; i++)
        {
            var x = x0 + (x1 - x0) * i / n;
            var z = line(x);
            var w = halfWidth(i, n);
            positions[2 * i] = new Vector3(x, y(x, z - w), z - w);
            positions[2 * i + 1] = new Vector3(x, y(x, z + w), z + w);
            normals[2 * i] = normals[2 * i + 1] = Vector3.UnitY;
            uvs[2 * i] = new Vector2(x * 0.1f, 0);
            uvs[2 * i + 1] = new Vector2(x * 0.1f, 0.1f);
            if (i == n) break;
            var a = (uint)(2 * i);
            // Counter-clockwise seen from above: (x, z−), (x, z+), (x′, z−).
            ReadOnlySpan<uint> quad = [a, a + 1, a + 2, a + 2, a + 1, a + 3];
            quad.CopyTo(indices.AsSpan(6 * i));
        }
        into.Paint(surface).Triangles(positions, normals, uvs, indices, Matrix4x4.Identity);
    }

    /// <summary>A flat slab of <paramref name="surface"/> over x ∈ [x0, x1], z ∈ [z0, z1], its top at <paramref name="top"/>.</summary>
    public static void Slab(Kit into, Material surface, float x0, float x1, float z0, float z1, float top, float thickness = 0.1f) =>
        into.Paint(surface).Box(new Vector3((x0 + x1) / 2, top - thickness / 2, (z0 + z1) / 2),
            new Vector3(MathF.Abs(x1 - x0) / 2, thickness / 2, MathF.Abs(z1 - z0) / 2));
}
