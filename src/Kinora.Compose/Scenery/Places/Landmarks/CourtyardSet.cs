using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// An enclosed courtyard: stone paving between three stuccoed wings — an arcade of round arches along the ground
/// floor of the back one, rows of shuttered windows above, tiled roofs — with a well under a little roof, a tree in
/// a round stone bed, potted plants and a bench.
/// </summary>
internal static class CourtyardSet
{
    private static readonly Material Stucco = Paints.Srgb(220, 195, 150, 0.85f, 0, "courtstucco");
    private static readonly Material Shutter = Paints.Srgb(60, 95, 70, 0.6f, 0, "shutter");
    private static readonly Material Flags = Paints.Srgb(180, 170, 150, 0.85f, 0, "flagstones") with { Pattern = "tiles" };
    private static readonly Material Pot = Paints.Srgb(170, 85, 50, 0.8f, 0, "terracotta");

    private const float Half = 13, Deep = 18, Height = 11;

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 1;
        var back = d.Zone.Back - Deep; // the back wing's face
        Landforms.Slab(d.Layer("paving"), Flags, cx - Half, cx + Half, back, d.Zone.Front + 6, 0.01f, 0.02f);
        d.Put("wing", Wing(d, 2 * Half + 2, arcade: true), new Vector3(cx, 0, back - 4), 0, 1, 4);
        // The side wings face each other across the yard: built facing +Z, turned a quarter.
        d.Put("wing", Wing(d, Deep - 1, arcade: false), new Vector3(cx - Half - 4, 0, back + Deep / 2 - 0.5f), MathF.PI / 2, 1, 4);
        d.Put("wing", Wing(d, Deep - 1, arcade: false), new Vector3(cx + Half + 4, 0, back + Deep / 2 - 0.5f), -MathF.PI / 2, 1, 4);
        d.Put("well", Well, new Vector3(cx + 3.5f, 0, back + 7), 0.3f, 1, 1.2f);
        var bed = d.Layer("tree bed", cx);
        var tree = new Vector3(cx - 5, 0, back + 6);
        bed.Paint(Masonry.PaleStone).Cylinder(Matrix4x4.CreateScale(1.6f, 0.25f, 1.6f) * Matrix4x4.CreateTranslation(tree + new Vector3(0, 0.25f, 0)), 1, 16);
        bed.Paint(Paints.Soil).Cylinder(Matrix4x4.CreateScale(1.45f, 0.02f, 1.45f) * Matrix4x4.CreateTranslation(tree + new Vector3(0, 0.5f, 0)), 1, 16);
        d.Put("trees", Trees.Broadleaf, tree + new Vector3(0, 0.4f, 0), d.Range(0, MathF.Tau), 1.1f, 1.6f);
        for (var i = 0; i < 8; i++)
        {
            var p = new Vector3(cx - Half + 1 + i * (2 * Half - 2) / 7, 0, back + 1.6f);
            d.Put("pots", PottedPlant, p, d.Range(0, MathF.Tau), d.Range(0.8f, 1.1f), 0.4f);
        }
        d.Put("benches", StreetProps.Bench, new Vector3(cx + 9, 0, back + 4), 0, 1, 0.6f);
        if (d.Dark)
            for (var i = 0; i < 3; i++)
                d.Light(new LightSource(new Vector3(cx - 8 + i * 8, 3.2f, back + 1.2f), new Vector3(1, 0.8f, 0.55f) * 4, 10));
        d.Vista = Masonry.Around(cx - Half, cx + Half, Height - 2, back - 1, d.Zone.Back - 2);
    }

    private static readonly Kit Well = MakeWell();
    private static readonly Kit PottedPlant = MakePot();

    /// <summary>A wing <paramref name="length"/> m long and 8 m deep, its face at z = +4: an arcade or doors below,
    /// two floors of shuttered windows above, a tiled roof.</summary>
    private static Kit Wing(SetDresser d, float length, bool arcade)
    {
        var k = new Kit();
        const float depth = 8, z = depth / 2;
        Masonry.Block(k, Stucco, 0, 0, length / 2, Height, depth / 2);
        Masonry.Gable(k, Stucco, Masonry.Tiles, 0, 0, length, depth, Height, 2.6f, ridgeAlongX: true, 0.6f);
        var bays = Math.Max(3, (int)(length / 3.6f));
        var pitch = length / bays;
        if (arcade)
        {
            // The arcade: a loggia 2.5 m deep behind a row of round arches on piers.
            k.Paint(Masonry.Dark).Box(new Vector3(0, 2.1f, z - 0.1f), new Vector3(length / 2 - 0.5f, 2.1f, 0.05f));
            for (var i = 0; i < bays; i++)
                k.Paint(Masonry.PaleStone).Extrude(ArchBay(pitch, pitch * 0.36f, 2.4f, 4.4f), 0.5f, Matrix4x4.CreateTranslation(-length / 2 + (i + 0.5f) * pitch, 0, z + 0.25f));
        }
        else
            for (var i = 1; i < bays; i += 2)
                k.Paint(Paints.DarkWood).Box(new Vector3(-length / 2 + (i + 0.5f) * pitch, 1.2f, z + 0.04f), new Vector3(0.7f, 1.2f, 0.04f));
        for (var f = 0; f < 2; f++)
        {
            var y = 5.8f + f * 3.2f;
            Masonry.Windows(k, d.Dark, 0, y, z, bays, pitch, 1.0f, 1.7f);
            for (var i = 0; i < bays; i++)
                foreach (var s in new[] { -1f, 1f })
                    k.Paint(Shutter).Box(new Vector3(-length / 2 + (i + 0.5f) * pitch + s * 0.95f, y, z + 0.06f), new Vector3(0.35f, 0.85f, 0.03f));
        }
        return k;
    }

    /// <summary>One bay of an arcade front (x, y): a pier each side and the wall over a round arch of radius r
    /// springing at <paramref name="spring"/>, up to <paramref name="top"/>.</summary>
    private static Vector2[] ArchBay(float pitch, float r, float spring, float top)
    {
        var points = new List<Vector2> { new(-pitch / 2, top), new(-pitch / 2, 0), new(-r, 0), new(-r, spring) };
        for (var i = 1; i < 12; i++)
        {
            var a = MathF.PI - MathF.PI * i / 12;
            points.Add(new Vector2(r * MathF.Cos(a), spring + r * MathF.Sin(a)));
        }
        points.AddRange([new(r, spring), new(r, 0), new(pitch / 2, 0), new(pitch / 2, top)]);
        return [.. points];
    }

    private static Kit MakeWell()
    {
        var k = new Kit();
        k.Paint(Masonry.Stone).Lathe([new(0.9f, 0), new(0.9f, 0.8f), new(0.7f, 0.8f), new(0.7f, 0.3f)], Matrix4x4.Identity, 16);
        k.Paint(Masonry.Water).Cylinder(Matrix4x4.CreateScale(0.7f, 0.02f, 0.7f) * Matrix4x4.CreateTranslation(0, 0.45f, 0), 1, 16);
        foreach (var x in new[] { -0.8f, 0.8f })
            k.Paint(Paints.DarkWood).Box(new Vector3(x, 1.35f, 0), new Vector3(0.07f, 1.35f, 0.07f));
        k.Paint(Paints.DarkWood).Rod(new Vector3(-0.8f, 1.6f, 0), new Vector3(0.8f, 1.6f, 0), 0.06f, 0.06f, 6);
        Masonry.Gable(k, Paints.DarkWood, Masonry.Tiles, 0, 0, 2.0f, 1.2f, 2.6f, 0.7f, ridgeAlongX: true, 0.15f);
        k.Paint(Paints.Srgb(120, 90, 60, 0.7f, 0, "bucket")).Cylinder(Matrix4x4.CreateScale(0.15f, 0.15f, 0.15f) * Matrix4x4.CreateTranslation(0, 1.1f, 0), 1.2f, 8);
        return k;
    }

    private static Kit MakePot()
    {
        var k = new Kit();
        k.Paint(Pot).Cylinder(Matrix4x4.CreateScale(0.35f, 0.3f, 0.35f) * Matrix4x4.CreateTranslation(0, 0.3f, 0), 1.25f, 10);
        k.Paint(Palette.Leaves).Ellipsoid(new Vector3(0, 0.95f, 0), new Vector3(0.5f, 0.45f, 0.5f), 0, 0, 8, 5);
        return k;
    }
}
