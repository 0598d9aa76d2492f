using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Kitchenware and appliances. Vessels are surfaces of revolution of their real profiles (a 0.33 l mug is
/// 9.5 cm tall and 8 cm across; a wine bottle 30 cm); appliances are boxes with their doors, windows and knobs.
/// Thin walls are modelled as closed profiles (out, over the rim, back in), so each is a closed shell.
/// Appliance fronts face +Z, towards the camera.
/// </summary>
public static class Kitchen
{
    public static IEnumerable<KindSpec> All =>
    [
        new("cup", 0.15, "ceramic", Paints.Srgb(245, 245, 240, 0.2f, 0, "glaze"), Cup) { Aliases = ["mug", "coffee cup", "teacup"] },
        new("bottle", 0.3, "glass", Paints.Srgb(40, 115, 50, 0.06f, 0, "bottleglass"), Bottle),
        new("wine glass", 0.22, "glass", Paints.Srgb(215, 228, 235, 0.03f, 0, "glass") with { Pattern = "glass" }, WineGlass),
        new("bowl", 0.24, "ceramic", Paints.Srgb(60, 100, 170, 0.25f, 0, "glaze"), Bowl),
        new("vase", 0.35, "ceramic", Paints.Srgb(50, 90, 160, 0.15f, 0, "glaze"), Vase),
        new("fork", 0.19, "metal", Paints.Srgb(200, 200, 205, 0.2f, 1, "silver"), Fork),
        new("knife", 0.23, "metal", Paints.Srgb(205, 205, 210, 0.2f, 1, "silver"), Knife),
        new("spoon", 0.17, "metal", Paints.Srgb(200, 200, 205, 0.2f, 1, "silver"), Spoon),
        new("microwave", 0.5, "metal", Paints.Srgb(230, 230, 228, 0.4f, 0, "casing"), Microwave) { Front = Vector3.UnitZ },
        new("oven", 0.9, "metal", Paints.Srgb(225, 225, 222, 0.35f, 0.3f, "enamel"), Oven) { Front = Vector3.UnitZ, Aliases = ["stove", "cooker"] },
        new("refrigerator", 1.8, "metal", Paints.Srgb(225, 227, 230, 0.3f, 0.4f, "steel") with { Pattern = "brushed" }, Refrigerator) { Front = Vector3.UnitZ, Aliases = ["fridge"] },
        new("toaster", 0.29, "metal", Paints.Srgb(225, 60, 50, 0.25f, 0, "enamel"), Toaster),
        new("sink", 0.9, "ceramic", Paints.Srgb(240, 240, 240, 0.2f, 0, "porcelain"), Sink) { Front = Vector3.UnitZ },
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

    private static void Bottle(ModelBuilder m, ref SeededRandom r)
    {
        // Wine bottle in glossy green glass: rounded shoulders into a long neck with a foil capsule, and a printed
        // wrap-around label.
        m.Body.Lathe([new(0, 0), new(0.036f, 0), new(0.037f, 0.01f), new(0.037f, 0.18f), new(0.034f, 0.2f), new(0.024f, 0.218f), new(0.016f, 0.235f), new(0.0145f, 0.285f), new(0.017f, 0.29f), new(0, 0.29f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(255, 255, 255, 0.6f, 0, "label") with { Albedo = Textures.KitchenPrints.Label }).Lathe([new(0.0375f, 0.06f), new(0.0375f, 0.15f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(150, 25, 30, 0.3f, 0.6f, "foil")).Lathe([new(0.0158f, 0.25f), new(0.0155f, 0.285f), new(0.0175f, 0.292f), new(0, 0.293f)], Matrix4x4.Identity, 24);
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

    private static void Bowl(ModelBuilder m, ref SeededRandom r)
    {
        // A wide serving bowl (rim 24 cm across, 7 cm deep): wider than deep by more than three to one, which is
        // what tells a bowl from a cup at a glance; a coloured outside with a pale band under the rim and a white
        // inside whose rim ring shows from any height.
        const float rim = 0.12f, deep = 0.07f, foot = 0.05f, wall = 0.006f;
        // The ceramic: outside up, over the rim, inside down to the axis (one closed shell, open at the top).
        Vector2 Outside(float a) => new(foot + (rim - foot) * MathF.Sin(a), 0.004f + (deep - 0.004f) * (1 - MathF.Cos(a)));
        Vector2 Inside(float a) => new(foot - wall + (rim - foot) * MathF.Sin(a), 0.01f + (deep - 0.011f) * (1 - MathF.Cos(a)));
        const int n = 12;
        var shell = new List<Vector2> { new(0, 0), new(foot, 0) };
        for (var i = 0; i <= n; i++) shell.Add(Outside(i / (float)n * MathF.PI / 2));
        for (var i = n; i >= 0; i--) shell.Add(Inside(i / (float)n * MathF.PI / 2));
        shell.Add(new(0, 0.01f));
        m.Body.Lathe(shell, Matrix4x4.Identity, 48);
        // A white glaze lining laid a fraction of a millimetre inside it (a thin closed shell wound the same way).
        var lining = new List<Vector2>();
        for (var i = 0; i <= n; i++) lining.Add(Inside(i / (float)n * MathF.PI / 2) + new Vector2(-0.0003f, 0.0003f));
        lining.Insert(0, new(0, lining[0].Y));
        for (var i = n; i >= 0; i--) lining.Add(Inside(i / (float)n * MathF.PI / 2) + new Vector2(-0.0013f, 0.0013f));
        lining.Add(new(0, lining[^1].Y));
        m.Paint(Paints.White).Lathe(lining, Matrix4x4.Identity, 48);
        // Filled three quarters with soup and a few herb flecks: a flat pale disc near the rim (what the capped
        // two-point "band" lathe drew here before) reads as a cup's mouth; a coloured surface under a thin rim is
        // what photographed bowls show.
        m.Paint(Paints.Srgb(205, 95, 35, 0.2f, 0, "soup")).Cylinder(Matrix4x4.CreateScale(0.108f, 0.002f, 0.108f) * Matrix4x4.CreateTranslation(0, 0.053f, 0), 1, 48);
        var herb = m.Paint(Paints.Srgb(60, 120, 40, 0.6f, 0, "herb"));
        for (var i = 0; i < 7; i++)
        {
            var a = r.RangeF(0, MathF.Tau); var d = r.RangeF(0.01f, 0.07f);
            herb.Ellipsoid(new Vector3(MathF.Cos(a) * d, 0.0555f, MathF.Sin(a) * d), new Vector3(0.008f, 0.0015f, 0.005f), rotY: a);
        }
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

    private static void Microwave(ModelBuilder m, ref SeededRandom r)
    {
        // Countertop microwave (50 × 30 × 38 cm): a rounded case, the printed front (dark door window over the
        // interior with the turntable dish, dot screen, green clock, keypad), a door handle and small feet.
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.155f, 0), new Vector3(0.25f, 0.145f, 0.19f), 0.012f);
        m.Paint(Paints.Srgb(255, 255, 255, 0.25f, 0, "front") with { Albedo = Textures.KitchenPrints.MicrowaveFront }).Box(new Vector3(0, 0.155f, 0.19f), new Vector3(0.245f, 0.14f, 0.002f));
        m.Paint(Paints.Srgb(60, 60, 64, 0.3f, 0.5f, "handle")).Box(new Vector3(0.105f, 0.155f, 0.2f), new Vector3(0.008f, 0.1f, 0.01f));
        var foot = m.Paint(Paints.Black);
        foreach (var x in new[] { -0.2f, 0.2f })
            foreach (var z in new[] { -0.15f, 0.15f }) foot.Cylinder(Matrix4x4.CreateScale(0.015f, 0.005f, 0.015f) * Matrix4x4.CreateTranslation(x, 0.005f, z), 1, 10);
    }

    private static void Oven(ModelBuilder m, ref SeededRandom r)
    {
        // Freestanding cooker: body, oven door with window, handle, four hobs, control knobs.
        m.Body.Box(new Vector3(0, 0.45f, 0), new Vector3(0.3f, 0.45f, 0.3f));
        var black = m.Paint(Paints.Screen);
        black.Box(new Vector3(0, 0.42f, 0.3f), new Vector3(0.22f, 0.16f, 0.005f));
        m.Paint(Paints.Steel).Rod(new Vector3(-0.24f, 0.66f, 0.33f), new Vector3(0.24f, 0.66f, 0.33f), 0.012f, 0.012f, 10);
        black.Box(new Vector3(0, 0.905f, 0), new Vector3(0.3f, 0.005f, 0.3f));
        foreach (var x in new[] { -0.14f, 0.14f })
            foreach (var z in new[] { -0.14f, 0.14f })
                m.Paint(Paints.Steel).Torus(0.07f, 0.01f, Matrix4x4.CreateTranslation(x, 0.915f, z), 24, 6);
        for (var i = 0; i < 4; i++) black.Cylinder(Matrix4x4.CreateScale(0.02f, 0.012f, 0.02f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.18f + i * 0.12f, 0.8f, 0.31f), 1, 12);
        black.Box(new Vector3(0, 0.06f, 0.3f), new Vector3(0.28f, 0.04f, 0.004f));
    }

    private static void Refrigerator(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(0, 0.9f, 0), new Vector3(0.35f, 0.9f, 0.33f));
        var gap = m.Paint(Paints.Srgb(40, 40, 42, 0.5f, 0, "seal"));
        gap.Box(new Vector3(0, 1.2f, 0.331f), new Vector3(0.34f, 0.006f, 0.002f)); // freezer split
        var handle = m.Paint(Paints.Steel);
        handle.Box(new Vector3(0.28f, 1.45f, 0.36f), new Vector3(0.012f, 0.18f, 0.02f));
        handle.Box(new Vector3(0.28f, 0.85f, 0.36f), new Vector3(0.012f, 0.25f, 0.02f));
        gap.Box(new Vector3(0, 0.04f, 0.32f), new Vector3(0.34f, 0.04f, 0.015f));
    }

    private static void Toaster(ModelBuilder m, ref SeededRandom r)
    {
        // Two-slot toaster (28 × 19 × 16 cm): a rounded enamel case on a dark base, two slots along its length
        // with golden toast standing in them, the lever, dial and buttons on the end facing +X.
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.1f, 0), new Vector3(0.14f, 0.085f, 0.08f), 0.035f, 16);
        var black = m.Paint(Paints.Black);
        black.Box(new Vector3(0, 0.01f, 0), new Vector3(0.143f, 0.01f, 0.083f));
        foreach (var z in new[] { -0.028f, 0.028f }) black.Box(new Vector3(0, 0.182f, z), new Vector3(0.105f, 0.004f, 0.011f));
        var toast = m.Paint(Paints.Srgb(225, 175, 100, 0.85f, 0, "toast") with { Albedo = Textures.KitchenPrints.Crumb });
        var crust = m.Paint(Paints.Srgb(150, 85, 35, 0.85f, 0, "crust"));
        foreach (var z in new[] { -0.028f, 0.028f })
        {
            KitchenShapes.RoundedBox(crust, new Vector3(0, 0.2f, z), new Vector3(0.058f, 0.045f, 0.007f), 0.012f, 8);
            toast.Box(new Vector3(0, 0.198f, z), new Vector3(0.05f, 0.04f, 0.0075f));
        }
        var chrome = m.Paint(Paints.Chrome);
        chrome.Box(new Vector3(0.147f, 0.14f, 0.03f), new Vector3(0.012f, 0.008f, 0.015f)); // lever
        black.Box(new Vector3(0.141f, 0.1f, 0.03f), new Vector3(0.002f, 0.055f, 0.004f));   // lever slot
        chrome.Cylinder(Matrix4x4.CreateScale(0.014f, 0.006f, 0.014f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.146f, 0.08f, -0.035f), 1, 16);
        black.Box(new Vector3(0.142f, 0.05f, -0.035f), new Vector3(0.003f, 0.007f, 0.012f));
    }

    private static void Sink(ModelBuilder m, ref SeededRandom r)
    {
        // Vanity unit with a basin set into the top, a chrome tap at the back.
        var cabinet = m.Paint(Paints.Wood);
        cabinet.Box(new Vector3(0, 0.4f, 0), new Vector3(0.45f, 0.4f, 0.25f));
        m.Body.Box(new Vector3(0, 0.82f, 0), new Vector3(0.45f, 0.03f, 0.26f));
        m.Paint(Paints.Srgb(200, 205, 210, 0.1f, 0, "basin")).Cylinder(Matrix4x4.CreateScale(0.2f, 0.002f, 0.14f) * Matrix4x4.CreateTranslation(0, 0.851f, 0.02f), 1, 28);
        var chrome = m.Paint(Paints.Chrome);
        chrome.Rod(new Vector3(0, 0.85f, -0.18f), new Vector3(0, 1.0f, -0.18f), 0.015f, 0.015f, 10);
        chrome.Capsule(new Vector3(0, 1.0f, -0.18f), new Vector3(0, 1.0f, -0.08f), 0.013f, 0.011f, 10);
        foreach (var x in new[] { -0.08f, 0.08f }) chrome.Cylinder(Matrix4x4.CreateScale(0.018f, 0.02f, 0.018f) * Matrix4x4.CreateTranslation(x, 0.87f, -0.18f), 1, 10);
        var line = m.Paint(Paints.Srgb(40, 30, 20, 0.6f, 0, "gap"));
        line.Box(new Vector3(0, 0.4f, 0.251f), new Vector3(0.003f, 0.35f, 0.002f));
        foreach (var x in new[] { -0.05f, 0.05f }) chrome.Box(new Vector3(x, 0.6f, 0.26f), new Vector3(0.004f, 0.05f, 0.01f));
    }
}
