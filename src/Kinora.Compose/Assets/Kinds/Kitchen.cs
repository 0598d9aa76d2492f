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
        new("cup", 0.11, "ceramic", Paints.Srgb(235, 235, 230, 0.25f, 0, "glaze"), Cup) { Aliases = ["mug", "coffee cup", "teacup"] },
        new("bottle", 0.3, "glass", Paints.Srgb(40, 110, 50, 0.08f, 0, "bottleglass"), Bottle),
        new("wine glass", 0.21, "glass", Paints.Srgb(215, 228, 235, 0.03f, 0, "glass"), WineGlass),
        new("bowl", 0.18, "ceramic", Paints.Srgb(230, 225, 215, 0.25f, 0, "glaze"), Bowl),
        new("vase", 0.35, "ceramic", Paints.Srgb(50, 90, 160, 0.15f, 0, "glaze"), Vase),
        new("fork", 0.19, "metal", Paints.Srgb(200, 200, 205, 0.2f, 1, "silver"), Fork) { Front = Vector3.UnitZ },
        new("knife", 0.23, "metal", Paints.Srgb(205, 205, 210, 0.2f, 1, "silver"), Knife) { Front = Vector3.UnitZ },
        new("spoon", 0.17, "metal", Paints.Srgb(200, 200, 205, 0.2f, 1, "silver"), Spoon) { Front = Vector3.UnitZ },
        new("microwave", 0.5, "metal", Paints.Srgb(230, 230, 228, 0.4f, 0, "casing"), Microwave) { Front = Vector3.UnitZ },
        new("oven", 0.9, "metal", Paints.Srgb(225, 225, 222, 0.35f, 0.3f, "enamel"), Oven) { Front = Vector3.UnitZ, Aliases = ["stove", "cooker"] },
        new("refrigerator", 1.8, "metal", Paints.Srgb(225, 227, 230, 0.3f, 0.4f, "steel") with { Pattern = "brushed" }, Refrigerator) { Front = Vector3.UnitZ, Aliases = ["fridge"] },
        new("toaster", 0.3, "metal", Paints.Srgb(200, 200, 205, 0.2f, 1, "chrome") with { Pattern = "brushed" }, Toaster),
        new("sink", 0.9, "ceramic", Paints.Srgb(240, 240, 240, 0.2f, 0, "porcelain"), Sink) { Front = Vector3.UnitZ },
    ];

    private static void Cup(ModelBuilder m, ref SeededRandom r)
    {
        // Mug: closed wall profile (outside up, over the rim, inside down), a coffee surface, a torus handle at −Z.
        m.Body.Lathe([new(0, 0), new(0.038f, 0), new(0.04f, 0.004f), new(0.041f, 0.095f), new(0.036f, 0.095f), new(0.035f, 0.012f), new(0, 0.012f)], Matrix4x4.Identity, 32);
        m.Paint(Paints.Srgb(60, 35, 20, 0.1f, 0, "coffee")).Cylinder(Matrix4x4.CreateScale(0.0355f, 0.002f, 0.0355f) * Matrix4x4.CreateTranslation(0, 0.08f, 0), 1, 24);
        m.Body.Torus(0.027f, 0.0065f, Matrix4x4.CreateScale(1, 1.3f, 1) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.045f, 0.05f, 0), 24, 8);
    }

    private static void Bottle(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Lathe([new(0, 0), new(0.036f, 0), new(0.037f, 0.01f), new(0.037f, 0.19f), new(0.03f, 0.22f), new(0.015f, 0.25f), new(0.014f, 0.285f), new(0.016f, 0.29f), new(0, 0.29f)], Matrix4x4.Identity, 28);
        m.Paint(Paints.Srgb(235, 225, 200, 0.7f, 0, "label")).Cylinder(Matrix4x4.CreateScale(0.038f, 0.045f, 0.038f) * Matrix4x4.CreateTranslation(0, 0.1f, 0), 1, 28);
        m.Paint(Paints.Srgb(200, 170, 60, 0.3f, 0.8f, "cap")).Cylinder(Matrix4x4.CreateScale(0.0165f, 0.012f, 0.0165f) * Matrix4x4.CreateTranslation(0, 0.292f, 0), 1, 16);
    }

    private static void WineGlass(ModelBuilder m, ref SeededRandom r)
    {
        // Foot, stem and bowl (closed thin wall), with red wine in the bowl.
        m.Body.Lathe([new(0, 0), new(0.038f, 0), new(0.038f, 0.004f), new(0.006f, 0.01f), new(0.004f, 0.02f), new(0.004f, 0.095f), new(0.02f, 0.105f),
            new(0.038f, 0.13f), new(0.041f, 0.16f), new(0.036f, 0.205f), new(0.033f, 0.205f), new(0.038f, 0.16f), new(0.035f, 0.13f), new(0.018f, 0.108f), new(0, 0.106f)], Matrix4x4.Identity, 32);
        m.Paint(Paints.Srgb(110, 10, 30, 0.1f, 0, "wine")).Lathe([new(0, 0.108f), new(0.018f, 0.11f), new(0.034f, 0.13f), new(0.037f, 0.145f), new(0, 0.145f)], Matrix4x4.Identity, 28);
    }

    private static void Bowl(ModelBuilder m, ref SeededRandom r)
    {
        // A wide, shallow cereal bowl (rim 20 cm across, 6 cm deep): wider than deep by more than three to one,
        // which is what tells a bowl from a cup at a glance.
        const float rim = 0.1f, deep = 0.06f, foot = 0.042f, wall = 0.006f;
        var profile = new List<Vector2> { new(0, 0), new(foot, 0) };
        for (var i = 0; i <= 8; i++) { var a = i / 8f * MathF.PI / 2; profile.Add(new(foot + (rim - foot) * MathF.Sin(a), 0.004f + (deep - 0.004f) * (1 - MathF.Cos(a)))); }
        profile.Add(new(rim - wall, deep));
        for (var i = 8; i >= 0; i--) { var a = i / 8f * MathF.PI / 2; profile.Add(new(foot - wall + (rim - foot) * MathF.Sin(a), 0.01f + (deep - 0.01f - 0.001f) * (1 - MathF.Cos(a)))); }
        profile.Add(new(0, 0.01f));
        m.Body.Lathe(profile, Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(230, 150, 40, 0.6f, 0, "soup")).Cylinder(Matrix4x4.CreateScale(0.085f, 0.003f, 0.085f) * Matrix4x4.CreateTranslation(0, 0.042f, 0), 1, 32);
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

    // Cutlery is modelled lying flat (handle towards −X), then stood on its handle end with its face to the
    // camera, as in a cutlery stand: flat on the floor it is edge-on to a camera at eye height.
    private static void StandUp(ModelBuilder m) => m.Transform(Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateRotationZ(MathF.PI / 2));

    private static void Fork(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(-0.045f, 0.003f, 0), new Vector3(0.055f, 0.003f, 0.006f));
        m.Body.Ellipsoid(new Vector3(0.035f, 0.003f, 0), new Vector3(0.03f, 0.003f, 0.012f));
        for (var i = -1.5f; i <= 1.5f; i += 1) m.Body.Box(new Vector3(0.075f, 0.003f, i * 0.0055f), new Vector3(0.022f, 0.0025f, 0.0015f));
        StandUp(m);
    }

    private static void Knife(ModelBuilder m, ref SeededRandom r)
    {
        m.Paint(Paints.Black).Box(new Vector3(-0.065f, 0.006f, 0), new Vector3(0.05f, 0.006f, 0.009f));
        m.Body.Extrude([new(-0.015f, -0.009f), new(0.115f, -0.009f), new(0.108f, 0.002f), new(0.08f, 0.011f), new(-0.015f, 0.011f)], 0.003f, Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.0015f, 0));
        StandUp(m);
    }

    private static void Spoon(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(-0.035f, 0.004f, 0), new Vector3(0.05f, 0.003f, 0.006f));
        m.Body.Ellipsoid(new Vector3(0.055f, 0.008f, 0), new Vector3(0.03f, 0.008f, 0.02f));
        StandUp(m);
    }

    private static void Microwave(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(0, 0.15f, 0), new Vector3(0.25f, 0.15f, 0.19f));
        m.Paint(Paints.Screen).Box(new Vector3(-0.05f, 0.15f, 0.19f), new Vector3(0.16f, 0.11f, 0.005f)); // door window
        var panel = m.Paint(Paints.Srgb(40, 40, 42, 0.4f, 0, "panel"));
        panel.Box(new Vector3(0.19f, 0.15f, 0.19f), new Vector3(0.05f, 0.13f, 0.004f));
        m.Paint(Paints.Srgb(80, 220, 120, 0.2f, 0, "display")).Box(new Vector3(0.19f, 0.24f, 0.195f), new Vector3(0.035f, 0.012f, 0.002f));
        for (var i = 0; i < 3; i++) m.Paint(Paints.Steel).Box(new Vector3(0.19f, 0.18f - i * 0.045f, 0.196f), new Vector3(0.03f, 0.01f, 0.003f));
        m.Paint(Paints.Steel).Box(new Vector3(0.125f, 0.15f, 0.2f), new Vector3(0.008f, 0.09f, 0.012f)); // handle
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
        m.Body.Box(new Vector3(0, 0.095f, 0), new Vector3(0.14f, 0.085f, 0.08f));
        m.Body.Capsule(new Vector3(-0.14f, 0.18f, 0), new Vector3(0.14f, 0.18f, 0), 0.08f, 0.08f);
        var black = m.Paint(Paints.Black);
        foreach (var z in new[] { -0.028f, 0.028f }) black.Box(new Vector3(0, 0.262f, z), new Vector3(0.11f, 0.004f, 0.012f));
        black.Box(new Vector3(0.15f, 0.12f, 0), new Vector3(0.012f, 0.02f, 0.02f)); // lever
        black.Box(new Vector3(0, 0.008f, 0), new Vector3(0.15f, 0.008f, 0.085f));
        var toast = m.Paint(Paints.Srgb(200, 140, 70, 0.8f, 0, "toast"));
        foreach (var z in new[] { -0.028f, 0.028f }) toast.Box(new Vector3(0, 0.28f, z), new Vector3(0.055f, 0.04f, 0.006f));
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
