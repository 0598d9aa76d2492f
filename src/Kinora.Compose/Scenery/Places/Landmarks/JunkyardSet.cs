using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Compose.Scenery.Props;

namespace Kinora.Compose.Scenery.Places.Landmarks;

/// <summary>
/// A junkyard on oily dirt: stacks of wrecked cars (faded and rusted, glassless, some on their roofs), heaps of
/// scrap metal, towers of old tyres and drums, a crane with a round magnet over the biggest heap, and a
/// corrugated-iron fence round the yard.
/// </summary>
internal static class JunkyardSet
{
    private static readonly Material[] Faded =
    [
        Paints.Srgb(120, 50, 40, 0.85f, 0.2f, "fadedred"), Paints.Srgb(70, 90, 110, 0.85f, 0.2f, "fadedblue"),
        Paints.Srgb(150, 140, 110, 0.85f, 0.2f, "fadedbeige"), Paints.Srgb(80, 100, 70, 0.85f, 0.2f, "fadedgreen"),
        Paints.Srgb(110, 62, 35, 0.9f, 0.3f, "rust"),
    ];
    private static readonly Material Rust = Paints.Srgb(105, 58, 32, 0.9f, 0.3f, "scraprust");
    private static readonly Material Scrap = Paints.Srgb(95, 95, 98, 0.6f, 0.7f, "scrapsteel");
    private static readonly Material Corrugated = Paints.Srgb(120, 118, 110, 0.7f, 0.5f, "corrugated") with { Pattern = "tiles" };
    private static readonly Material Oil = Paints.Srgb(45, 40, 35, 0.95f, 0, "oilydirt");
    private static readonly Material CraneYellow = Paints.Srgb(200, 150, 30, 0.7f, 0.3f, "fadedyellow");

    private static readonly Kit[] Wrecks = [.. Faded.Select(Wreck)];
    private static readonly Kit Tyres = MakeTyres();
    private static readonly Kit Drum = MakeDrum();

    public static void Dress(SetDresser d, PlaceContext _)
    {
        var cx = d.Zone.CentreX + 2;
        var back = d.Zone.Back;
        // Oil-dark patches on the dirt.
        for (var i = 0; i < 14; i++)
            d.Lay("stains", Stain, Matrix4x4.CreateScale(d.Range(1.5f, 4), 1, d.Range(1, 2.5f)) * Matrix4x4.CreateRotationY(d.Range(0, MathF.Tau)) * Matrix4x4.CreateTranslation(cx + d.Range(-20, 20), 0.005f, back - d.Range(1, 16)));
        // Stacks of wrecks, two and three high, in rows back from the action.
        foreach (var (x, z, high) in new[] { (-11f, -5f, 3), (-6f, -12f, 2), (8f, -6f, 2), (13f, -13f, 3), (-16f, -16f, 2), (3f, -19f, 3), (20f, -7f, 1) })
            Stack(d, new Vector3(cx + x, 0, back + z), high);
        // The scrap heap in the middle, a crane's magnet over it.
        var heap = new Vector3(cx + 1, 0, back - 11);
        d.Put("scrap heap", ScrapHeap(d), heap, 0, 1, 4.5f);
        d.Put("crane", Crane, new Vector3(cx + 9, 0, back - 16), -0.5f, 1, 3);
        for (var i = 0; i < 7; i++)
            d.Put("tyres", Tyres, new Vector3(cx + d.Range(-18, 18), 0, back - d.Range(2, 5)), d.Range(0, MathF.Tau), 1, 0.5f);
        for (var i = 0; i < 8; i++)
            d.Put("drums", Drum, new Vector3(cx + d.Range(-14, 14), 0, back - d.Range(2.5f, 9)), d.Range(0, MathF.Tau), 1, 0.35f);
        // The fence: corrugated sheets round the yard's back and sides.
        var fence = d.Layer("fence", cx);
        fence.Paint(Corrugated).Box(new Vector3(cx, 1.4f, back - 26), new Vector3(30, 1.4f, 0.05f));
        foreach (var s in new[] { -1f, 1f })
            fence.Paint(Corrugated).Box(new Vector3(cx + s * 30, 1.4f, back - 13.5f), new Vector3(0.05f, 1.4f, 12.5f));
        d.Scatter("trees", [Trees.BroadleafDark, Trees.Broadleaf], 20, d.Left - 20, d.Right + 20, back - 30, back - 50, 1.1f, 1.5f, Trees.BroadleafRadius);
        d.Scatter("weeds", [Plants.DryTuft], 60, cx - 28, cx + 28, back - 0.3f, back - 25, 0.8f, 1.4f, 0.1f);
        d.Vista = Masonry.Around(cx - 11, cx + 13, 6, back - 14, back - 3);
    }

    /// <summary>A stack of wrecked cars, each squashed a little and askew on the one below, the top one sometimes
    /// on its roof.</summary>
    private static void Stack(SetDresser d, Vector3 at, int high)
    {
        if (!d.Zone.Behind(at, 2.6f)) return;
        var y = 0f;
        for (var i = 0; i < high; i++)
        {
            var flip = i == high - 1 && d.Chance(0.3f);
            var squash = d.Range(0.75f, 0.95f);
            var m = Matrix4x4.CreateScale(1, squash, 1)
                * (flip ? Matrix4x4.CreateRotationX(MathF.PI) * Matrix4x4.CreateTranslation(0, 1.45f * squash, 0) : Matrix4x4.Identity)
                * Matrix4x4.CreateRotationZ(d.Range(-0.05f, 0.05f)) * Matrix4x4.CreateRotationY(d.Range(-0.3f, 0.3f)) * Matrix4x4.CreateTranslation(at + new Vector3(d.Range(-0.3f, 0.3f), y, 0));
            d.Layer("wrecks", at.X).Add(Wrecks[d.Pick(Wrecks.Length)], m);
            y += 1.4f * squash;
        }
    }

    /// <summary>A wrecked car facing +X: a dented body, an empty cabin (dark where the glass was), sometimes
    /// wheels missing.</summary>
    private static Kit Wreck(Material paint)
    {
        var k = new Kit();
        k.Paint(paint).Box(new Vector3(0, 0.62f, 0), new Vector3(2.2f, 0.32f, 0.88f));
        k.Paint(paint).Box(new Vector3(-0.25f, 1.12f, 0), new Vector3(1.15f, 0.2f, 0.8f), 0.04f);
        k.Paint(Masonry.Dark).Box(new Vector3(-0.25f, 1.1f, 0), new Vector3(1.18f, 0.15f, 0.82f));
        k.Paint(Rust).Box(new Vector3(1.5f, 0.95f, 0.3f), new Vector3(0.6f, 0.03f, 0.5f), -0.08f); // a rusted bonnet patch
        foreach (var x in new[] { -1.4f, 1.4f })
            k.Paint(Paints.Rubber).Cylinder(Matrix4x4.CreateScale(0.33f, 0.12f, 0.33f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.33f, 0.8f), 1, 8);
        k.Paint(Paints.Rubber).Cylinder(Matrix4x4.CreateScale(0.33f, 0.12f, 0.33f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(-1.4f, 0.33f, -0.8f), 1, 8);
        return k;
    }

    /// <summary>A mound of scrap: a dark core heaped with bent sheets, beams and pipes.</summary>
    private static Kit ScrapHeap(SetDresser d)
    {
        var k = new Kit();
        k.Paint(Rust).Cylinder(Matrix4x4.CreateScale(4.5f, 1.6f, 3.5f) * Matrix4x4.CreateTranslation(0, 1.6f, 0), 0.2f, 9);
        for (var i = 0; i < 60; i++)
        {
            var a = d.Range(0, MathF.Tau);
            var r = d.Range(0, 1f);
            var p = new Vector3(4.3f * r * MathF.Cos(a), 0, 3.3f * r * MathF.Sin(a));
            p.Y = 3.2f * (1 - r) + 0.2f;
            var m = d.Pick(3) == 0 ? Scrap : d.Pick(2) == 0 ? Rust : Faded[d.Pick(Faded.Length)];
            if (i % 3 == 0)
                k.Paint(m).Rod(p, p + new Vector3(d.Range(-1.5f, 1.5f), d.Range(-0.3f, 0.8f), d.Range(-1.5f, 1.5f)), 0.08f, 0.08f, 5);
            else
                k.Paint(m).Box(p, new Vector3(d.Range(0.3f, 0.9f), d.Range(0.03f, 0.2f), d.Range(0.3f, 0.7f)), d.Range(-0.6f, 0.6f), d.Range(0, MathF.Tau));
        }
        return k;
    }

    private static readonly Kit Crane = MakeCrane();
    private static readonly Kit Stain = MakeStain();

    /// <summary>A scrap crane: a tracked base, a cab, a long boom up over the heap and a round magnet on a cable.</summary>
    private static Kit MakeCrane()
    {
        var k = new Kit();
        foreach (var z in new[] { -1.2f, 1.2f })
            k.Paint(Paints.Rubber).Box(new Vector3(0, 0.5f, z), new Vector3(2.2f, 0.5f, 0.45f));
        k.Paint(CraneYellow).Box(new Vector3(0, 1.6f, 0), new Vector3(1.9f, 0.6f, 1.4f));
        k.Paint(CraneYellow).Box(new Vector3(1.0f, 2.8f, 0.7f), new Vector3(0.7f, 0.7f, 0.6f));
        k.Paint(Paints.Glass).Box(new Vector3(1.71f, 2.9f, 0.7f), new Vector3(0.02f, 0.5f, 0.5f));
        k.Paint(CraneYellow).Rod(new Vector3(0.5f, 2.2f, -0.3f), new Vector3(-7, 10.5f, -0.3f), 0.3f, 0.2f, 6);
        k.Paint(Paints.Black).Rod(new Vector3(-7, 10.5f, -0.3f), new Vector3(-7, 6.2f, -0.3f), 0.03f, 0.03f, 4);
        k.Paint(Scrap).Cylinder(Matrix4x4.CreateScale(0.9f, 0.25f, 0.9f) * Matrix4x4.CreateTranslation(-7, 5.95f, -0.3f), 1, 14);
        return k;
    }

    /// <summary>Five old tyres stacked, a little off true.</summary>
    private static Kit MakeTyres()
    {
        var k = new Kit();
        for (var i = 0; i < 5; i++)
            k.Paint(Paints.Rubber).Torus(0.33f, 0.12f, Matrix4x4.CreateTranslation(0.03f * (i % 2), 0.12f + i * 0.24f, 0.02f * (i % 3)), 14, 6);
        return k;
    }

    private static Kit MakeDrum()
    {
        var k = new Kit();
        k.Paint(Faded[1]).Cylinder(Matrix4x4.CreateScale(0.3f, 0.44f, 0.3f) * Matrix4x4.CreateTranslation(0, 0.44f, 0), 1, 12);
        k.Paint(Rust).Torus(0.3f, 0.02f, Matrix4x4.CreateTranslation(0, 0.3f, 0), 12, 4);
        return k;
    }

    private static Kit MakeStain()
    {
        var k = new Kit();
        k.Paint(Oil).Ellipsoid(Vector3.Zero, new Vector3(0.5f, 0.004f, 0.5f), 0, 0, 10, 2);
        return k;
    }
}
