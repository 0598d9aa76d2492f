using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Sets;

/// <summary>
/// A bathroom's furniture, each standing at the origin with its back to the wall (−Z): an oak vanity with a white top
/// and a basin on it, a round mirror between two glowing wall lights, a chrome ladder rail hung with towels, a glass
/// bath screen, a shower mixer and rain head, folded towels and the small things on a vanity.
/// </summary>
internal static class BathroomProps
{
    private static readonly Material Oak = Paints.Srgb(170, 120, 75, 0.5f, 0, "vanityoak") with { Pattern = "wood" };
    private static readonly Material Top = Paints.Srgb(242, 240, 236, 0.2f, 0, "vanitytop");
    private static readonly Material Porcelain = Paints.Srgb(248, 248, 246, 0.12f, 0, "porcelain");
    /// <summary>Named "mirror": the set's one mirror, which a tooth-brusher's own basin replaces.</summary>
    private static readonly Material Mirror = Paints.Srgb(200, 208, 214, 0.02f, 1, "mirror");
    private static readonly Material Sconce = Palette.Glow(255, 228, 190, 3f, "sconce");
    public static readonly Material ScreenGlass = Paints.Srgb(215, 230, 235, 0.02f, 0, "bathscreen") with { Pattern = "glass" };
    public static readonly Material[] Towels =
    [
        Paints.Srgb(235, 225, 205, 0.95f, 0, "towelcream") with { Pattern = "fabric" },
        Paints.Srgb(200, 120, 95, 0.95f, 0, "towelterracotta") with { Pattern = "fabric" },
    ];

    public static Kit Vanity { get; } = MakeVanity();
    /// <summary>The mirror and its two lights, to hang with its middle at (0, 1.55) on the wall.</summary>
    public static Kit MirrorWithLights { get; } = MakeMirror();
    public static Kit TowelRail { get; } = MakeTowelRail();
    public static Kit ShowerMixer { get; } = MakeShowerMixer();

    /// <summary>A 1.2 m floating oak vanity: two drawers, a white top at 0.85 m, a round basin on it with its tap,
    /// a soap pump and a folded hand towel.</summary>
    private static Kit MakeVanity()
    {
        var k = new Kit();
        k.Paint(Oak).Box(new Vector3(0, 0.6f, 0.24f), new Vector3(0.6f, 0.22f, 0.24f));
        k.Paint(Paints.Shade(Oak, 0.5f)).Box(new Vector3(0, 0.6f, 0.481f), new Vector3(0.003f, 0.2f, 0.002f)); // drawers' meeting line
        foreach (var x in new[] { -0.3f, 0.3f }) k.Paint(Paints.Black).Box(new Vector3(x, 0.74f, 0.49f), new Vector3(0.1f, 0.008f, 0.01f));
        k.Paint(Top).Box(new Vector3(0, 0.84f, 0.25f), new Vector3(0.61f, 0.02f, 0.25f));
        k.Paint(Porcelain).Lathe([new(0.06f, 0), new(0.19f, 0.03f), new(0.2f, 0.13f)], Matrix4x4.CreateTranslation(0.1f, 0.86f, 0.26f), 20);
        k.Paint(Paints.Srgb(170, 185, 190, 0.1f, 0, "basinshadow")).Cylinder(Matrix4x4.CreateScale(0.17f, 0.003f, 0.17f) * Matrix4x4.CreateTranslation(0.1f, 0.98f, 0.26f), 1, 20);
        var chrome = k.Paint(Paints.Chrome);
        chrome.Rod(new Vector3(0.1f, 0.86f, 0.04f), new Vector3(0.1f, 1.12f, 0.04f), 0.015f, 0.013f, 8);
        chrome.Rod(new Vector3(0.1f, 1.12f, 0.04f), new Vector3(0.1f, 1.1f, 0.17f), 0.012f, 0.011f, 8);
        k.Paint(Paints.Srgb(60, 65, 60, 0.3f, 0, "soappump")).Cylinder(Matrix4x4.CreateScale(0.035f, 0.07f, 0.035f) * Matrix4x4.CreateTranslation(-0.25f, 0.93f, 0.15f), 1, 10);
        k.Paint(Towels[0]).Box(new Vector3(-0.42f, 0.89f, 0.25f), new Vector3(0.13f, 0.03f, 0.11f));
        k.Paint(Towels[1]).Box(new Vector3(-0.42f, 0.94f, 0.25f), new Vector3(0.12f, 0.025f, 0.1f));
        return k;
    }

    /// <summary>A round mirror 0.7 m across in a thin black frame, a glowing globe light either side of it.</summary>
    private static Kit MakeMirror()
    {
        var k = new Kit();
        var face = Matrix4x4.CreateRotationX(MathF.PI / 2);
        k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.37f, 0.015f, 0.37f) * face * Matrix4x4.CreateTranslation(0, 1.55f, 0.015f), 1, 32);
        k.Paint(Mirror).Cylinder(Matrix4x4.CreateScale(0.35f, 0.02f, 0.35f) * face * Matrix4x4.CreateTranslation(0, 1.55f, 0.02f), 1, 32);
        foreach (var x in new[] { -0.55f, 0.55f })
        {
            k.Paint(Paints.Chrome).Box(new Vector3(x, 1.6f, 0.04f), new Vector3(0.02f, 0.05f, 0.04f));
            k.Paint(Sconce).Sphere(Matrix4x4.CreateScale(0.075f) * Matrix4x4.CreateTranslation(x, 1.6f, 0.1f), 12, 8);
        }
        return k;
    }

    /// <summary>A chrome ladder rail 1.1 m tall with a bath towel over a rung and a hand towel over another.</summary>
    private static Kit MakeTowelRail()
    {
        var k = new Kit();
        var chrome = k.Paint(Paints.Chrome);
        foreach (var x in new[] { -0.25f, 0.25f }) chrome.Rod(new Vector3(x, 0.25f, 0.08f), new Vector3(x, 1.35f, 0.08f), 0.015f, 0.015f, 8);
        for (var y = 0.35f; y < 1.35f; y += 0.14f) chrome.Rod(new Vector3(-0.25f, y, 0.08f), new Vector3(0.25f, y, 0.08f), 0.01f, 0.01f, 6);
        k.Paint(Towels[0]).Box(new Vector3(0, 1.0f, 0.08f), new Vector3(0.22f, 0.3f, 0.03f)); // draped over the top rung
        k.Paint(Towels[1]).Box(new Vector3(0, 0.55f, 0.1f), new Vector3(0.18f, 0.14f, 0.025f));
        return k;
    }

    /// <summary>A bar mixer on the wall at 1.1 m and a rain head on an arm at 2.05 m reaching 0.35 m out.</summary>
    private static Kit MakeShowerMixer()
    {
        var k = new Kit();
        var chrome = k.Paint(Paints.Chrome);
        chrome.Rod(new Vector3(-0.15f, 1.1f, 0.04f), new Vector3(0.15f, 1.1f, 0.04f), 0.025f, 0.025f, 10);
        chrome.Rod(new Vector3(0, 1.1f, 0.02f), new Vector3(0, 2.05f, 0.02f), 0.012f, 0.012f, 8);
        chrome.Rod(new Vector3(0, 2.05f, 0.02f), new Vector3(0, 2.05f, 0.35f), 0.012f, 0.012f, 8);
        chrome.Cylinder(Matrix4x4.CreateScale(0.12f, 0.012f, 0.12f) * Matrix4x4.CreateTranslation(0, 2.03f, 0.35f), 1, 16);
        return k;
    }
}
