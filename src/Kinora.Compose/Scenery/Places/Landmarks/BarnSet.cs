using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;
using Kinora.Compose.Scenery.Sets;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A big red barn close behind the action: the gambrel gable end towards the camera with white trim, two tall
/// sliding doors (one ajar on the dark hay-filled inside), a hayloft door with its hay hood, a cupola on the ridge;
/// a silo beside it, round and square bales, a dirt yard and a rail fence along the action; fields and trees beyond.
/// </summary>
internal static class BarnSet
{
    private static readonly Material Red = Paints.Srgb(155, 36, 30, 0.85f, 0, "barnred");
    private static readonly Material Roof = Paints.Srgb(72, 72, 78, 0.6f, 0.3f, "barnroof");
    private static readonly Material Hay = Paints.Srgb(210, 175, 95, 0.95f, 0, "hay");
    private static readonly Material Yard = Paints.Srgb(120, 95, 65, 0.95f, 0, "yarddirt");

    /// <summary>The gambrel outline of the gable end (x, y), 14 m wide, eaves 5 m, knee 8.6 m, ridge 10.6 m.</summary>
    private static readonly Vector2[] Outline = [new(-7, 0), new(7, 0), new(7, 5), new(5, 8.6f), new(0, 10.6f), new(-5, 8.6f), new(-7, 5)];

    private static readonly Kit Barn = MakeBarn();

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 2;
        var front = d.Zone.Back - 9;
        Landforms.Slab(d.Layer("yard"), Yard, cx - 9, cx + 9, front - 1, d.Zone.Back - 0.2f, 0.015f, 0.03f);
        d.Put("barn", Barn, new Vector3(cx, 0, front - 10), 0, 1, 9.5f);
        d.Put("silo", FarmSet.Silo, new Vector3(cx + 11, 0, front - 6), 0, 1.1f, 2.6f);
        for (var i = 0; i < 5; i++)
            d.Put("hay bales", FarmSet.Bale, new Vector3(cx - 8.5f - d.Range(0, 6), 0, front + d.Range(-2, 4)), d.Range(0, MathF.Tau), 1, 0.9f);
        // A stack of square bales against the barn's right corner.
        var stack = d.Layer("square bales", cx);
        for (var row = 0; row < 3; row++)
            for (var i = 0; i < 4 - row; i++)
                stack.Paint(Hay).Box(new Vector3(cx + 5.2f + i * 1.0f + row * 0.5f, 0.25f + row * 0.5f, front + 1.2f), new Vector3(0.48f, 0.25f, 0.38f));
        for (var x = d.Left; x < d.Right; x += 1.2f)
            if (MathF.Abs(x - cx) > 2.5f)
                d.Put("fence", StreetProps.Fence, new Vector3(x, 0, d.Zone.Back - 0.3f), 0, 1, 0.1f);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 24, d.Left - 20, d.Right + 20, front - 30, front - 55, 1.2f, 1.7f, Trees.BroadleafRadius);
        d.Scatter("grass", [Plants.GrassTuft, Plants.DryTuft], 70, d.Left, d.Right, d.Zone.Back - 0.5f, front - 8, 0.9f, 1.5f, 0.1f);
        if (d.Dark) d.Light(new LightSource(new Vector3(cx, 6.5f, front + 1), new Vector3(1, 0.8f, 0.55f) * 6, 14));
        d.Vista = Masonry.Around(cx - 10, cx + 14, 11, front - 6, front + 5);
    }

    /// <summary>The barn, 14 m wide and 20 m deep, its footprint centred on the origin, the gable end at z = +10.</summary>
    private static Kit MakeBarn()
    {
        var k = new Kit();
        const float depth = 20, z = depth / 2;
        k.Paint(Red).Extrude(Outline, depth, Matrix4x4.Identity);
        // Roof slabs along each segment of the gambrel, overhanging the gable ends.
        for (var i = 2; i < Outline.Length - 1; i++)
        {
            var (a, b) = (Outline[i], Outline[i + 1]);
            Slab(k.Paint(Roof), a, b, depth + 0.8f);
        }
        var white = k.Paint(Masonry.Trim);
        for (var i = 2; i < Outline.Length - 1; i++) // trim along the gable's edge
        {
            var (a, b) = (Outline[i], Outline[i + 1]);
            var mid = (a + b) / 2;
            var len = Vector2.Distance(a, b);
            white.Box(new Vector3(mid.X, mid.Y, z + 0.06f), new Vector3(len / 2 + 0.1f, 0.15f, 0.05f), MathF.Atan2(b.Y - a.Y, b.X - a.X));
        }
        foreach (var x in new[] { -6.9f, 6.9f })
            white.Box(new Vector3(x, 2.5f, z + 0.06f), new Vector3(0.15f, 2.5f, 0.05f));
        // Two sliding doors, each framed in white with an X brace; the right one ajar on the dark inside and hay.
        k.Paint(Masonry.Dark).Box(new Vector3(1.4f, 2.2f, z + 0.02f), new Vector3(1.4f, 2.2f, 0.02f));
        k.Paint(Hay).Box(new Vector3(1.6f, 0.7f, z - 1.2f), new Vector3(1.1f, 0.7f, 1.0f));
        foreach (var dx in new[] { -1.5f, 3.9f })
        {
            k.Paint(Red with { Name = "barndoor" }).Box(new Vector3(dx, 2.2f, z + 0.12f), new Vector3(1.5f, 2.2f, 0.05f));
            white.Box(new Vector3(dx, 2.2f, z + 0.18f), new Vector3(1.5f, 2.2f, 0.02f));
            k.Paint(Red with { Name = "barndoor" }).Box(new Vector3(dx, 2.2f, z + 0.2f), new Vector3(1.32f, 2.02f, 0.02f));
            white.Box(new Vector3(dx, 2.2f, z + 0.23f), new Vector3(2.3f, 0.1f, 0.02f), MathF.Atan2(4.04f, 2.64f));
            white.Box(new Vector3(dx, 2.2f, z + 0.23f), new Vector3(2.3f, 0.1f, 0.02f), -MathF.Atan2(4.04f, 2.64f));
        }
        k.Paint(Paints.Steel).Box(new Vector3(0.8f, 4.55f, z + 0.22f), new Vector3(5.2f, 0.06f, 0.06f)); // the door track
        // The hayloft door, open on hay, under a hay hood with its pulley beam.
        white.Box(new Vector3(0, 7.1f, z + 0.05f), new Vector3(1.15f, 1.2f, 0.04f));
        k.Paint(Hay).Box(new Vector3(0, 7.0f, z + 0.08f), new Vector3(0.95f, 1.0f, 0.03f));
        k.Paint(Roof).Box(new Vector3(0, 9.9f, z + 0.9f), new Vector3(1.4f, 0.1f, 1.0f));
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 9.4f, z + 1.0f), new Vector3(0.1f, 0.1f, 1.1f));
        // Small windows high on the gable.
        Masonry.Windows(k, false, 0, 5.6f, z, 2, 7.5f, 0.8f, 0.8f);
        // A cupola on the ridge, with a weathervane.
        white.Box(new Vector3(0, 11.4f, 0), new Vector3(0.8f, 0.8f, 0.8f));
        k.Paint(Masonry.Dark).Box(new Vector3(0, 11.5f, 0.81f), new Vector3(0.45f, 0.5f, 0.02f));
        k.Paint(Roof).Cylinder(Matrix4x4.CreateScale(1.3f, 0.7f, 1.3f) * Matrix4x4.CreateTranslation(0, 12.9f, 0), 0, 4);
        k.Paint(Paints.Black).Rod(new Vector3(0, 13.5f, 0), new Vector3(0, 14.6f, 0), 0.03f, 0.03f, 6);
        k.Paint(Paints.Black).Box(new Vector3(0, 14.3f, 0), new Vector3(0.5f, 0.12f, 0.01f));
        return k;
    }

    /// <summary>A roof slab over the outline's edge a→b (in the gable's plane), running <paramref name="length"/> along Z.</summary>
    private static void Slab(Assets.Meshes.MeshBuilder m, Vector2 a, Vector2 b, float length)
    {
        var e = b - a;
        var len = e.Length();
        var n = new Vector2(e.Y, -e.X) / len; // outward: the outline winds counter-clockwise
        var mid = (a + b) / 2 + n * 0.12f;
        m.Box(Matrix4x4.CreateScale(len / 2 + 0.25f, 0.12f, length / 2) * Matrix4x4.CreateRotationZ(MathF.Atan2(e.Y, e.X)) * Matrix4x4.CreateTranslation(mid.X, mid.Y, 0));
    }
}
