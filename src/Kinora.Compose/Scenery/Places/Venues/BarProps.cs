using System.Numerics;
using Kinora.Compose.Assets;
using Kinora.Plan;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A bar's pieces: the back bar (a mirror behind three glass shelves of bottles lit from below, cupboards under a
/// worktop), the long counter with its brass foot rail, beer-tap towers and stools. Faces +Z, foot at the origin;
/// lengths run along X.
/// </summary>
internal static class BarProps
{
    public static readonly Material Mahogany = Paints.Srgb(78, 38, 22, 0.35f, 0, "mahogany") with { Pattern = "wood" };
    private static readonly Material BarTop = Paints.Srgb(50, 26, 16, 0.12f, 0, "bartop") with { Pattern = "wood" };
    private static readonly Material Brass = Paints.Srgb(200, 160, 80, 0.25f, 1, "brass");
    private static readonly Material Mirror = Paints.Srgb(150, 135, 115, 0.05f, 1, "barmirror");
    private static readonly Material ShelfGlass = Paints.Srgb(200, 215, 215, 0.05f, 0, "shelfglass");
    /// <summary>The warm strip under each shelf that makes the bottles glow: the back bar is the brightest thing in
    /// the room, as in any bar after dark.</summary>
    private static readonly Material ShelfLight = Palette.Glow(255, 190, 120, 5f, "shelflight");
    private static readonly Material Leather = Paints.Srgb(60, 30, 20, 0.6f, 0, "stoolleather") with { Pattern = "leather" };

    /// <summary>Bottle glass: amber whisky, green wine, clear gin, blue, red liqueur — lit a little from within by the
    /// shelf light behind them.</summary>
    private static readonly Material[] BottleGlass =
    [
        Palette.Glow(190, 110, 35, 0.35f, "amberbottle"),
        Palette.Glow(40, 110, 50, 0.3f, "greenbottle"),
        Palette.Glow(215, 225, 225, 0.3f, "clearbottle"),
        Palette.Glow(40, 80, 170, 0.3f, "bluebottle"),
        Palette.Glow(170, 30, 40, 0.3f, "redbottle"),
        Palette.Glow(150, 70, 25, 0.35f, "brownbottle"),
    ];

    /// <summary>The back bar, <paramref name="length"/> m long, against a wall at z = 0 (its front at +0.45).</summary>
    public static Kit BackBar(float length, int seed)
    {
        var k = new Kit();
        var hl = length / 2;
        var r = new SeededRandom(seed, "backbar");
        k.Paint(Mahogany).Box(new Vector3(0, 0.45f, 0.25f), new Vector3(hl, 0.45f, 0.22f));      // cupboards
        k.Paint(BarTop).Box(new Vector3(0, 0.92f, 0.26f), new Vector3(hl + 0.02f, 0.025f, 0.24f)); // worktop
        for (var x = -hl + 0.6f; x < hl; x += 1.2f)
            k.Paint(Paints.Shade(Mahogany, 0.6f)).Box(new Vector3(x, 0.45f, 0.475f), new Vector3(0.52f, 0.36f, 0.005f));
        k.Paint(Mirror).Box(new Vector3(0, 1.85f, 0.02f), new Vector3(hl, 0.9f, 0.01f));
        var frame = k.Paint(Mahogany);
        frame.Box(new Vector3(0, 2.85f, 0.08f), new Vector3(hl + 0.1f, 0.1f, 0.08f));             // crown
        for (var x = -hl; x <= hl + 1e-3f; x += length / 4)
            frame.Box(new Vector3(x, 1.9f, 0.06f), new Vector3(0.06f, 0.95f, 0.06f));                 // uprights
        for (var shelf = 0; shelf < 3; shelf++)
        {
            var y = 1.15f + shelf * 0.5f;
            k.Paint(ShelfGlass).Box(new Vector3(0, y, 0.14f), new Vector3(hl, 0.01f, 0.12f));
            k.Paint(ShelfLight).Box(new Vector3(0, y - 0.02f, 0.22f), new Vector3(hl, 0.008f, 0.01f));
            // Bottles in clusters with gaps, so the mirror shows between them and each reads by its neck.
            for (var x = -hl + 0.08f; x < hl - 0.05f; x += r.NextDouble() < 0.2 ? r.RangeF(0.2f, 0.35f) : r.RangeF(0.085f, 0.12f))
            {
                var h = r.RangeF(0.27f, 0.38f);
                var b = new Vector3(x, y + 0.01f, 0.14f + r.RangeF(-0.04f, 0.04f));
                var pick = r.NextDouble();
                var glass = k.Paint(BottleGlass[pick < 0.35 ? 0 : pick < 0.55 ? 1 : pick < 0.8 ? 2 : pick < 0.9 ? 5 : pick < 0.95 ? 3 : 4]);
                glass.Rod(b, b + new Vector3(0, h * 0.55f, 0), 0.032f, 0.032f, 7);
                glass.Rod(b + new Vector3(0, h * 0.55f, 0), b + new Vector3(0, h * 0.72f, 0), 0.032f, 0.012f, 7);
                glass.Rod(b + new Vector3(0, h * 0.72f, 0), b + new Vector3(0, h, 0), 0.012f, 0.011f, 5);
            }
        }
        return k;
    }

    /// <summary>The counter, <paramref name="length"/> m along X, 1.1 m high: panelled front, overhanging polished top,
    /// brass foot rail on the customers' (+Z) side.</summary>
    public static Kit Counter(float length)
    {
        var k = new Kit();
        var hl = length / 2;
        k.Paint(Mahogany).Box(new Vector3(0, 0.53f, 0), new Vector3(hl, 0.53f, 0.3f));
        k.Paint(BarTop).Box(new Vector3(0, 1.08f, 0.04f), new Vector3(hl + 0.05f, 0.035f, 0.38f));
        var panel = k.Paint(Paints.Shade(Mahogany, 0.7f));
        for (var x = -hl + 0.45f; x < hl; x += 0.9f)
            panel.Box(new Vector3(x, 0.55f, 0.305f), new Vector3(0.38f, 0.36f, 0.01f));
        k.Paint(Brass).Rod(new Vector3(-hl, 0.2f, 0.48f), new Vector3(hl, 0.2f, 0.48f), 0.025f, 0.025f, 6);
        for (var x = -hl + 0.3f; x < hl; x += 1.5f)
            k.Paint(Brass).Rod(new Vector3(x, 0.2f, 0.3f), new Vector3(x, 0.2f, 0.48f), 0.012f, 0.012f, 4);
        return k;
    }

    /// <summary>A tap tower on the counter top: a brass column, a crossbar and four coloured handles.</summary>
    public static Kit Taps { get; } = MakeTaps();

    private static Kit MakeTaps()
    {
        var k = new Kit();
        var brass = k.Paint(Brass);
        brass.Rod(new Vector3(0, 0, 0), new Vector3(0, 0.38f, 0), 0.04f, 0.035f, 8);
        brass.Rod(new Vector3(-0.3f, 0.38f, 0), new Vector3(0.3f, 0.38f, 0), 0.035f, 0.035f, 8);
        byte[][] colours = [[200, 40, 40], [30, 30, 30], [220, 180, 60], [40, 90, 170]];
        for (var i = 0; i < 4; i++)
        {
            var x = -0.24f + i * 0.16f;
            brass.Rod(new Vector3(x, 0.38f, 0), new Vector3(x, 0.3f, 0.08f), 0.012f, 0.01f, 5);
            var c = colours[i];
            k.Paint(Paints.Srgb(c[0], c[1], c[2], 0.4f, 0, "taphandle" + i)).Rod(new Vector3(x, 0.4f, 0), new Vector3(x, 0.6f, 0.02f), 0.018f, 0.024f, 6);
        }
        return k;
    }

    /// <summary>A bar stool 0.78 m high: chrome column, foot ring, round leather seat.</summary>
    public static Kit Stool { get; } = MakeStool();

    private static Kit MakeStool()
    {
        var k = new Kit();
        k.Paint(Paints.Chrome).Rod(Vector3.Zero, new Vector3(0, 0.74f, 0), 0.03f, 0.03f, 6);
        k.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.2f, 0.012f, 0.2f) * Matrix4x4.CreateTranslation(0, 0.012f, 0), 1, 12);
        k.Paint(Paints.Chrome).Torus(0.16f, 0.01f, Matrix4x4.CreateTranslation(0, 0.3f, 0), 12, 4);
        k.Paint(Leather).Cylinder(Matrix4x4.CreateScale(0.2f, 0.045f, 0.2f) * Matrix4x4.CreateTranslation(0, 0.78f, 0), 1, 12);
        return k;
    }

    /// <summary>A pint glass of beer, 0.15 m: amber body, white head.</summary>
    public static Kit Pint { get; } = MakePint();

    private static Kit MakePint()
    {
        var k = new Kit();
        k.Paint(Palette.Glow(200, 130, 40, 0.25f, "beer")).Rod(Vector3.Zero, new Vector3(0, 0.13f, 0), 0.03f, 0.037f, 8);
        k.Paint(Paints.Srgb(245, 240, 225, 0.8f, 0, "beerhead")).Rod(new Vector3(0, 0.13f, 0), new Vector3(0, 0.155f, 0), 0.037f, 0.038f, 8);
        return k;
    }
}
