using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// The things that make a home kitchen read at a glance, each a kit standing on its own base at the origin: a
/// chimney hood, a range cooker, a kettle, a bowl of fruit, a crock of utensils, storage jars, a pot of herbs, a
/// saucepan and an island. Fitted units are drawn by <see cref="KitchenSet"/> along its wall.
/// </summary>
internal static class KitchenProps
{
    public static readonly Material LowerDoor = Paints.Srgb(48, 68, 96, 0.45f, 0, "navydoor"); // deep blue below: reads against the pale wall and oak
    public static readonly Material UpperDoor = Paints.Srgb(236, 230, 214, 0.45f, 0, "creamdoor");
    public static readonly Material Worktop = Paints.Srgb(178, 132, 86, 0.4f, 0, "oaktop") with { Pattern = "wood" };
    public static readonly Material Brass = Paints.Srgb(205, 165, 90, 0.3f, 1, "brass");
    private static readonly Material Cream = Paints.Srgb(235, 225, 200, 0.25f, 0, "kettlecream");
    private static readonly Material Ceramic = Paints.Srgb(240, 238, 232, 0.2f, 0, "ceramic");
    private static readonly Material Terracotta = Paints.Srgb(180, 95, 60, 0.8f, 0, "terracotta");
    private static readonly Material JarGlass = Paints.Srgb(215, 225, 222, 0.05f, 0, "jarglass") with { Pattern = "glass" };

    /// <summary>m; top of the worktop.</summary>
    public const float Top = 0.92f;

    public static Kit Hood { get; } = MakeHood();
    public static Kit RangeCooker { get; } = MakeRangeCooker();
    public static Kit Kettle { get; } = MakeKettle();
    public static Kit FruitBowl { get; } = MakeFruitBowl();
    public static Kit UtensilCrock { get; } = MakeUtensilCrock();
    public static Kit Jars { get; } = MakeJars();
    public static Kit Herbs { get; } = MakeHerbs();
    public static Kit Saucepan { get; } = MakeSaucepan();
    public static Kit Island { get; } = MakeIsland();

    /// <summary>A 0.9 m steel chimney hood: a canopy over the hob at 1.55 m and its flue up to the 3 m ceiling.</summary>
    private static Kit MakeHood()
    {
        var k = new Kit();
        var steel = k.Paint(Paints.Steel);
        // A four-sided frustum turned a quarter so its faces, not its corners, face front; then stretched to 0.9 × 0.6 m.
        steel.Cylinder(Matrix4x4.CreateRotationY(MathF.PI / 4) * Matrix4x4.CreateScale(0.45f * MathF.Sqrt(2), 0.14f, 0.3f * MathF.Sqrt(2))
            * Matrix4x4.CreateTranslation(0, 1.72f, 0), 0.45f, 4);
        steel.Box(new Vector3(0, 1.56f, 0), new Vector3(0.45f, 0.03f, 0.3f));
        steel.Box(new Vector3(0, 2.43f, -0.12f), new Vector3(0.15f, 0.57f, 0.13f)); // flue
        return k;
    }

    /// <summary>A 0.9 m range cooker: steel body, two black oven doors with a bar handle, five rings on a black hob.</summary>
    private static Kit MakeRangeCooker()
    {
        var k = new Kit();
        k.Paint(Paints.Steel).Box(new Vector3(0, 0.45f, 0), new Vector3(0.45f, 0.45f, 0.3f));
        foreach (var x in new[] { -0.22f, 0.22f })
        {
            k.Paint(Paints.Black).Box(new Vector3(x, 0.42f, 0.3f), new Vector3(0.19f, 0.22f, 0.006f));
            k.Paint(Paints.Chrome).Rod(new Vector3(x - 0.15f, 0.7f, 0.33f), new Vector3(x + 0.15f, 0.7f, 0.33f), 0.01f, 0.01f, 6);
        }
        for (var i = 0; i < 6; i++) // control knobs
            k.Paint(Paints.Black).Rod(new Vector3(-0.35f + i * 0.14f, 0.82f, 0.3f), new Vector3(-0.35f + i * 0.14f, 0.82f, 0.33f), 0.02f, 0.02f, 8);
        k.Paint(Paints.Black).Box(new Vector3(0, 0.91f, 0), new Vector3(0.45f, 0.01f, 0.3f));
        var ring = Paints.Srgb(60, 60, 62, 0.6f, 0.5f, "ring");
        foreach (var (x, z, r) in new[] { (-0.28f, -0.12f, 0.08f), (-0.28f, 0.14f, 0.07f), (0, 0, 0.11f), (0.28f, -0.12f, 0.07f), (0.28f, 0.14f, 0.08f) })
            k.Paint(ring).Cylinder(Matrix4x4.CreateScale(r, 0.012f, r) * Matrix4x4.CreateTranslation(x, 0.93f, z), 1, 12);
        return k;
    }

    private static Kit MakeKettle()
    {
        var k = new Kit();
        k.Paint(Cream).Lathe([new(0.09f, 0), new(0.1f, 0.08f), new(0.085f, 0.17f), new(0.04f, 0.2f)], Matrix4x4.Identity, 14);
        k.Paint(Paints.Chrome).Rod(new Vector3(-0.07f, 0.2f, 0), new Vector3(0.07f, 0.2f, 0), 0.012f, 0.012f, 6); // handle over the lid
        k.Paint(Paints.Chrome).Rod(new Vector3(-0.07f, 0.15f, 0), new Vector3(-0.07f, 0.2f, 0), 0.012f, 0.012f, 6);
        k.Paint(Paints.Chrome).Rod(new Vector3(0.07f, 0.15f, 0), new Vector3(0.07f, 0.2f, 0), 0.012f, 0.012f, 6);
        k.Paint(Cream).Rod(new Vector3(0.08f, 0.06f, 0.02f), new Vector3(0.16f, 0.15f, 0.04f), 0.022f, 0.01f, 6); // spout
        return k;
    }

    /// <summary>A wide ceramic bowl heaped with oranges, apples and lemons.</summary>
    private static Kit MakeFruitBowl()
    {
        var k = new Kit();
        k.Paint(Ceramic).Lathe([new(0.06f, 0), new(0.15f, 0.05f), new(0.18f, 0.1f)], Matrix4x4.Identity, 16);
        var fruit = new (Vector3 At, float R, Material Skin)[]
        {
            (new(-0.07f, 0.1f, 0.02f), 0.045f, Paints.Srgb(235, 130, 30, 0.5f, 0, "orange")),
            (new(0.06f, 0.1f, -0.04f), 0.045f, Paints.Srgb(235, 130, 30, 0.5f, 0, "orange")),
            (new(0.04f, 0.1f, 0.07f), 0.042f, Paints.Srgb(190, 35, 35, 0.35f, 0, "apple")),
            (new(-0.03f, 0.1f, -0.08f), 0.042f, Paints.Srgb(140, 185, 60, 0.35f, 0, "greenapple")),
            (new(0.0f, 0.16f, 0.0f), 0.04f, Paints.Srgb(240, 215, 60, 0.45f, 0, "lemon")),
            (new(-0.08f, 0.15f, -0.02f), 0.042f, Paints.Srgb(190, 35, 35, 0.35f, 0, "apple")),
        };
        foreach (var (at, r, skin) in fruit) k.Paint(skin).Sphere(Matrix4x4.CreateScale(r) * Matrix4x4.CreateTranslation(at), 10, 6);
        return k;
    }

    /// <summary>A stoneware crock with wooden spoons and a whisk standing in it.</summary>
    private static Kit MakeUtensilCrock()
    {
        var k = new Kit();
        k.Paint(Terracotta).Cylinder(Matrix4x4.CreateScale(0.06f, 0.08f, 0.06f) * Matrix4x4.CreateTranslation(0, 0.08f, 0), 1, 10);
        foreach (var (dx, dz, tilt) in new[] { (-0.02f, 0f, -0.15f), (0.02f, 0.01f, 0.12f), (0f, -0.02f, 0.02f) })
        {
            var tip = new Vector3(dx + tilt * 0.3f, 0.36f, dz);
            k.Paint(Paints.Wood).Rod(new Vector3(dx, 0.05f, dz), tip, 0.008f, 0.008f, 4);
            k.Paint(Paints.Wood).Ellipsoid(tip + new Vector3(0, 0.03f, 0), new Vector3(0.022f, 0.035f, 0.01f), 0, 0, 6, 4);
        }
        return k;
    }

    /// <summary>Three glass storage jars of pasta, lentils and coffee with wooden lids, tallest at the back.</summary>
    private static Kit MakeJars()
    {
        var k = new Kit();
        var fills = new[] { Paints.Srgb(230, 200, 120, 0.8f, 0, "pasta"), Paints.Srgb(170, 90, 50, 0.8f, 0, "lentils"), Paints.Srgb(60, 38, 25, 0.8f, 0, "coffee") };
        for (var i = 0; i < 3; i++)
        {
            var (x, h) = (-0.12f + i * 0.12f, 0.22f - i * 0.04f);
            k.Paint(fills[i]).Cylinder(Matrix4x4.CreateScale(0.047f, h * 0.4f, 0.047f) * Matrix4x4.CreateTranslation(x, h * 0.4f, 0), 1, 10);
            k.Paint(JarGlass).Cylinder(Matrix4x4.CreateScale(0.05f, h / 2, 0.05f) * Matrix4x4.CreateTranslation(x, h / 2, 0), 1, 10);
            k.Paint(Paints.Wood).Cylinder(Matrix4x4.CreateScale(0.052f, 0.012f, 0.052f) * Matrix4x4.CreateTranslation(x, h + 0.012f, 0), 1, 10);
        }
        return k;
    }

    /// <summary>A terracotta pot of basil for the window sill.</summary>
    private static Kit MakeHerbs()
    {
        var k = new Kit();
        k.Paint(Terracotta).Cylinder(Matrix4x4.CreateScale(0.065f, 0.06f, 0.065f) * Matrix4x4.CreateTranslation(0, 0.06f, 0), 1.2f, 10);
        var leaves = k.Paint(Palette.Leaves);
        for (var i = 0; i < 5; i++)
        {
            var a = i * MathF.Tau / 5;
            leaves.Ellipsoid(new Vector3(MathF.Cos(a) * 0.05f, 0.17f + (i % 2) * 0.04f, MathF.Sin(a) * 0.05f), new Vector3(0.05f, 0.04f, 0.05f), 0, 0, 6, 4);
        }
        return k;
    }

    private static Kit MakeSaucepan()
    {
        var k = new Kit();
        k.Paint(Paints.Steel).Cylinder(Matrix4x4.CreateScale(0.1f, 0.06f, 0.1f) * Matrix4x4.CreateTranslation(0, 0.06f, 0), 1, 14);
        k.Paint(Paints.Black).Rod(new Vector3(0.1f, 0.1f, 0), new Vector3(0.28f, 0.11f, 0.04f), 0.012f, 0.012f, 5);
        k.Paint(Paints.Chrome).Cylinder(Matrix4x4.CreateScale(0.1f, 0.008f, 0.1f) * Matrix4x4.CreateTranslation(0, 0.128f, 0), 0.7f, 14);
        return k;
    }

    /// <summary>A 2 m island, 0.9 m deep: blue panelled base, oak top overhanging on the stool side (+Z).</summary>
    private static Kit MakeIsland()
    {
        var k = new Kit();
        k.Paint(LowerDoor).Box(new Vector3(0, 0.46f, -0.04f), new Vector3(0.98f, 0.44f, 0.38f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.04f, -0.04f), new Vector3(0.95f, 0.04f, 0.36f)); // recessed plinth
        k.Paint(Worktop).Box(new Vector3(0, Top - 0.02f, 0), new Vector3(1.0f, 0.025f, 0.45f));
        foreach (var x in new[] { -0.66f, 0f, 0.66f }) // panel seams read as doors from the front
            k.Paint(Paints.Shade(LowerDoor, 0.6f)).Box(new Vector3(x + 0.33f, 0.47f, 0.345f), new Vector3(0.004f, 0.38f, 0.004f));
        return k;
    }
}
