using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Nature;

/// <summary>
/// Water and the shapes the wild sets lay on it: surfaces that reflect the sky (low roughness is what makes a flat
/// slab read as water rather than blue paint), irregular flat pools, and bands that drape over a height field (foam
/// on a swell's crest). Built into a <see cref="Kit"/> layer; all flat, so they may lie anywhere off the action.
/// </summary>
public static class WaterKit
{
    /// <summary>A river's water: green-brown in the shallows, mirror-like (roughness 0.06).</summary>
    public static readonly Material River = Paints.Srgb(48, 84, 88, 0.06f, 0, "riverwater");
    /// <summary>Still marsh water: dark, tea-coloured, reflecting the sky.</summary>
    public static readonly Material Pond = Paints.Srgb(60, 92, 100, 0.04f, 0, "pondwater");
    /// <summary>Open sea a few hundred metres out: deep blue.</summary>
    public static readonly Material Sea = Palette.Sea;
    /// <summary>Cold polar sea: darker and greener than a tropical one, so white ice stands out on it.</summary>
    public static readonly Material ColdSea = Paints.Srgb(18, 44, 60, 0.07f, 0, "coldsea");
    /// <summary>Broken water: foam, whitecaps, current lines, spray.</summary>
    public static readonly Material Foam = Paints.Srgb(236, 242, 244, 0.6f, 0, "whitewater");
    /// <summary>Streaks of a current on a river: a paler, rougher band than the mirror round it.</summary>
    public static readonly Material Current = Paints.Srgb(110, 140, 140, 0.35f, 0, "current");

    /// <summary>A flat pool of <paramref name="surface"/> at height <paramref name="top"/>: an ellipse of radii
    /// (<paramref name="rx"/>, <paramref name="rz"/>) whose rim wanders by up to <paramref name="ragged"/> of its
    /// radius (seeded by <paramref name="d"/>), so pools are not drawn with a compass.</summary>
    public static void Pool(Kit into, Material surface, SetDresser d, Vector3 centre, float rx, float rz, float ragged, float top, int sides = 14)
    {
        var positions = new Vector3[sides + 1];
        var normals = new Vector3[sides + 1];
        var uvs = new Vector2[sides + 1];
        var indices = new uint[3 * sides];
        positions[0] = new Vector3(centre.X, top, centre.Z);
        var (p, q) = (d.Range(0, MathF.Tau), d.Range(0, MathF.Tau));
        for (var i = 0; i < sides; i++)
        {
            var a = MathF.Tau * i / sides;
            var wander = 1 + ragged * (0.6f * MathF.Sin(2 * a + p) + 0.4f * MathF.Sin(3 * a + q));
            positions[i + 1] = new Vector3(centre.X + rx * wander * MathF.Cos(a), top, centre.Z + rz * wander * MathF.Sin(a));
        }
        for (var i = 0; i <= sides; i++)
        {
            normals[i] = Vector3.UnitY;
            uvs[i] = new Vector2(positions[i].X * 0.1f, positions[i].Z * 0.1f);
        }
        for (var i = 0; i < sides; i++)
        {
            // Centre, next, this: counter-clockwise seen from above (angles climb from +X towards +Z).
            indices[3 * i] = 0;
            indices[3 * i + 1] = (uint)(1 + (i + 1) % sides);
            indices[3 * i + 2] = (uint)(1 + i);
        }
        into.Paint(surface).Triangles(positions, normals, uvs, indices, Matrix4x4.Identity);
    }

    /// <summary>
    /// A band <paramref name="width"/> m wide whose middle follows z = line(x) and which lies <paramref name="lift"/>
    /// above the ground's <paramref name="height"/>(x, z) there: foam along a swell's crest, a current line on a
    /// sloping stream. One quad per <paramref name="step"/> m of x.
    /// </summary>
    public static void Drape(Kit into, Material surface, Func<float, float> line, Func<float, float, float> height,
        float x0, float x1, float width, float lift, float step) =>
        // Tapered ends, so a streak of foam fades out rather than stopping square.
        Landforms.Band(into, surface, line, (i, n) => width * MathF.Sin(MathF.PI * (0.08f + 0.84f * i / n)) / 2,
            (x, z) => height(x, z) + lift, x0, x1, step);

    /// <summary>
    /// As <see cref="Drape"/> but running along z: a band whose middle follows x = line(z) from <paramref name="z0"/>
    /// (far) to <paramref name="z1"/> (near), <paramref name="width"/>(z) m wide: a river winding away up a valley.
    /// </summary>
    public static void DrapeAlongZ(Kit into, Material surface, Func<float, float> line, Func<float, float> width, Func<float, float, float> height,
        float z0, float z1, float lift, float step)
    {
        var n = Math.Max(1, (int)MathF.Ceiling((z1 - z0) / step));
        var positions = new Vector3[2 * (n + 1)];
        var normals = new Vector3[positions.Length];
        var uvs = new Vector2[positions.Length];
        var indices = new uint[6 * n];
        for (var i = 0; i <= n; i++)
        {
            var z = z0 + (z1 - z0) * i / n;
            var (x, w) = (line(z), width(z) / 2);
            // Left bank then right bank: with z growing towards the viewer this winds counter-clockwise from above.
            positions[2 * i] = new Vector3(x + w, height(x + w, z) + lift, z);
            positions[2 * i + 1] = new Vector3(x - w, height(x - w, z) + lift, z);
            normals[2 * i] = normals[2 * i + 1] = Vector3.UnitY;
            uvs[2 * i] = new Vector2(0, z * 0.1f);
            uvs[2 * i + 1] = new Vector2(0.1f, z * 0.1f);
            if (i == n) break;
            var a = (uint)(2 * i);
            ReadOnlySpan<uint> quad = [a, a + 1, a + 2, a + 2, a + 1, a + 3];
            quad.CopyTo(indices.AsSpan(6 * i));
        }
        into.Paint(surface).Triangles(positions, normals, uvs, indices, Matrix4x4.Identity);
    }
}
