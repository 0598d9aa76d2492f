using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Furniture of a Paris-style café, backs to −Z: a bistro table (a 0.6 m round marble top on a cast-iron pedestal)
/// with two bentwood chairs and a cup on its saucer; a 1.05 m counter with a chrome espresso machine, a glass cake
/// case, stacked cups and a till; a blackboard menu; a gilt-framed mirror. Sizes are a café's usual ones: tables
/// 0.74 m, seats 0.46 m, counter 1.05 m.
/// </summary>
public static class CafeFurniture
{
    private static readonly Material Marble = Paints.Srgb(232, 230, 224, 0.25f, 0, "marble") with { Pattern = "stone" };
    private static readonly Material CastIron = Paints.Srgb(28, 28, 30, 0.5f, 0.6f, "castiron");
    private static readonly Material Bentwood = Paints.Srgb(95, 55, 30, 0.45f, 0, "bentwood");
    private static readonly Material Cane = Paints.Srgb(205, 170, 110, 0.8f, 0, "cane");
    private static readonly Material China = Paints.Srgb(246, 246, 244, 0.2f, 0, "cafechina");
    private static readonly Material Coffee = Paints.Srgb(70, 40, 22, 0.2f, 0, "coffee");
    private static readonly Material CounterFront = Paints.Srgb(40, 70, 60, 0.45f, 0, "counterfront");
    private static readonly Material Zinc = Paints.Srgb(175, 178, 180, 0.3f, 0.8f, "zinc");
    private static readonly Material Brass = Paints.Srgb(190, 150, 70, 0.3f, 1, "cafebrass");
    private static readonly Material Cake = Paints.Srgb(200, 140, 90, 0.7f, 0, "cake");
    private static readonly Material Icing = Paints.Srgb(245, 225, 225, 0.6f, 0, "icing");
    private static readonly Material Berry = Paints.Srgb(170, 30, 50, 0.4f, 0, "berry");
    private static readonly Material Board = Paints.Srgb(30, 32, 30, 0.85f, 0, "menuboard");
    private static readonly Material Chalk = Paints.Srgb(230, 230, 222, 0.9f, 0, "menuchalk");
    private static readonly Material Gilt = Paints.Srgb(200, 160, 70, 0.35f, 1, "gilt");
    private static readonly Material MirrorGlass = Paints.Srgb(150, 160, 165, 0.05f, 0, "cafemirror");

    /// <summary>m; the counter's top.</summary>
    public const float CounterHeight = 1.05f;

    // Parts first: static properties initialise in order, and the table and counter are built from these.
    /// <summary>A cup of coffee on its saucer standing on a surface at y = 0, the handle to +X.</summary>
    public static Kit CupOnSaucer { get; } = MakeCup();

    /// <summary>A bistro chair for a sitter at the origin facing +Z: a round caned seat, a hoop back, four legs.</summary>
    public static Kit BistroChair { get; } = MakeChair();

    public static Kit BistroTable { get; } = MakeBistroTable();
    public static Kit Counter { get; } = MakeCounter();
    public static Kit MenuBoard { get; } = MakeMenuBoard();
    public static Kit Mirror { get; } = MakeMirror();


    private static Kit MakeCup()
    {
        var k = new Kit();
        k.Paint(China).Cylinder(Matrix4x4.CreateScale(0.07f, 0.004f, 0.07f) * Matrix4x4.CreateTranslation(0, 0.004f, 0), 1, 14);
        k.Paint(China).Cylinder(Matrix4x4.CreateScale(0.04f, 0.033f, 0.04f) * Matrix4x4.CreateTranslation(0, 0.041f, 0), 1.2f, 14);
        k.Paint(Coffee).Cylinder(Matrix4x4.CreateScale(0.044f, 0.002f, 0.044f) * Matrix4x4.CreateTranslation(0, 0.07f, 0), 1, 14);
        k.Paint(China).Torus(0.017f, 0.005f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.052f, 0.045f, 0), 10, 5);
        return k;
    }

    private static Kit MakeChair()
    {
        var k = new Kit();
        const float seat = 0.46f;
        k.Paint(Cane).Cylinder(Matrix4x4.CreateScale(0.2f, 0.015f, 0.2f) * Matrix4x4.CreateTranslation(0, seat - 0.015f, 0), 1, 14);
        k.Paint(Bentwood).Torus(0.2f, 0.012f, Matrix4x4.CreateTranslation(0, seat - 0.02f, 0), 16, 5);
        foreach (var (x, z) in new[] { (-0.15f, 0.13f), (0.15f, 0.13f), (-0.14f, -0.14f), (0.14f, -0.14f) })
            k.Paint(Bentwood).Rod(new Vector3(x * 1.2f, 0, z * 1.2f), new Vector3(x, seat - 0.03f, z), 0.013f, 0.013f, 5);
        // The hoop back: two uprights rising from the seat's rear and a bent top rail between them.
        foreach (var x in new[] { -0.15f, 0.15f })
            k.Paint(Bentwood).Rod(new Vector3(x, seat, -0.15f), new Vector3(x * 1.1f, seat + 0.42f, -0.22f), 0.013f, 0.013f, 5);
        k.Paint(Bentwood).Torus(0.17f, 0.014f, Matrix4x4.CreateScale(1, 1, 0.45f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, seat + 0.42f, -0.22f), 14, 5);
        k.Paint(Bentwood).Torus(0.22f, 0.01f, Matrix4x4.CreateTranslation(0, 0.2f, 0), 14, 4); // leg ring
        return k;
    }

    private static Kit MakeBistroTable()
    {
        var k = new Kit();
        k.Paint(Marble).Cylinder(Matrix4x4.CreateScale(0.3f, 0.015f, 0.3f) * Matrix4x4.CreateTranslation(0, 0.73f, 0), 1, 20);
        k.Paint(CastIron).Rod(new Vector3(0, 0.05f, 0), new Vector3(0, 0.72f, 0), 0.03f, 0.025f, 8);
        for (var i = 0; i < 3; i++)
        {
            var a = i * MathF.Tau / 3;
            k.Paint(CastIron).Rod(new Vector3(0, 0.08f, 0), new Vector3(MathF.Cos(a) * 0.24f, 0.01f, MathF.Sin(a) * 0.24f), 0.022f, 0.015f, 5);
        }
        k.Add(CupOnSaucer, Matrix4x4.CreateTranslation(0.08f, 0.745f, 0.1f));
        // Two chairs turned towards the table, one either side.
        k.Add(BistroChair, Kit.At(new Vector3(-0.55f, 0, 0.05f), MathF.PI / 2));
        k.Add(BistroChair, Kit.At(new Vector3(0.55f, 0, -0.05f), -MathF.PI / 2));
        return k;
    }

    private static Kit MakeCounter()
    {
        var k = new Kit();
        const float h = CounterHeight;
        // The bar: a painted front panel with a zinc top and a brass foot rail, 3 m long.
        k.Paint(CounterFront).Box(new Vector3(0, h / 2, 0.1f), new Vector3(1.5f, h / 2, 0.3f));
        k.Paint(Zinc).Box(new Vector3(0, h + 0.02f, 0.12f), new Vector3(1.53f, 0.02f, 0.34f));
        k.Paint(Brass).Rod(new Vector3(-1.5f, 0.15f, 0.48f), new Vector3(1.5f, 0.15f, 0.48f), 0.02f, 0.02f, 6);
        foreach (var x in new[] { -1.0f, 0f, 1.0f })
            k.Paint(Brass).Box(new Vector3(x, 0.5f, 0.405f), new Vector3(0.01f, 0.4f, 0.005f));
        var top = h + 0.04f;
        // The espresso machine: a chrome body, two group heads with portafilters, cups warming on top.
        var m = new Vector3(-0.7f, top, 0.0f);
        k.Paint(Paints.Chrome).Box(m + new Vector3(0, 0.22f, 0), new Vector3(0.38f, 0.22f, 0.24f));
        k.Paint(Paints.Srgb(150, 30, 30, 0.3f, 0.4f, "machinered")).Box(m + new Vector3(0, 0.3f, 0.242f), new Vector3(0.3f, 0.08f, 0.004f));
        foreach (var gx in new[] { -0.16f, 0.16f })
        {
            var g = m + new Vector3(gx, 0.2f, 0.28f);
            k.Paint(Paints.Chrome).Rod(g, g - new Vector3(0, 0.06f, 0), 0.04f, 0.035f, 10);
            k.Paint(Paints.Black).Rod(g + new Vector3(0, -0.05f, 0.02f), g + new Vector3(0, -0.07f, 0.18f), 0.014f, 0.014f, 6);
            k.Add(CupOnSaucer, Matrix4x4.CreateTranslation(m + new Vector3(gx, 0.005f, 0.3f)));
        }
        for (var i = 0; i < 5; i++) k.Add(CupOnSaucer, Matrix4x4.CreateTranslation(m + new Vector3(-0.28f + i * 0.14f, 0.445f, 0)));
        // A glass cake case with cakes on two tiers.
        var c = new Vector3(0.6f, top, 0.05f);
        // The glass is left out (a pane drawn opaque would hide the cakes): its chrome edges say it is there.
        foreach (var sx in new[] { -0.45f, 0.45f })
            foreach (var sz in new[] { -0.25f, 0.25f })
                k.Paint(Paints.Chrome).Rod(c + new Vector3(sx, 0, sz), c + new Vector3(sx, 0.44f, sz), 0.008f, 0.008f, 4);
        k.Paint(Paints.Chrome).Box(c + new Vector3(0, 0.44f, 0), new Vector3(0.46f, 0.008f, 0.26f));
        k.Paint(Paints.White).Box(c + new Vector3(0, 0.2f, 0), new Vector3(0.43f, 0.006f, 0.23f));
        foreach (var (dx, y) in new[] { (-0.25f, 0.01f), (0.02f, 0.01f), (0.27f, 0.01f), (-0.15f, 0.21f), (0.18f, 0.21f) })
        {
            var at = c + new Vector3(dx, y, 0);
            k.Paint(Cake).Cylinder(Matrix4x4.CreateScale(0.09f, 0.04f, 0.09f) * Matrix4x4.CreateTranslation(at + new Vector3(0, 0.04f, 0)), 1, 12);
            k.Paint(Icing).Cylinder(Matrix4x4.CreateScale(0.09f, 0.012f, 0.09f) * Matrix4x4.CreateTranslation(at + new Vector3(0, 0.09f, 0)), 1, 12);
            k.Paint(Berry).Sphere(Matrix4x4.CreateScale(0.018f) * Matrix4x4.CreateTranslation(at + new Vector3(0, 0.11f, 0)), 6, 4);
        }
        // The till at the end.
        var t = new Vector3(1.3f, top, 0.1f);
        k.Paint(Paints.Black).Box(t + new Vector3(0, 0.05f, 0), new Vector3(0.15f, 0.05f, 0.13f));
        k.Paint(Paints.Black).Box(t + new Vector3(0, 0.2f, -0.05f), new Vector3(0.12f, 0.08f, 0.01f), 0.0f);
        k.Paint(Palette.Glow(170, 200, 240, 0.5f, "tillscreen")).Box(t + new Vector3(0, 0.2f, -0.038f), new Vector3(0.1f, 0.065f, 0.002f));
        return k;
    }

    private static Kit MakeMenuBoard()
    {
        var k = new Kit();
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 1.9f, 0), new Vector3(0.75f, 0.5f, 0.02f));
        k.Paint(Board).Box(new Vector3(0, 1.9f, 0.012f), new Vector3(0.7f, 0.45f, 0.012f));
        var r = new Kinora.Plan.SeededRandom(3, "menu");
        k.Paint(Chalk).Box(new Vector3(0, 2.25f, 0.026f), new Vector3(0.3f, 0.04f, 0.002f)); // the heading
        for (var line = 0; line < 6; line++)
        {
            var w = (float)r.Range(0.2, 0.4);
            var y = 2.1f - line * 0.1f;
            k.Paint(Chalk).Box(new Vector3(-0.6f + w / 2, y, 0.026f), new Vector3(w / 2, 0.015f, 0.002f));
            k.Paint(Chalk).Box(new Vector3(0.55f, y, 0.026f), new Vector3(0.06f, 0.015f, 0.002f)); // the price
        }
        return k;
    }

    private static Kit MakeMirror()
    {
        var k = new Kit();
        k.Paint(Gilt).Box(new Vector3(0, 1.75f, 0), new Vector3(0.7f, 0.55f, 0.03f));
        k.Paint(MirrorGlass).Box(new Vector3(0, 1.75f, 0.02f), new Vector3(0.62f, 0.47f, 0.015f));
        k.Paint(Gilt).Sphere(Matrix4x4.CreateScale(0.12f, 0.08f, 0.03f) * Matrix4x4.CreateTranslation(0, 2.32f, 0.02f), 10, 5);
        return k;
    }
}
