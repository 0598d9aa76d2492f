using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Kitchenware and appliances. Vessels are surfaces of revolution of their real profiles (a 0.33 l mug is
/// 9.5 cm tall and 8 cm across; a water bottle 22 cm); appliances are boxes with their doors, windows and knobs.
/// Thin walls are modelled as closed profiles (out, over the rim, back in), so each is a closed shell.
/// Appliance fronts face +Z, towards the camera.
/// </summary>
public static class Kitchen
{
    public static IEnumerable<KindSpec> All =>
    [
        new("cup", 0.15, "ceramic", Paints.Srgb(245, 245, 240, 0.2f, 0, "glaze"), Cup) { Aliases = ["mug", "coffee cup", "teacup"] },
        new("bottle", 0.22, "plastic", Paints.Srgb(200, 225, 240, 0.05f, 0, "pet") with { Pattern = "glass" }, Kinds.Bottle.Water), // Tableware/Bottle.cs
        new("wine glass", 0.22, "glass", Paints.Srgb(215, 228, 235, 0.03f, 0, "glass") with { Pattern = "glass" }, WineGlass),
        new("bowl", 0.24, "ceramic", Paints.Srgb(245, 245, 240, 0.2f, 0, "glaze"), Kinds.Bowl.Cereal), // Tableware/Bowl.cs
        new("vase", 0.35, "ceramic", Paints.Srgb(50, 90, 160, 0.15f, 0, "glaze"), Vase),
        new("fork", 0.19, "metal", Paints.Srgb(200, 200, 205, 0.2f, 1, "silver"), Fork),
        new("knife", 0.23, "metal", Paints.Srgb(205, 205, 210, 0.2f, 1, "silver"), Knife),
        new("spoon", 0.17, "metal", Paints.Srgb(200, 200, 205, 0.2f, 1, "silver"), Spoon),
        .. Appliances.All, // microwave, oven, refrigerator, toaster and sink live in Kinds/Appliances/
    ];

    private static void Cup(ModelBuilder m, ref SeededRandom r)
    {
        // A teacup on its saucer: a flared bowl on a foot ring, a blue band round the rim and the saucer's edge,
        // tea inside and a loop handle at +X; the saucer's wide ellipse under the cup is what names a cup.
        var band = m.Paint(Paints.Srgb(40, 70, 160, 0.2f, 0, "rimband"));
        m.Body.Lathe([new(0, 0), new(0.06f, 0), new(0.075f, 0.008f), new(0.072f, 0.012f), new(0.03f, 0.006f), new(0, 0.006f)], Matrix4x4.Identity, 48);
        band.Torus(0.072f, 0.0025f, Matrix4x4.CreateTranslation(0, 0.011f, 0), 48, 6);
        m.Body.Lathe([new(0, 0.006f), new(0.025f, 0.006f), new(0.028f, 0.012f), new(0.04f, 0.03f), new(0.047f, 0.055f), new(0.046f, 0.058f), new(0.043f, 0.055f), new(0.036f, 0.03f), new(0, 0.016f)], Matrix4x4.Identity, 48);
        band.Lathe([new(0.0465f, 0.047f), new(0.0475f, 0.055f)], Matrix4x4.Identity, 48);
        m.Paint(Paints.Srgb(110, 60, 25, 0.1f, 0, "tea")).Cylinder(Matrix4x4.CreateScale(0.042f, 0.001f, 0.042f) * Matrix4x4.CreateTranslation(0, 0.05f, 0), 1, 32);
        m.Body.Torus(0.016f, 0.004f, Matrix4x4.CreateScale(1, 1.1f, 1) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.054f, 0.037f, 0), 24, 8);
    }

    private static void WineGlass(ModelBuilder m, ref SeededRandom r)
    {
        // Clear glass (drawn blended, Fresnel-bright at the edges) on a thin stem, with red wine a third full:
        // the wine's dark red lens seen through the bowl, the bright rim and the foot are what read.
        m.Body.Lathe([new(0, 0), new(0.038f, 0), new(0.038f, 0.004f), new(0.006f, 0.01f), new(0.004f, 0.02f), new(0.004f, 0.095f), new(0.02f, 0.105f),
            new(0.038f, 0.13f), new(0.043f, 0.16f), new(0.04f, 0.19f), new(0.036f, 0.215f), new(0.034f, 0.215f), new(0.038f, 0.19f), new(0.041f, 0.16f), new(0.036f, 0.13f), new(0.018f, 0.108f), new(0, 0.106f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(120, 12, 35, 0.08f, 0, "wine")).Lathe([new(0, 0.109f), new(0.018f, 0.111f), new(0.035f, 0.13f), new(0.0405f, 0.155f), new(0, 0.155f)], Matrix4x4.Identity, 40);
        var edge = m.Paint(Paints.Srgb(235, 240, 245, 0.1f, 0, "glassedge"));
        edge.Torus(0.035f, 0.0012f, Matrix4x4.CreateTranslation(0, 0.215f, 0), 48, 6);
        edge.Torus(0.037f, 0.0015f, Matrix4x4.CreateTranslation(0, 0.002f, 0), 48, 6);
        edge.Rod(new Vector3(0, 0.012f, 0), new Vector3(0, 0.1f, 0), 0.0032f, 0.0032f, 12);
    }

    private static void Vase(ModelBuilder m, ref SeededRandom r)
    {
        var belly = r.RangeF(0.085f, 0.1f);
        m.Body.Lathe([new(0, 0), new(0.055f, 0), new(belly, 0.08f), new(belly * 0.95f, 0.16f), new(0.04f, 0.27f), new(0.035f, 0.31f), new(0.05f, 0.35f), new(0.044f, 0.35f), new(0.03f, 0.31f), new(0, 0.3f)], Matrix4x4.Identity, 32);
        // A few flowers in it.
        var stem = m.Paint(Paints.Leaf);
        var petal = m.Paint(Paints.Srgb(230, 60, 80, 0.6f, 0, "petal"));
        for (var i = 0; i < 3; i++)
        {
            var tip = new Vector3((i - 1) * 0.06f, 0.48f + 0.03f * (i % 2), (i - 1) * 0.02f);
            stem.Rod(new Vector3(0, 0.28f, 0), tip, 0.004f, 0.004f, 6);
            petal.Sphere(Matrix4x4.CreateScale(0.03f, 0.022f, 0.03f) * Matrix4x4.CreateTranslation(tip), 12, 8);
        }
    }

    // Cutlery lies flat, handle towards −X, as it lies on a table: the camera looks down steeply at small low things
    // (CameraRig's elevation by size), so its face reads; stood on end it was a thin post nobody names.

    private static void Fork(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(-0.045f, 0.003f, 0), new Vector3(0.055f, 0.003f, 0.006f));
        m.Body.Ellipsoid(new Vector3(0.035f, 0.003f, 0), new Vector3(0.03f, 0.003f, 0.012f));
        for (var i = -1.5f; i <= 1.5f; i += 1) m.Body.Box(new Vector3(0.075f, 0.003f, i * 0.0055f), new Vector3(0.022f, 0.0025f, 0.0015f));
    }

    private static void Knife(ModelBuilder m, ref SeededRandom r)
    {
        m.Paint(Paints.Black).Box(new Vector3(-0.065f, 0.006f, 0), new Vector3(0.05f, 0.006f, 0.009f));
        m.Body.Extrude([new(-0.015f, -0.009f), new(0.115f, -0.009f), new(0.108f, 0.002f), new(0.08f, 0.011f), new(-0.015f, 0.011f)], 0.003f, Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.0015f, 0));
    }

    private static void Spoon(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(-0.035f, 0.004f, 0), new Vector3(0.05f, 0.003f, 0.006f));
        m.Body.Ellipsoid(new Vector3(0.055f, 0.008f, 0), new Vector3(0.03f, 0.008f, 0.02f));
    }
}
