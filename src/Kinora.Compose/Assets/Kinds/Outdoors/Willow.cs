using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// A weeping willow (~8 m tall, 9 m across): a short thick trunk forking into limbs under a broad low dome, and
/// from the dome's rim a curtain of long hanging strands that falls almost to the ground. The curtain is the
/// willow: without it the tree reads as any broadleaf.
/// </summary>
public static class Willow
{
    /// <summary>Willow leaves are narrow and silvery underneath: a yellower, paler green than a park tree's.</summary>
    public static Material Leaves { get; } = Paints.Srgb(128, 156, 66, 0.8f, 0, "willowleaves");

    public static void Build(ModelBuilder m, ref SeededRandom r)
    {
        var bark = m.Paint(Scenery.Palette.Bark);
        bark.Rod(Vector3.Zero, new Vector3(0.15f, 2.4f, 0), 0.42f, 0.3f, 9);
        for (var i = 0; i < 5; i++)
        {
            var a = i * MathF.Tau / 5 + r.RangeF(-0.3f, 0.3f);
            var tip = new Vector3(MathF.Cos(a) * 2.2f, r.RangeF(4.3f, 5.0f), MathF.Sin(a) * 2.2f);
            bark.Rod(new Vector3(0.1f, 2.2f, 0), tip, 0.2f, 0.07f, 6);
        }
        var leaves = m.Body;
        leaves.Ellipsoid(new Vector3(0, 5.6f, 0), new Vector3(3.1f, 1.8f, 3.1f), 0, r.RangeF(0, 1), 14, 8);
        for (var i = 0; i < 6; i++)
        {
            var a = i * MathF.Tau / 6 + r.RangeF(-0.2f, 0.2f);
            leaves.Ellipsoid(new Vector3(MathF.Cos(a) * 2.2f, r.RangeF(5.3f, 6.0f), MathF.Sin(a) * 2.2f), new Vector3(1.4f, 1.0f, 1.4f), 0, a, 9, 6);
        }
        // Behind the strands, a skirt of foliage in shade from the crown's rim down to head height: the curtain
        // reads as a mass, with the trunk only glimpsed through it, instead of a fringe of separate fingers.
        m.Paint(Paints.Shade(m.BodyPaint, 0.7f)).Lathe([new(3.7f, 2.0f), new(3.5f, 3.8f), new(3.2f, 5.2f)], Matrix4x4.Identity, 18);
        // Then strands over it, many and narrow, the outer ones longest, one in three catching more light: fine
        // texture and a ragged hem.
        MeshBuilder[] strands = [leaves, leaves, m.Paint(Paints.Shade(m.BodyPaint, 1.35f))];
        Curtain(strands, 3.75f, 5.9f, 0.35f, 1.6f, 96, ref r);
        Curtain(strands, 2.9f, 6.8f, 1.2f, 2.6f, 64, ref r);
    }

    /// <summary>
    /// A ring of hanging strands round the trunk at <paramref name="radius"/> (m), each a long narrow lump from the
    /// crown at <paramref name="top"/> down to a seeded height between <paramref name="lowest"/> and
    /// <paramref name="highest"/>, flat along the ring and splayed a little outward, the way the wind leaves them;
    /// strand i in surface <paramref name="leaves"/>[i mod count].
    /// </summary>
    public static void Curtain(IReadOnlyList<MeshBuilder> leaves, float radius, float top, float lowest, float highest, int strands, ref SeededRandom r)
    {
        for (var i = 0; i < strands; i++)
        {
            var a = (i + r.RangeF(-0.3f, 0.3f)) * MathF.Tau / strands;
            var bottom = r.RangeF(lowest, highest);
            var half = (top - bottom) / 2;
            var ring = radius * r.RangeF(0.92f, 1.06f);
            var centre = new Vector3(MathF.Cos(a) * ring, bottom + half, MathF.Sin(a) * ring);
            // Tilted out about the ring's tangent: the foot of the strand hangs a little outside its root.
            var turn = Matrix4x4.CreateScale(radius * MathF.Tau / strands * 0.8f, half, 0.05f)
                * Matrix4x4.CreateRotationX(-0.18f)
                * Matrix4x4.CreateRotationY(MathF.PI / 2 - a)
                * Matrix4x4.CreateTranslation(centre);
            leaves[i % leaves.Count].Sphere(turn, 6, 6);
        }
    }
}
