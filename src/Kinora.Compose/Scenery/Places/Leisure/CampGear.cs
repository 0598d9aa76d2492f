using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Leisure;

/// <summary>
/// What a campsite is made of: dome tents (a low dome of bright nylon with two crossing poles over it and a dark
/// zipped door on its front, +Z), a stone fire ring with a cone of logs and embers (flames that glow after dark),
/// and logs laid on the ground to sit on.
/// </summary>
public static class CampGear
{
    public static readonly Material[] Nylon =
    [
        Paints.Srgb(235, 110, 30, 0.6f, 0, "tentorange"), Paints.Srgb(60, 140, 70, 0.6f, 0, "tentgreen"),
        Paints.Srgb(40, 100, 190, 0.6f, 0, "tentblue"), Paints.Srgb(230, 190, 40, 0.6f, 0, "tentyellow"),
    ];
    private static readonly Material Pole = Paints.Srgb(60, 60, 65, 0.4f, 0.6f, "tentpole");
    private static readonly Material Door = Paints.Srgb(45, 45, 50, 0.7f, 0, "tentdoor");
    private static readonly Material Stone = Paints.Srgb(118, 113, 106, 0.9f, 0, "fieldstone") with { Pattern = "stone" };
    private static readonly Material Bark = Paints.Srgb(88, 62, 42, 0.85f, 0, "logbark") with { Pattern = "wood" };
    private static readonly Material CutWood = Paints.Srgb(190, 150, 100, 0.8f, 0, "logend");
    private static readonly Material Ash = Paints.Srgb(70, 66, 62, 1f, 0, "ash");
    private static readonly Material Embers = Palette.Glow(255, 96, 20, 0.9f, "embers");
    private static readonly Material Flame = Palette.Glow(255, 150, 40, 6f, "campflame");
    private static readonly Material FlameCore = Palette.Glow(255, 220, 120, 8f, "campflamecore");

    /// <summary>m; a tent's footprint radius.</summary>
    public const float TentRadius = 1.6f;

    public static Kit[] Tents { get; } = [.. Nylon.Select(MakeTent)];
    public static Kit Fire { get; } = MakeFire(false);
    public static Kit FireLit { get; } = MakeFire(true);
    public static Kit SittingLog { get; } = MakeLog();
    /// <summary>Where the flames sit above a fire ring's foot.</summary>
    public static readonly Vector3 FlameAt = new(0, 0.5f, 0);

    private static Kit MakeTent(Material nylon)
    {
        var k = new Kit();
        const float R = 1.45f, Squash = 0.82f;
        // The dome: its lower half is under the ground.
        k.Paint(nylon).Sphere(Matrix4x4.CreateScale(R, R * Squash, R * 1.1f), 20, 10);
        // Two poles crossing over the top, corner to corner.
        foreach (var turn in new[] { MathF.PI / 4, -MathF.PI / 4 })
            k.Paint(Pole).Torus(1, 0.025f / R, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateRotationY(turn) * Matrix4x4.CreateScale(R + 0.02f, R * Squash + 0.02f, R * 1.1f + 0.02f), 32, 4);
        // The door: an arched dark panel on the front, and a fly sheet's lighter brim above it.
        k.Paint(Door).Ellipsoid(new Vector3(0, 0.45f, R * 1.1f - 0.12f), new Vector3(0.42f, 0.5f, 0.16f), 0, 0, 12, 6);
        k.Paint(Paints.Shade(nylon, 0.7f)).Ellipsoid(new Vector3(0, 0.02f, 0), new Vector3(R + 0.35f, 0.04f, R * 1.1f + 0.3f), 0, 0, 16, 3);
        return k;
    }

    private static Kit MakeFire(bool lit)
    {
        var k = new Kit();
        for (var i = 0; i < 11; i++)
        {
            var a = i * MathF.Tau / 11 + 0.1f * MathF.Sin(i * 3.7f);
            var size = 0.9f + 0.25f * MathF.Sin(i * 1.9f);
            k.Paint(Stone).Ellipsoid(new Vector3(MathF.Cos(a) * 0.6f, 0.08f * size, MathF.Sin(a) * 0.6f), new Vector3(0.14f, 0.1f, 0.11f) * size, 0.15f * MathF.Sin(i), -a, 10, 6);
        }
        k.Paint(Ash).Cylinder(Matrix4x4.CreateScale(0.5f, 0.01f, 0.5f) * Matrix4x4.CreateTranslation(0, 0.01f, 0), 1, 20);
        k.Paint(Embers).Ellipsoid(new Vector3(0, 0.03f, 0), new Vector3(0.28f, 0.04f, 0.28f), 0, 0, 14, 5);
        for (var i = 0; i < 5; i++)
        {
            var a = (i + 0.3f) * MathF.Tau / 5;
            var foot = new Vector3(MathF.Cos(a) * 0.36f, 0.04f, MathF.Sin(a) * 0.36f);
            var top = new Vector3(MathF.Cos(a) * 0.04f, 0.45f, MathF.Sin(a) * 0.04f);
            k.Paint(Bark).Rod(foot, Vector3.Lerp(foot, top, 0.65f), 0.05f, 0.048f, 7);
            k.Paint(Paints.Srgb(25, 20, 18, 0.9f, 0, "charcoal")).Rod(Vector3.Lerp(foot, top, 0.65f), top, 0.048f, 0.035f, 7);
        }
        if (lit)
        {
            // Flames: tongues leaning a little, an outer orange and a bright core.
            for (var i = 0; i < 4; i++)
            {
                var a = i * 1.7f;
                var b = new Vector3(MathF.Cos(a) * 0.1f, 0.1f, MathF.Sin(a) * 0.1f);
                k.Paint(Flame).Cylinder(Matrix4x4.CreateScale(0.13f, 0.35f + 0.08f * (i % 3), 0.13f) * Matrix4x4.CreateTranslation(b + new Vector3(0, 0.35f, 0)), 0, 7);
            }
            k.Paint(FlameCore).Cylinder(Matrix4x4.CreateScale(0.1f, 0.25f, 0.1f) * Matrix4x4.CreateTranslation(0, 0.32f, 0), 0, 7);
        }
        return k;
    }

    private static Kit MakeLog()
    {
        var k = new Kit();
        var (a, b) = (new Vector3(-0.9f, 0.17f, 0), new Vector3(0.9f, 0.17f, 0));
        k.Paint(Bark).Rod(a, b, 0.18f, 0.16f, 10);
        k.Paint(CutWood).Rod(a - new Vector3(0.01f, 0, 0), a + new Vector3(0.005f, 0, 0), 0.165f, 0.165f, 10);
        k.Paint(CutWood).Rod(b - new Vector3(0.005f, 0, 0), b + new Vector3(0.01f, 0, 0), 0.15f, 0.15f, 10);
        return k;
    }
}
