using Kinora.Compose.Assets;
using System.Numerics;
using Kinora.Compose.Assets.Meshes;

namespace Kinora.Compose.Scenery.Places.Cities;

/// <summary>
/// An iron lattice tower after Eiffel's (Paris, 1889), in its own metres: 324 m to the tip, four piers on a 125 m
/// square base curving in along an exponential profile (outer half-width 62.5·e^(−y/98) m: 35 m at the first
/// platform's 57 m, 19 m at the second's 115 m, 3.7 m under the top at 276 m), the great arches between the piers'
/// feet, the two platforms, the top cabin and the antenna. The piers merge into one shaft near 190 m.
/// It is mostly seen from 400 m or more, where a pixel covers half a metre or more: each pier is drawn as a dark
/// core (what the dense lattice reads as from afar) wrapped in thick corner chords and crossed braces that stand off
/// its faces, so the silhouette stays solid, the legs' arching and the open space between them read, and the bracing
/// still shows as texture. Painted its bronze brown. About 30k triangles.
/// </summary>
public static class EiffelTower
{
    public const float Height = 324;

    /// <summary>m; the first and second platforms' heights and the top cabin's.</summary>
    public const float First = 57, Second = 115, Top = 276;

    /// <summary>Eiffel Tower Brown (the bronze-brown "Brun Tour Eiffel" of the 2010s repaintings), a little darker
    /// than the paint chip: the lattice's self-shadowing darkens it seen from afar.</summary>
    private static readonly Material Iron = Paints.Srgb(122, 84, 56, 0.6f, 0.25f, "eiffeliron");

    public static Kit Kit { get; } = Make();

    /// <summary>Outer half-width of the tower at height y (m): the piers' outer corners.</summary>
    public static float HalfWidth(float y) => y >= Top ? 3.2f : 62.5f * MathF.Exp(-y / 98);

    /// <summary>A pier's own half-size at height y: 7.5 m at the foot, never more than half the outer half-width, so
    /// the four piers meet (and become one shaft) where the tower has narrowed to twice their width.</summary>
    private static float Pier(float y) => MathF.Min(HalfWidth(y) / 2, 7.5f * MathF.Exp(-y / 300));

    private static Kit Make()
    {
        var k = new Kit();
        var iron = k.Paint(Iron);
        const float Merge = 190;
        // The four piers, from the ground to where they merge.
        foreach (var (sx, sz) in new[] { (1f, 1f), (1f, -1f), (-1f, 1f), (-1f, -1f) })
            Column(iron, y => new Vector2(sx * (HalfWidth(y) - Pier(y)), sz * (HalfWidth(y) - Pier(y))), Pier, 0, Merge, 16, 1.3f);
        // The one shaft above them, up to the top cabin.
        Column(iron, _ => Vector2.Zero, HalfWidth, Merge, Top, 7, 0.9f);
        Arches(iron);
        Platform(iron, First, HalfWidth(First) + 2, 7);
        Platform(iron, Second, HalfWidth(Second) + 1.5f, 4.5f);
        // The top: the closed cabin, its lantern, and the antenna mast.
        iron.Box(new Vector3(0, Top + 3, 0), new Vector3(5.5f, 4, 5.5f));
        iron.Box(new Vector3(0, Top + 9, 0), new Vector3(3.2f, 2.5f, 3.2f));
        iron.Rod(new Vector3(0, Top + 11, 0), new Vector3(0, Height, 0), 1.6f, 0.5f, 6);
        return k;
    }

    /// <summary>
    /// A lattice column from y0 to y1 in <paramref name="steps"/> sections (denser near the foot, where it is widest):
    /// a solid core of 55 % of its half-size, the four corner chords, horizontal ties and a crossed brace on each face.
    /// </summary>
    private static void Column(MeshBuilder iron, Func<float, Vector2> centre, Func<float, float> half, float y0, float y1, int steps, float chord)
    {
        Vector3 Corner(float y, float cx, float cz)
        {
            var (c, h) = (centre(y), half(y));
            return new Vector3(c.X + cx * h, y, c.Y + cz * h);
        }
        var corners = new[] { (1f, 1f), (1f, -1f), (-1f, -1f), (-1f, 1f) };
        for (var i = 0; i < steps; i++)
        {
            var (a, b) = (y0 + (y1 - y0) * MathF.Pow((float)i / steps, 1.15f), y0 + (y1 - y0) * MathF.Pow((float)(i + 1) / steps, 1.15f));
            // The core: a box between the section's ends, sheared along the column's lean (its taper over one
            // section is small enough to take the mean half-size).
            var core = (half(a) + half(b)) / 2 * 0.55f;
            iron.Box(Matrix4x4.CreateScale(core, (b - a) / 2, core) * Shear(centre(a), centre(b), a, b));
            var r = chord * MathF.Max(0.5f, half(a) / 7.5f);
            for (var c = 0; c < 4; c++)
            {
                var (px, pz) = corners[c];
                var (qx, qz) = corners[(c + 1) % 4];
                iron.Rod(Corner(a, px, pz), Corner(b, px, pz), r, r, 4);
                // The face between corners c and c+1: a tie at the section's foot and its crossed braces.
                iron.Rod(Corner(a, px, pz), Corner(a, qx, qz), r * 0.6f, r * 0.6f, 4);
                iron.Rod(Corner(a, px, pz), Corner(b, qx, qz), r * 0.5f, r * 0.5f, 4);
                iron.Rod(Corner(a, qx, qz), Corner(b, px, pz), r * 0.5f, r * 0.5f, 4);
            }
        }
    }

    /// <summary>A transform taking the unit box (y in [−1, 1]) to stand from (ca, a) to (cb, b): translated to the
    /// middle and sheared along the centre line's lean, so a leaning pier's core follows it.</summary>
    private static Matrix4x4 Shear(Vector2 ca, Vector2 cb, float a, float b)
    {
        var mid = new Vector3((ca.X + cb.X) / 2, (a + b) / 2, (ca.Y + cb.Y) / 2);
        var lean = (cb - ca) / 2; // x and z offset per unit of local y (the box's half-height is scaled already)
        var m = Matrix4x4.Identity;
        // Row-vector convention: y' contributes lean to x and z, relative to the already scaled half-height.
        m.M21 = lean.X / ((b - a) / 2);
        m.M23 = lean.Y / ((b - a) / 2);
        return m * Matrix4x4.CreateTranslation(mid);
    }

    /// <summary>The great arches under the first platform, one on each side between two piers' inner faces: twin
    /// half-ellipse ribs with struts between them, from the piers' feet to a crown at 39 m.</summary>
    private static void Arches(MeshBuilder iron)
    {
        const int Steps = 16;
        for (var side = 0; side < 4; side++)
        {
            var turn = Matrix4x4.CreateRotationY(side * MathF.PI / 2);
            Vector3 P(int j, float lift)
            {
                var u = -1 + 2f * j / Steps;
                var y = 18 + (21 + lift) * MathF.Sqrt(MathF.Max(0, 1 - u * u));
                var inner = HalfWidth(y) - 2 * Pier(y);
                return Vector3.Transform(new Vector3(u * inner, y, HalfWidth(y) - Pier(y)), turn);
            }
            for (var i = 0; i < Steps; i++)
            {
                iron.Rod(P(i, 0), P(i + 1, 0), 1.3f, 1.3f, 4);
                iron.Rod(P(i, 6), P(i + 1, 6), 0.9f, 0.9f, 4);
                iron.Rod(P(i, 0), P(i + 1, 6), 0.5f, 0.5f, 4);
            }
        }
    }

    /// <summary>A platform: a deep girder band round the tower, a lighter railing band on it, and a floor.</summary>
    private static void Platform(MeshBuilder iron, float y, float half, float depth)
    {
        foreach (var turn in new[] { 0f, MathF.PI / 2, MathF.PI, 3 * MathF.PI / 2 })
        {
            var r = Matrix4x4.CreateRotationY(turn);
            iron.Box(Matrix4x4.CreateScale(half, depth / 2, 1.2f) * Matrix4x4.CreateTranslation(0, y, half - 1.2f) * r);
            iron.Box(Matrix4x4.CreateScale(half, 1.1f, 0.3f) * Matrix4x4.CreateTranslation(0, y + depth / 2 + 1.1f, half - 0.5f) * r);
        }
        iron.Box(new Vector3(0, y + depth / 2 - 0.3f, 0), new Vector3(half - 1, 0.3f, half - 1));
    }
}
