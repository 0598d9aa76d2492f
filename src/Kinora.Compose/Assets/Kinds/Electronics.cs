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
        new("mouse", 0.26, "plastic", Paints.Srgb(40, 40, 44, 0.3f, 0, "shell"), Kinds.Mouse.OnPad), // Electronics/Mouse.cs
        new("remote", 0.21, "plastic", Paints.Srgb(190, 190, 195, 0.35f, 0, "shell"), Kinds.Remote.Build) { Aliases = ["remote control"] }, // Electronics/Remote.cs
        new("keyboard", 0.45, "plastic", Paints.Srgb(25, 25, 28, 0.4f, 0, "case"), Kinds.Keyboard.Build), // Electronics/Keyboard.cs
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
