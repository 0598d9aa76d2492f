using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.PublicRooms;

/// <summary>
/// A laboratory's furniture and glass, backs against −Z: a 1.2 m bench unit (white cabinets, black resin top) with
/// glassware on it, an island bench with a reagent shelf of bottles along its spine, a fume hood with its sash half
/// up, a microscope, and wall shelves of brown and clear bottles. Coloured liquids in conical flasks and beakers are
/// what a viewer names as a lab; the black top under them keeps them from melting into a white room.
/// </summary>
internal static class LabGear
{
    public const float BenchWidth = 1.2f, BenchDepth = 0.75f, BenchTop = 0.9f;
    private static readonly Material[] Liquids = [RoomPaints.BlueLiquid, RoomPaints.GreenLiquid, RoomPaints.AmberLiquid, RoomPaints.RedLiquid];

    /// <summary>Bench units, each with a different still life of glass on top.</summary>
    public static Kit[] Benches { get; } = [MakeBench(0, false), MakeBench(1, false), MakeBench(2, true)];
    /// <summary>A double-sided island unit with a two-tier reagent shelf along its middle.</summary>
    public static Kit[] Islands { get; } = [MakeIsland(0), MakeIsland(1)];
    public static Kit FumeHood { get; } = MakeFumeHood();

    private static void Cabinets(Kit k, float depth)
    {
        k.Paint(RoomPaints.Cabinet).Box(new Vector3(0, 0.45f, 0), new Vector3(BenchWidth / 2 - 0.005f, 0.41f, depth / 2 - 0.03f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.03f, 0), new Vector3(BenchWidth / 2 - 0.01f, 0.03f, depth / 2 - 0.05f));
        k.Paint(RoomPaints.BenchTop).Box(new Vector3(0, BenchTop - 0.02f, 0), new Vector3(BenchWidth / 2, 0.02f, depth / 2));
        foreach (var side in new[] { -1f, 1f })
            foreach (var x in new[] { -0.3f, 0.3f })
                k.Paint(Paints.Chrome).Box(new Vector3(x, 0.72f, side * (depth / 2 - 0.025f)), new Vector3(0.1f, 0.008f, 0.012f));
    }

    private static Kit MakeBench(int variant, bool microscope)
    {
        var k = new Kit();
        Cabinets(k, BenchDepth);
        var y = BenchTop;
        Flask(k, new Vector3(-0.4f, y, 0.05f), 1.0f, Liquids[variant % 4]);
        Beaker(k, new Vector3(-0.22f, y, 0.15f), 0.045f, 0.12f, Liquids[(variant + 1) % 4]);
        Flask(k, new Vector3(-0.15f, y, -0.12f), 0.8f, Liquids[(variant + 2) % 4]);
        TubeRack(k, new Vector3(0.12f, y, 0.1f), variant);
        if (microscope) Microscope(k, new Vector3(0.38f, y, 0.0f));
        else
        {
            Beaker(k, new Vector3(0.35f, y, -0.05f), 0.06f, 0.16f, Liquids[(variant + 3) % 4]);
            Bottle(k, new Vector3(0.48f, y, -0.2f), RoomPaints.BrownBottle, 0.05f, 0.2f);
        }
        return k;
    }

    private static Kit MakeIsland(int variant)
    {
        const float depth = 1.5f;
        var k = new Kit();
        Cabinets(k, depth);
        var steel = k.Paint(Paints.Steel);
        foreach (var x in new[] { -0.57f, 0.57f })
            steel.Rod(new Vector3(x, BenchTop, 0), new Vector3(x, 1.75f, 0), 0.015f, 0.015f, 6);
        foreach (var shelf in new[] { 1.3f, 1.72f })
        {
            k.Paint(RoomPaints.LabGlass).Box(new Vector3(0, shelf, 0), new Vector3(0.6f, 0.012f, 0.16f));
            for (var i = 0; i < 7; i++)
            {
                var x = -0.5f + i * 0.165f;
                var paint = (i + variant + (int)(shelf * 10)) % 3 == 0 ? RoomPaints.LabGlass : RoomPaints.BrownBottle;
                Bottle(k, new Vector3(x, shelf + 0.012f, (i % 2 == 0 ? 0.06f : -0.06f)), paint, 0.04f, 0.17f + 0.03f * ((i + variant) % 2));
            }
        }
        // Glass on both working sides.
        Flask(k, new Vector3(-0.35f, BenchTop, 0.45f), 1.1f, Liquids[variant]);
        Beaker(k, new Vector3(-0.1f, BenchTop, 0.5f), 0.05f, 0.13f, Liquids[(variant + 2) % 4]);
        TubeRack(k, new Vector3(0.3f, BenchTop, 0.45f), variant + 1);
        Flask(k, new Vector3(0.25f, BenchTop, -0.45f), 0.9f, Liquids[(variant + 1) % 4]);
        return k;
    }

    /// <summary>A conical (Erlenmeyer) flask standing at <paramref name="at"/>: the liquid fills its base, clear glass
    /// narrows to the neck.</summary>
    private static void Flask(Kit k, Vector3 at, float scale, Material liquid)
    {
        var m = Matrix4x4.CreateScale(scale) * Matrix4x4.CreateTranslation(at);
        k.Paint(liquid).Lathe([new(0.065f, 0), new(0.062f, 0.01f), new(0.04f, 0.07f)], m, 12);
        k.Paint(RoomPaints.LabGlass).Lathe([new(0.04f, 0.07f), new(0.018f, 0.15f), new(0.018f, 0.2f), new(0.022f, 0.205f)], m, 12);
    }

    /// <summary>A beaker: a glass cylinder, liquid in its lower half.</summary>
    private static void Beaker(Kit k, Vector3 at, float r, float h, Material liquid)
    {
        k.Paint(liquid).Cylinder(Matrix4x4.CreateScale(r, h * 0.28f, r) * Matrix4x4.CreateTranslation(at + new Vector3(0, h * 0.28f, 0)), 1, 12);
        k.Paint(RoomPaints.LabGlass).Cylinder(Matrix4x4.CreateScale(r, h * 0.22f, r) * Matrix4x4.CreateTranslation(at + new Vector3(0, h * 0.78f, 0)), 1, 12);
    }

    private static void Bottle(Kit k, Vector3 at, Material glass, float r, float h) =>
        k.Paint(glass).Lathe([new(r, 0), new(r, h * 0.7f), new(r * 0.4f, h * 0.85f), new(r * 0.4f, h)], Matrix4x4.CreateTranslation(at), 10);

    /// <summary>A wooden rack of six test tubes, each a different colour.</summary>
    private static void TubeRack(Kit k, Vector3 at, int variant)
    {
        k.Paint(Paints.Wood).Box(at + new Vector3(0, 0.07f, 0), new Vector3(0.12f, 0.01f, 0.035f));
        k.Paint(Paints.Wood).Box(at + new Vector3(0, 0.005f, 0), new Vector3(0.12f, 0.005f, 0.035f));
        foreach (var x in new[] { -0.11f, 0.11f }) k.Paint(Paints.Wood).Box(at + new Vector3(x, 0.04f, 0), new Vector3(0.008f, 0.04f, 0.035f));
        for (var i = 0; i < 6; i++)
        {
            var p = at + new Vector3(-0.085f + i * 0.034f, 0.01f, 0);
            k.Paint(Liquids[(i + variant) % 4]).Rod(p, p + new Vector3(0, 0.06f, 0), 0.009f, 0.009f, 6);
            k.Paint(RoomPaints.LabGlass).Rod(p + new Vector3(0, 0.06f, 0), p + new Vector3(0, 0.13f, 0), 0.009f, 0.009f, 6);
        }
    }

    /// <summary>A microscope: a base, an arm rising at the back, a stage, and a tube angled towards the user.</summary>
    private static void Microscope(Kit k, Vector3 at)
    {
        var body = k.Paint(Paints.Plastic(235, 235, 232));
        var dark = k.Paint(Paints.Black);
        body.Box(at + new Vector3(0, 0.02f, 0), new Vector3(0.08f, 0.02f, 0.11f));
        body.Box(at + new Vector3(0, 0.15f, -0.07f), new Vector3(0.03f, 0.13f, 0.035f), 0, 0);
        dark.Box(at + new Vector3(0, 0.12f, 0.01f), new Vector3(0.07f, 0.008f, 0.06f));          // stage
        dark.Rod(at + new Vector3(0, 0.16f, 0.0f), at + new Vector3(0, 0.26f, -0.03f), 0.02f, 0.02f, 8); // objectives' turret
        dark.Rod(at + new Vector3(0, 0.26f, -0.03f), at + new Vector3(0, 0.36f, 0.05f), 0.018f, 0.018f, 8); // tube
        dark.Rod(at + new Vector3(0, 0.36f, 0.05f), at + new Vector3(0, 0.39f, 0.075f), 0.013f, 0.013f, 8); // eyepiece
        dark.Cylinder(Matrix4x4.CreateScale(0.02f, 0.015f, 0.02f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(at + new Vector3(0.045f, 0.1f, -0.06f)), 1, 8);
    }

    private static Kit MakeFumeHood()
    {
        var k = new Kit();
        const float w = 0.8f, depth = 0.85f;
        var body = k.Paint(RoomPaints.Cabinet);
        Cabinets(k, depth);
        foreach (var s in new[] { -1f, 1f })
            body.Box(new Vector3(s * (w - 0.05f), 1.6f, 0), new Vector3(0.05f, 0.7f, depth / 2));
        body.Box(new Vector3(0, 2.15f, 0), new Vector3(w, 0.18f, depth / 2));                      // the hood's head
        body.Box(new Vector3(0, 1.6f, -depth / 2 + 0.03f), new Vector3(w, 0.7f, 0.03f));           // back
        k.Paint(Paints.Srgb(175, 180, 185, 0.6f, 0, "hoodliner")).Box(new Vector3(0, 1.6f, -depth / 2 + 0.07f), new Vector3(w - 0.1f, 0.68f, 0.01f));
        // The sash half up: a framed glass pane over the upper opening.
        k.Paint(RoomPaints.LabGlass).Box(new Vector3(0, 1.72f, depth / 2 - 0.06f), new Vector3(w - 0.1f, 0.26f, 0.008f));
        k.Paint(Paints.Steel).Box(new Vector3(0, 1.46f, depth / 2 - 0.04f), new Vector3(w - 0.1f, 0.02f, 0.02f));
        k.Paint(RoomPaints.ScreenGlow).Box(new Vector3(w - 0.02f, 2.15f, depth / 2 + 0.002f), new Vector3(0.025f, 0.04f, 0.002f)); // airflow light
        k.Paint(RoomPaints.Duct).Cylinder(Matrix4x4.CreateScale(0.15f, 0.4f, 0.15f) * Matrix4x4.CreateTranslation(0, 2.7f, -0.1f), 1, 12);
        Flask(k, new Vector3(-0.3f, BenchTop, 0.0f), 1.2f, RoomPaints.GreenLiquid);
        Beaker(k, new Vector3(0.2f, BenchTop, -0.1f), 0.06f, 0.14f, RoomPaints.AmberLiquid);
        return k;
    }

    /// <summary>A wall shelf from x0 to x1 at height y against the wall at z, lined with bottles.</summary>
    public static void BottleShelf(Kit k, float x0, float x1, float y, float z, int variant)
    {
        k.Paint(RoomPaints.Cabinet).Box(new Vector3((x0 + x1) / 2, y, z + 0.13f), new Vector3((x1 - x0) / 2, 0.015f, 0.13f));
        var i = variant;
        for (var x = x0 + 0.08f; x < x1 - 0.05f; x += 0.11f, i++)
        {
            var paint = (i * 7 % 5) switch { 0 => RoomPaints.LabGlass, 1 => RoomPaints.BlueLiquid, _ => RoomPaints.BrownBottle };
            Bottle(k, new Vector3(x, y + 0.015f, z + 0.12f), paint, 0.038f, 0.16f + 0.05f * (i * 3 % 2));
        }
    }
}
