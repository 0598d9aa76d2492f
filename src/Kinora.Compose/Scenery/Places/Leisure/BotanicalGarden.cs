using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// A botanical garden: the glass palm house behind, a gravel walk leading to its door between formal beds each
/// massed with one colour of flowers (red, yellow, violet, white, orange, pink), clipped edging, spiky agaves and
/// palms flanking the house, and trees round the garden.
/// </summary>
public static class BotanicalGarden
{
    private static readonly Material Soil = Paints.Srgb(80, 58, 40, 0.95f, 0, "bedsoil");
    private static readonly Material Edging = Paints.Srgb(50, 105, 45, 0.8f, 0, "boxhedge");
    private static readonly Material Foliage = Paints.Srgb(55, 110, 45, 0.8f, 0, "bedfoliage");
    private static readonly Material Agave = Paints.Srgb(95, 140, 125, 0.7f, 0, "agave");
    private static readonly Material[] Blooms =
    [
        Paints.Srgb(215, 35, 50, 0.6f, 0, "bloomred"), Paints.Srgb(245, 200, 40, 0.6f, 0, "bloomyellow"),
        Paints.Srgb(140, 75, 200, 0.6f, 0, "bloomviolet"), Paints.Srgb(245, 245, 245, 0.6f, 0, "bloomwhite"),
        Paints.Srgb(245, 125, 30, 0.6f, 0, "bloomorange"), Paints.Srgb(235, 110, 170, 0.6f, 0, "bloompink"),
    ];
    private static readonly Kit[] Bedding = [.. Blooms.Select(MakeBedding)];
    private static readonly Kit AgavePlant = MakeAgave();

    public static void Dress(SetDresser d, PlaceContext context)
    {
        var (cx, back) = (d.Zone.CentreX, d.Zone.Back);
        var house = new Vector3(cx, 0, back - 13 - Glasshouse.Pavilion);
        d.Put("glasshouse", Glasshouse.Build, house, 0, 1, Glasshouse.Pavilion);
        // The walks: one along the action, one up the middle to the door.
        var paths = d.Layer("paths", cx);
        Landforms.Slab(paths, Palette.PathGravel, d.Left - 20, d.Right + 20, back - 1.2f, d.Zone.Front + 1, 0.012f, 0.02f);
        Landforms.Slab(paths, Palette.PathGravel, cx - 1.6f, cx + 1.6f, house.Z + Glasshouse.Pavilion, back, 0.012f, 0.02f);
        Landforms.Slab(paths, Palette.PathGravel, cx - 32, cx + 32, house.Z + Glasshouse.Pavilion - 1, house.Z + Glasshouse.Pavilion + 2, 0.011f, 0.02f);
        // Beds: two rows of three each side of the middle walk, one colour each, edged with clipped box.
        var n = d.Pick(Blooms.Length);
        foreach (var side in new[] { -1f, 1f })
            for (var row = 0; row < 2; row++)
                for (var col = 0; col < 3; col++)
                {
                    var bx = cx + side * (3.2f + col * 6.4f + 3);
                    var bz = back - 2.8f - row * 4.6f - 1.6f;
                    Bed(d, new Vector3(bx, 0, bz), 2.8f, 1.6f, Bedding[n++ % Bedding.Length]);
                }
        // Exotics: agaves at the bed corners by the walk, palms flanking the house.
        foreach (var side in new[] { -1f, 1f })
        {
            foreach (var z in new[] { back - 2.3f, back - 11.5f })
                d.Put("agaves", AgavePlant, new Vector3(cx + side * 2.4f, 0, z), d.Range(0, MathF.Tau), d.Range(0.9f, 1.2f), 0.6f);
            for (var i = 0; i < 3; i++)
                d.Put("palms", Trees.Palm, new Vector3(cx + side * (Glasshouse.Pavilion + Glasshouse.Wing + 2 + i * 4), 0, house.Z + d.Range(-4, 6)), d.Range(0, MathF.Tau), d.Range(0.8f, 1.0f), 1);
            d.Put("palms", Trees.Palm, new Vector3(cx + side * 23, 0, back - 14), d.Range(0, MathF.Tau), 0.85f, 1);
        }
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark, Trees.Conifer], 40, d.Left - 20, d.Right + 20, house.Z - 14, house.Z - 50, 1.1f, 1.6f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 12, d.Left, cx - 48, back - 3, back - 25, 1.0f, 1.4f, Trees.BroadleafRadius);
        d.Scatter("trees", [Trees.Broadleaf, Trees.BroadleafDark], 12, cx + 48, d.Right, back - 3, back - 25, 1.0f, 1.4f, Trees.BroadleafRadius);
        d.Vista = new Vista(new Vector3(cx - 21, 0, house.Z - 4), new Vector3(cx + 21, Glasshouse.Top - 4, back - 1));
    }

    /// <summary>A bed of half-size (<paramref name="hx"/>, <paramref name="hz"/>) m: soil, an edge of clipped box,
    /// and bedding plants massed over it in 1 m patches.</summary>
    private static void Bed(SetDresser d, Vector3 at, float hx, float hz, Kit bedding)
    {
        var k = d.Layer("beds", at.X);
        Landforms.Slab(k, Soil, at.X - hx, at.X + hx, at.Z - hz, at.Z + hz, 0.05f, 0.05f);
        foreach (var s in new[] { -1f, 1f })
        {
            k.Paint(Edging).Box(at + new Vector3(0, 0.15f, s * (hz + 0.15f)), new Vector3(hx + 0.3f, 0.15f, 0.15f));
            k.Paint(Edging).Box(at + new Vector3(s * (hx + 0.15f), 0.15f, 0), new Vector3(0.15f, 0.15f, hz));
        }
        for (var x = -hx + 0.5f; x < hx; x += 1)
            for (var z = -hz + 0.5f; z < hz; z += 1)
                d.Put("bedding", bedding, at + new Vector3(x, 0.04f, z), d.Range(0, MathF.Tau), d.Range(0.9f, 1.15f), 0.5f, flat: true);
    }

    /// <summary>A 1 m patch of one kind of bedding plant: a low cushion of leaves studded with blooms.</summary>
    private static Kit MakeBedding(Material bloom)
    {
        var k = new Kit();
        k.Paint(Foliage).Ellipsoid(new Vector3(0, 0.12f, 0), new Vector3(0.55f, 0.16f, 0.55f), 0, 0, 8, 4);
        for (var i = 0; i < 9; i++)
        {
            var a = i * 2.4f;
            var r = 0.12f + 0.04f * i;
            k.Paint(bloom).Ellipsoid(new Vector3(MathF.Cos(a) * r, 0.24f + 0.03f * (i % 2), MathF.Sin(a) * r), new Vector3(0.13f, 0.08f, 0.13f), 0, 0, 6, 3);
        }
        return k;
    }

    /// <summary>An agave: a rosette of stiff blue-green spikes, 1.2 m across.</summary>
    private static Kit MakeAgave()
    {
        var k = new Kit();
        for (var i = 0; i < 14; i++)
        {
            var a = i * 2.4f;
            var lean = 0.35f + 0.5f * (i % 3) / 2;
            var tip = new Vector3(MathF.Cos(a) * lean, 0.9f - lean * 0.6f, MathF.Sin(a) * lean);
            k.Paint(Agave).Rod(new Vector3(0, 0.05f, 0), tip, 0.07f, 0.005f, 4);
        }
        return k;
    }
}
