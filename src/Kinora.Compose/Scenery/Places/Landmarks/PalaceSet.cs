using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A baroque palace across its parterre: a long ochre facade with white trim and rows of tall windows, a central
/// block under a pediment and a green copper dome, end pavilions with smaller domes, a balustrade along the roof;
/// before it a gravel forecourt, box-hedge parterres either side of the axis and a round fountain on it.
/// </summary>
internal static class PalaceSet
{
    private static readonly Material[] Facades = [Paints.Srgb(230, 195, 110, 0.8f, 0, "schonbrunn"), Paints.Srgb(225, 215, 195, 0.8f, 0, "palacecream"), Paints.Srgb(215, 160, 140, 0.8f, 0, "palacepink")];

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 1;
        var front = d.Zone.Back - 48;
        d.Put("palace", Palace(d, Facades[d.Pick(Facades.Length)]), new Vector3(cx, 0, front - 9), 0, 1, 9);
        var ground = d.Layer("forecourt", cx);
        Landforms.Slab(ground, Masonry.Gravel, cx - 70, cx + 70, front - 0.5f, front + 10, 0.02f, 0.04f);
        Landforms.Slab(ground, Masonry.Gravel, cx - 3.5f, cx + 3.5f, front + 10, d.Zone.Back, 0.02f, 0.04f);
        d.Put("fountain", FountainSet.Basin(4.5f), new Vector3(cx, 0, front + 22), 0, 1, 5);
        // Parterres: low box hedges outlining beds either side of the axis, a cone at each corner.
        foreach (var s in new[] { -1f, 1f })
            for (var bx = 0; bx < 3; bx++)
                for (var bz = 0; bz < 2; bz++)
                {
                    var c = new Vector3(cx + s * (12 + bx * 15), 0, front + 16 + bz * 14);
                    if (!d.Zone.Behind(c, 7)) continue;
                    var h = d.Layer("parterre", c.X).Paint(Masonry.Hedge);
                    h.Box(c + new Vector3(0, 0.35f, 5.5f), new Vector3(6, 0.35f, 0.3f));
                    h.Box(c + new Vector3(0, 0.35f, -5.5f), new Vector3(6, 0.35f, 0.3f));
                    h.Box(c + new Vector3(6, 0.35f, 0), new Vector3(0.3f, 0.35f, 5.5f));
                    h.Box(c + new Vector3(-6, 0.35f, 0), new Vector3(0.3f, 0.35f, 5.5f));
                    h.Box(c + new Vector3(0, 0.3f, 0), new Vector3(3.5f, 0.3f, 0.25f), 0, 0.6f);
                    h.Box(c + new Vector3(0, 0.3f, 0), new Vector3(3.5f, 0.3f, 0.25f), 0, -0.6f);
                    d.Layer("parterre", c.X).Paint(Paints.Srgb(190, 60, 60, 0.8f, 0, "bedflowers")).Box(c + new Vector3(0, 0.12f, 0), new Vector3(5.6f, 0.12f, 5.1f));
                    d.Put("topiary", Cone, c + new Vector3(6, 0, 5.5f), 0, 1, 0.5f);
                    d.Put("topiary", Cone, c + new Vector3(-6, 0, 5.5f), 0, 1, 0.5f);
                }
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 36, d.Left - 40, d.Right + 40, front - 20, front - 60, 1.5f, 2.0f, Trees.BroadleafRadius);
        d.Vista = Masonry.Around(cx - 40, cx + 40, 24, front - 4, front + 22);
    }

    private static readonly Kit Cone = MakeCone();

    /// <summary>The palace: 110 m long, its footprint centred on the origin, front at z = +9.</summary>
    private static Kit Palace(SetDresser d, Material wall)
    {
        var k = new Kit();
        const float deep = 9;
        // Wings: two storeys and an attic, 16 m to the balustrade.
        Wing(k, d, wall, 0, 55, 16, deep, 13);
        // The central block, stepped forward, taller, under a pediment and a dome.
        Wing(k, d, wall, 0, 14, 21, deep + 3, 7);
        Portico.Add(k, 0, deep + 3 + 3.2f, 13, 6, 12, 1.2f);
        Dome(k, 0, 22.5f, 0, 7, wall);
        // End pavilions, stepped forward, with their own domes.
        foreach (var s in new[] { -1f, 1f })
        {
            Wing(k, d, wall, s * 47, 8, 19, deep + 2, 4);
            Dome(k, s * 47, 20.5f, 0, 4.2f, wall);
        }
        return k;
    }

    /// <summary>A block of facade centred at x, half-width <paramref name="half"/>, <paramref name="h"/> m to its
    /// cornice and balustrade, front at z = <paramref name="front"/>, with <paramref name="bays"/> bays of windows.</summary>
    private static void Wing(Kit k, SetDresser d, Material wall, float x, float half, float h, float front, int bays)
    {
        k.Paint(wall).Box(new Vector3(x, h / 2, 0), new Vector3(half, h / 2, front));
        k.Paint(Masonry.Trim).Box(new Vector3(x, h + 0.3f, 0), new Vector3(half + 0.3f, 0.3f, front + 0.3f));
        k.Paint(Masonry.Trim).Box(new Vector3(x, 0.6f, 0), new Vector3(half + 0.05f, 0.6f, front + 0.05f)); // the base
        k.Paint(Masonry.Trim).Box(new Vector3(x, h * 0.45f, front + 0.05f), new Vector3(half, 0.15f, 0.08f));
        // The balustrade: a rail on short posts, urns at intervals.
        k.Paint(Masonry.Trim).Box(new Vector3(x, h + 1.35f, front - 0.1f), new Vector3(half, 0.12f, 0.2f));
        for (var px = x - half + 0.5f; px < x + half; px += 0.8f)
            k.Paint(Masonry.Trim).Box(new Vector3(px, h + 0.9f, front - 0.1f), new Vector3(0.1f, 0.35f, 0.1f));
        k.Paint(Paints.Srgb(80, 110, 120, 0.7f, 0.2f, "palaceroof")).Box(new Vector3(x, h + 1.2f, -0.6f), new Vector3(half - 0.2f, 1.2f, front - 1.2f));
        var pitch = 2 * half / (bays * 2);
        var count = bays * 2;
        Masonry.Windows(k, d.Dark, x, 3.2f, front, count, pitch, 1.4f, 2.8f);
        Masonry.Windows(k, d.Dark, x, h * 0.45f + 2.6f, front, count, pitch, 1.4f, 2.8f);
        if (h > 17) Masonry.Windows(k, d.Dark, x, h - 2.3f, front, count, pitch, 1.1f, 1.4f);
    }

    /// <summary>A drum and a ribbed copper dome of radius r on top at height y, a lantern and a finial.</summary>
    private static void Dome(Kit k, float x, float y, float z, float r, Material wall)
    {
        k.Paint(wall).Cylinder(Matrix4x4.CreateScale(r, r * 0.4f, r) * Matrix4x4.CreateTranslation(x, y + r * 0.4f, z), 1, 20);
        k.Paint(Masonry.Trim).Cylinder(Matrix4x4.CreateScale(r + 0.25f, 0.2f, r + 0.25f) * Matrix4x4.CreateTranslation(x, y + r * 0.8f, z), 1, 20);
        var top = y + r * 0.8f;
        k.Paint(Masonry.Copper).Lathe([new(r, top), new(r * 0.92f, top + r * 0.45f), new(r * 0.7f, top + r * 0.8f), new(r * 0.35f, top + r * 1.0f), new(r * 0.18f, top + r * 1.05f)], Matrix4x4.CreateTranslation(x, 0, z), 20);
        var lt = top + r * 1.05f;
        k.Paint(Masonry.Trim).Cylinder(Matrix4x4.CreateScale(r * 0.18f, r * 0.15f, r * 0.18f) * Matrix4x4.CreateTranslation(x, lt + r * 0.15f, z), 1, 10);
        k.Paint(Masonry.Copper).Cylinder(Matrix4x4.CreateScale(r * 0.2f, r * 0.2f, r * 0.2f) * Matrix4x4.CreateTranslation(x, lt + r * 0.5f, z), 0, 10);
        k.Paint(Paints.Srgb(220, 180, 70, 0.3f, 1, "gilt")).Sphere(Matrix4x4.CreateScale(r * 0.06f) * Matrix4x4.CreateTranslation(x, lt + r * 0.75f, z), 8, 6);
    }

    private static Kit MakeCone()
    {
        var k = new Kit();
        k.Paint(Masonry.Hedge).Cylinder(Matrix4x4.CreateScale(0.5f, 0.9f, 0.5f) * Matrix4x4.CreateTranslation(0, 0.9f, 0), 0.05f, 8);
        return k;
    }
}
