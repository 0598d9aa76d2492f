using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// An iron lattice tower after Eiffel's (Paris, 1889), in its own metres: 324 m to the tip, four piers on a 125 m
/// square base curving in along an exponential profile (half-width ≈ 62·e^(−y/75) m: 29 m at the first platform's
/// 57 m, 13 m at the second's 115 m) until they merge into one shaft, the great arches between the piers' feet, the
/// two platforms, the top cabin and the spire. Painted its bronze brown; the piers' lattice is drawn as open
/// bracing rods over slim solid cores, so light shows through it against the sky. About 9k triangles.
/// </summary>
public static class EiffelTower
{
    public const float Height = 324;

    private static readonly Material Iron = Paints.Srgb(96, 74, 58, 0.6f, 0.4f, "eiffeliron");

    public static Kit Kit { get; } = Make();

    /// <summary>Half the distance between opposite piers' centre lines at height y (m).</summary>
    public static float HalfWidth(float y) => 62 * MathF.Exp(-y / 75) * 0.82f + 1.2f;

    private static Kit Make()
    {
        var k = new Kit();
        var iron = k.Paint(Iron);
        const int Steps = 24;
        const float Top = 280;
        foreach (var (sx, sz) in new[] { (1f, 1f), (1f, -1f), (-1f, 1f), (-1f, -1f) })
        {
            Vector3 Axis(float y) => new(sx * HalfWidth(y), y, sz * HalfWidth(y));
            float Pier(float y) => MathF.Max(1.2f, 8 * MathF.Exp(-y / 90)); // the pier's own half-width
            for (var i = 0; i < Steps; i++)
            {
                var (y0, y1) = (Top * MathF.Pow((float)i / Steps, 1.3f), Top * MathF.Pow((float)(i + 1) / Steps, 1.3f));
                var (a, b) = (Axis(y0), Axis(y1));
                var (p0, p1) = (Pier(y0), Pier(y1));
                // Four corner chords of the pier and a crossed brace on each of its two outer faces.
                foreach (var (cx, cz) in new[] { (1f, 1f), (1f, -1f), (-1f, 1f), (-1f, -1f) })
                    iron.Rod(a + new Vector3(cx * p0, 0, cz * p0), b + new Vector3(cx * p1, 0, cz * p1), 0.7f, 0.7f, 4);
                iron.Rod(a + new Vector3(sx * p0, 0, -p0), b + new Vector3(sx * p1, 0, p1), 0.35f, 0.35f, 4);
                iron.Rod(a + new Vector3(-p0, 0, sz * p0), b + new Vector3(p1, 0, sz * p1), 0.35f, 0.35f, 4);
                iron.Rod(a + new Vector3(sx * p0, 0, p0), b + new Vector3(sx * p1, 0, -p1), 0.35f, 0.35f, 4);
                iron.Rod(a + new Vector3(p0, 0, sz * p0), b + new Vector3(-p1, 0, sz * p1), 0.35f, 0.35f, 4);
            }
        }
        // The great arches under the first platform, one on each side between two piers' inner faces.
        for (var side = 0; side < 4; side++)
        {
            var turn = Matrix4x4.CreateRotationY(side * MathF.PI / 2);
            const int ArchSteps = 14;
            for (var i = 0; i < ArchSteps; i++)
            {
                float X(int j) => -1 + 2f * j / ArchSteps;
                Vector3 P(int j)
                {
                    // A half-ellipse from the piers' feet (~20 m up their inner faces) to its crown at 39 m.
                    var u = X(j);
                    var y = 20 + 19 * MathF.Sqrt(MathF.Max(0, 1 - u * u));
                    return Vector3.Transform(new Vector3(u * (HalfWidth(30) - 7), y, HalfWidth(y)), turn);
                }
                iron.Rod(P(i), P(i + 1), 1.1f, 1.1f, 4);
            }
        }
        // Platforms: the first a deep girder band, the second smaller, then the cabin and the spire.
        Platform(iron, 57, HalfWidth(57) + 4, 7);
        Platform(iron, 115, HalfWidth(115) + 3, 4);
        iron.Box(new Vector3(0, 276, 0), new Vector3(5.5f, 5, 5.5f));
        iron.Box(new Vector3(0, 283, 0), new Vector3(3.5f, 2.5f, 3.5f));
        iron.Rod(new Vector3(0, 285, 0), new Vector3(0, Height, 0), 1.4f, 0.4f, 6);
        return k;
    }

    private static void Platform(MeshBuilder iron, float y, float half, float depth)
    {
        iron.Box(new Vector3(0, y, 0), new Vector3(half, depth / 2, half));
        // A railing band a little in from the edge, lighter than the solid girders.
        iron.Box(new Vector3(0, y + depth / 2 + 1.2f, 0), new Vector3(half - 0.5f, 1.2f, half - 0.5f));
    }
}
