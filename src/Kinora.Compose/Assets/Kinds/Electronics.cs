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
        new("mouse", 0.11, "plastic", Paints.Srgb(40, 40, 44, 0.4f, 0, "shell"), Mouse),
        new("remote", 0.18, "plastic", Paints.Srgb(30, 30, 32, 0.5f, 0, "shell"), Remote) { Aliases = ["remote control"] },
        new("keyboard", 0.44, "plastic", Paints.Srgb(40, 40, 44, 0.5f, 0, "case"), Keyboard),
        new("cell phone", 0.15, "glass", Paints.Srgb(30, 30, 34, 0.2f, 0.3f, "case"), CellPhone) { Front = Vector3.UnitZ, Aliases = ["phone", "smartphone", "mobile phone"] },
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
        keys.Box(new Vector3(0, 0.0185f, -0.02f), new Vector3(W / 2 - 0.02f, 0.0008f, 0.06f));
        keys.Box(new Vector3(0, 0.0185f, 0.07f), new Vector3(0.05f, 0.0008f, 0.03f)); // touchpad
        var hinge = new Vector3(0, 0.018f, -D / 2);
        var tilt = Matrix4x4.CreateRotationX(-0.26f) * Matrix4x4.CreateTranslation(hinge);
        m.Body.Box(Matrix4x4.CreateScale(W / 2, D / 2, 0.005f) * Matrix4x4.CreateTranslation(0, D / 2, -0.005f) * tilt);
        m.Paint(Paints.Screen).Box(Matrix4x4.CreateScale(W / 2 - 0.008f, D / 2 - 0.01f, 0.001f) * Matrix4x4.CreateTranslation(0, D / 2 + 0.004f, 0.0005f) * tilt);
        m.Paint(Paints.Srgb(90, 150, 220, 0.2f, 0, "screensky")).Box(Matrix4x4.CreateScale(W / 2 - 0.016f, D / 2 - 0.02f, 0.001f) * Matrix4x4.CreateTranslation(0, D / 2 + 0.006f, 0.0015f) * tilt);
    }

    private static void Mouse(ModelBuilder m, ref SeededRandom r)
    {
        // A computer mouse: a low dome stretched along X with a split for the buttons and a scroll wheel.
        m.Body.Lathe([new(0, 0), new(1, 0), new(1, 0.15f), new(0.9f, 0.55f), new(0.6f, 0.85f), new(0, 1)], Matrix4x4.CreateScale(0.055f, 0.035f, 0.031f), 28);
        var grey = m.Paint(Paints.Srgb(90, 90, 95, 0.3f, 0, "wheel"));
        grey.Cylinder(Matrix4x4.CreateScale(0.007f, 0.003f, 0.007f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.025f, 0.031f, 0), 1, 10);
        grey.Box(new Vector3(0.038f, 0.026f, 0), new Vector3(0.016f, 0.004f, 0.0008f), rotZ: -0.5f);
    }

    private static void Remote(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(0, 0.01f, 0), new Vector3(0.09f, 0.01f, 0.024f));
        m.Paint(Paints.Srgb(200, 30, 30, 0.4f, 0, "power")).Cylinder(Matrix4x4.CreateScale(0.006f, 0.002f, 0.006f) * Matrix4x4.CreateTranslation(0.07f, 0.021f, 0), 1, 10);
        var button = m.Paint(Paints.Srgb(160, 160, 165, 0.4f, 0, "buttons"));
        for (var i = 0; i < 4; i++)
            for (var j = -1; j <= 1; j++) button.Box(new Vector3(-0.05f + i * 0.022f, 0.0205f, j * 0.012f), new Vector3(0.006f, 0.001f, 0.004f));
    }

    private static void Keyboard(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Box(new Vector3(0, 0.012f, 0), new Vector3(0.22f, 0.012f, 0.07f));
        var key = m.Paint(Paints.Srgb(70, 70, 75, 0.5f, 0, "key"));
        for (var row = 0; row < 5; row++)
            for (var c = 0; c < 14; c++) key.Box(new Vector3(-0.2f + c * 0.0305f, 0.026f, -0.055f + row * 0.027f), new Vector3(0.012f, 0.003f, 0.011f));
    }

    private static void CellPhone(ModelBuilder m, ref SeededRandom r)
    {
        // Standing on its edge on a little stand so the screen faces the camera.
        m.Body.Box(new Vector3(0, 0.075f, 0), new Vector3(0.036f, 0.074f, 0.004f));
        m.Paint(Paints.Screen).Box(new Vector3(0, 0.075f, 0.004f), new Vector3(0.033f, 0.07f, 0.0008f));
        var icon = m.Paint(Paints.Srgb(80, 160, 230, 0.2f, 0, "icons"));
        for (var i = 0; i < 4; i++)
            for (var j = 0; j < 5; j++) icon.Box(new Vector3(-0.022f + i * 0.0147f, 0.03f + j * 0.019f, 0.0052f), new Vector3(0.005f, 0.005f, 0.0005f));
        m.Paint(Paints.Black).Box(new Vector3(0, 0.004f, -0.012f), new Vector3(0.03f, 0.004f, 0.02f));
    }
}
