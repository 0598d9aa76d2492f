using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Electronics at real sizes (a 50-inch television is 1.12 m wide, a 14-inch laptop 0.32 m). Screens face +Z,
/// towards the camera, and show a lit picture so they read as switched on.
/// </summary>
public static class Electronics
{
    public static IEnumerable<KindSpec> All =>
    [
        new("tv", 1.12, "plastic", Paints.Srgb(25, 25, 28, 0.3f, 0, "bezel"), Television) { Front = Vector3.UnitZ, Aliases = ["television", "tv set", "monitor"] },
        new("laptop", 0.33, "metal", Paints.Srgb(190, 192, 196, 0.3f, 0.8f, "aluminium") with { Pattern = "brushed" }, Laptop) { Front = Vector3.UnitZ, Aliases = ["notebook computer", "computer"] },
        new("mouse", 0.2, "plastic", Paints.Srgb(225, 225, 228, 0.35f, 0, "shell"), Mouse),
        new("remote", 0.2, "plastic", Paints.Srgb(30, 30, 32, 0.5f, 0, "shell"), Remote) { Aliases = ["remote control"] },
        new("keyboard", 0.44, "plastic", Paints.Srgb(35, 35, 38, 0.5f, 0, "case"), Keyboard),
        new("cell phone", 0.155, "glass", Paints.Srgb(20, 20, 24, 0.2f, 0.3f, "case"), CellPhone) { Aliases = ["phone", "smartphone", "mobile phone"] },
    ];

    /// <summary>A screen showing a simple landscape picture (sky, hills, sun), as a few flat boxes on the panel.</summary>
    private static void Picture(ModelBuilder m, Vector3 centre, float halfW, float halfH, float z)
    {
        m.Paint(Paints.Srgb(90, 150, 220, 0.2f, 0, "screensky")).Box(centre + new Vector3(0, halfH * 0.3f, z), new Vector3(halfW, halfH * 0.7f, 0.001f));
        m.Paint(Paints.Srgb(70, 150, 70, 0.2f, 0, "screenland")).Box(centre + new Vector3(0, -halfH * 0.7f, z), new Vector3(halfW, halfH * 0.3f, 0.001f));
        m.Paint(Paints.Srgb(250, 230, 120, 0.2f, 0, "screensun")).Box(centre + new Vector3(halfW * 0.5f, halfH * 0.5f, z + 0.001f), new Vector3(halfH * 0.12f, halfH * 0.12f, 0.001f));
    }

    private static void Television(ModelBuilder m, ref SeededRandom r)
    {
        // Flat panel on a pedestal stand.
        const float W = 1.12f, H = 0.65f, baseY = 0.12f;
        m.Body.Box(new Vector3(0, baseY + H / 2, 0), new Vector3(W / 2, H / 2, 0.025f));
        Picture(m, new Vector3(0, baseY + H / 2, 0), W / 2 - 0.015f, H / 2 - 0.015f, 0.026f);
        m.Body.Box(new Vector3(0, baseY / 2 + 0.01f, 0), new Vector3(0.04f, baseY / 2, 0.02f));
        m.Body.Box(new Vector3(0, 0.01f, 0), new Vector3(0.22f, 0.01f, 0.12f));
    }

    private static void Laptop(ModelBuilder m, ref SeededRandom r)
    {
        // Base on the ground, lid open at ~105°, keyboard and screen facing +Z (the user sits at +Z).
        const float W = 0.32f, D = 0.22f;
        m.Body.Box(new Vector3(0, 0.009f, 0), new Vector3(W / 2, 0.009f, D / 2));
        var keys = m.Paint(Paints.Srgb(30, 30, 32, 0.6f, 0, "keys"));
        m.Paint(Paints.Srgb(120, 120, 125, 0.5f, 0, "keyfield") with { Albedo = Textures.KitchenPrints.Keyboard }).Box(new Vector3(0, 0.0185f, -0.02f), new Vector3(W / 2 - 0.02f, 0.0008f, 0.06f));
        keys.Box(new Vector3(0, 0.0185f, 0.07f), new Vector3(0.05f, 0.0008f, 0.03f)); // touchpad
        var hinge = new Vector3(0, 0.018f, -D / 2);
        var tilt = Matrix4x4.CreateRotationX(-0.26f) * Matrix4x4.CreateTranslation(hinge);
        m.Body.Box(Matrix4x4.CreateScale(W / 2, D / 2, 0.005f) * Matrix4x4.CreateTranslation(0, D / 2, -0.005f) * tilt);
        m.Paint(Paints.Screen).Box(Matrix4x4.CreateScale(W / 2 - 0.008f, D / 2 - 0.01f, 0.001f) * Matrix4x4.CreateTranslation(0, D / 2 + 0.004f, 0.0005f) * tilt);
        m.Paint(Paints.Srgb(90, 150, 220, 0.2f, 0, "screensky")).Box(Matrix4x4.CreateScale(W / 2 - 0.016f, D / 2 - 0.02f, 0.001f) * Matrix4x4.CreateTranslation(0, D / 2 + 0.006f, 0.0015f) * tilt);
    }

    private static void Mouse(ModelBuilder m, ref SeededRandom r)
    {
        // A computer mouse: a smooth egg-shaped shell longer than wide (buttons at +X), a dark split between the
        // two buttons, a scroll wheel, a dark grip band round the sides and its cable curling away from the front.
        m.Body.Lathe([new(0, 0), new(1, 0), new(1, 0.15f), new(0.93f, 0.5f), new(0.7f, 0.82f), new(0.35f, 0.97f), new(0, 1)], Matrix4x4.CreateScale(0.058f, 0.038f, 0.032f) * Matrix4x4.CreateTranslation(0, 0.002f, 0), 40);
        var dark = m.Paint(Paints.Srgb(35, 35, 38, 0.5f, 0, "grip"));
        dark.Lathe([new(1.005f, 0.05f), new(1.005f, 0.3f)], Matrix4x4.CreateScale(0.058f, 0.038f, 0.032f) * Matrix4x4.CreateTranslation(0, 0.002f, 0), 40);
        dark.Box(new Vector3(0.035f, 0.031f, 0), new Vector3(0.022f, 0.006f, 0.0009f), rotZ: -0.45f);
        dark.Cylinder(Matrix4x4.CreateScale(0.0075f, 0.003f, 0.0075f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.026f, 0.038f, 0), 1, 14);
        var cable = m.Paint(Paints.Srgb(40, 40, 42, 0.5f, 0, "cable"));
        var prev = new Vector3(0.056f, 0.006f, 0);
        for (var i = 1; i <= 10; i++)
        {
            var t = i / 10f;
            var next = new Vector3(0.056f + 0.09f * t, 0.004f, 0.04f * MathF.Sin(t * 3.5f));
            cable.Capsule(prev, next, 0.002f, 0.002f, 6);
            prev = next;
        }
    }

    private static void Remote(ModelBuilder m, ref SeededRandom r)
    {
        // A TV remote lying on its back, long along X, slightly thicker at the hand end: a rounded black body
        // with its printed button face (power, navigation ring, number pad, coloured keys) on top.
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.011f, 0), new Vector3(0.1f, 0.011f, 0.023f), 0.008f, 10);
        m.Paint(Paints.Srgb(255, 255, 255, 0.45f, 0, "buttons") with { Albedo = Textures.KitchenPrints.Remote }).Box(new Vector3(0, 0.0222f, 0), new Vector3(0.092f, 0.0004f, 0.017f));
        // Raised rubber keys over the printed ones, so the rows of buttons show even at a low angle.
        var key = m.Paint(Paints.Srgb(175, 175, 180, 0.6f, 0, "keys"));
        for (var col = 0; col < 4; col++)
            for (var row = 0; row < 3; row++)
                key.Cylinder(Matrix4x4.CreateScale(0.0045f, 0.0018f, 0.0045f) * Matrix4x4.CreateTranslation((0.2075f + col * 0.08f - 0.5f) * 0.184f, 0.0238f, -(0.725f - row * 0.22f - 0.5f) * 0.034f), 1, 12);
        m.Paint(Paints.Srgb(210, 40, 40, 0.4f, 0, "power")).Cylinder(Matrix4x4.CreateScale(0.005f, 0.002f, 0.005f) * Matrix4x4.CreateTranslation(0.074f, 0.024f, 0.007f), 1, 14);
        key.Torus(0.011f, 0.0022f, Matrix4x4.CreateTranslation(0.04f, 0.0235f, 0), 24, 6);
    }

    private static void Keyboard(ModelBuilder m, ref SeededRandom r)
    {
        // A full-size keyboard (44 × 14 cm) on its rear feet, tilted 7° towards the typist (+Z) so its rows of
        // light keys face the viewer: a dark case and the printed key field on top.
        const float tilt = 0.12f;
        var pose = Matrix4x4.CreateRotationX(tilt) * Matrix4x4.CreateTranslation(0, 0.012f, 0);
        KitchenShapes.RoundedBox(m.Body, Vector3.Zero, new Vector3(0.22f, 0.012f, 0.075f), 0.006f, 8);
        m.Paint(Paints.Srgb(255, 255, 255, 0.5f, 0, "keys") with { Albedo = Textures.KitchenPrints.Keyboard }).Box(new Vector3(0, 0.0124f, 0.002f), new Vector3(0.214f, 0.0006f, 0.068f));
        m.Transform(pose);
        var foot = m.Paint(Paints.Black);
        foreach (var x in new[] { -0.19f, 0.19f }) foot.Box(new Vector3(x, 0.008f, -0.06f), new Vector3(0.012f, 0.008f, 0.006f));
    }

    private static void CellPhone(ModelBuilder m, ref SeededRandom r)
    {
        // A smartphone lying on its back, long along X, its lit home screen (a grid of app icons on a wallpaper,
        // status bar towards +X) facing up: a thin round-cornered black slab, a narrow bezel and a camera dot.
        KitchenShapes.RoundedBox(m.Body, new Vector3(0, 0.004f, 0), new Vector3(0.076f, 0.004f, 0.036f), 0.0035f, 10);
        m.Paint(Paints.Srgb(255, 255, 255, 0.1f, 0, "screen") with { Albedo = Textures.KitchenPrints.PhoneScreen, Unlit = true, CastsShadow = false })
            .Box(Matrix4x4.CreateScale(0.0335f, 0.0003f, 0.071f) * Matrix4x4.CreateRotationY(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.0082f, 0));
        m.Paint(Paints.Srgb(10, 10, 12, 0.2f, 0, "lens")).Cylinder(Matrix4x4.CreateScale(0.002f, 0.0003f, 0.002f) * Matrix4x4.CreateTranslation(0.073f, 0.0083f, 0), 1, 10);
    }
}
