using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Sports gear at regulation or typical sizes (a skateboard deck 0.8 m, a shortboard 1.9 m, a tennis racket
/// 0.69 m, a baseball bat 0.84 m, a 27 cm flying disc). Boards lie on the ground or stand on their tails as
/// they would be propped; a kite stands on its spine as if about to be launched.
/// </summary>
public static partial class Sports
{
    public static IEnumerable<KindSpec> All =>
    [
        new("skateboard", 0.81, "wood", Paints.Srgb(40, 40, 45, 0.8f, 0, "griptape"), Skateboard),
        new("surfboard", 1.9, "plastic", Paints.Srgb(240, 240, 235, 0.3f, 0, "board"), Surfboard) { Front = Vector3.UnitZ },
        new("kite", 1.0, "fabric", Paints.Srgb(220, 40, 40, 0.6f, 0, "sail") with { Pattern = "fabric" }, Kite) { Front = Vector3.UnitZ },
        new("frisbee", 0.27, "plastic", Paints.Srgb(240, 90, 30, 0.35f, 0, "disc"), Frisbee),
        new("skis", 1.7, "plastic", Paints.Srgb(30, 90, 200, 0.3f, 0, "ski"), Skis) { Aliases = ["ski"] },
        new("snowboard", 1.55, "plastic", Paints.Srgb(40, 170, 160, 0.3f, 0, "board"), Snowboard),
        new("tennis racket", 0.69, "plastic", Paints.Srgb(30, 60, 160, 0.3f, 0.2f, "frame"), TennisRacket) { Front = Vector3.UnitZ, Aliases = ["racket", "racquet"] },
        new("baseball bat", 0.84, "wood", Paints.Srgb(200, 160, 110, 0.4f, 0, "ash"), BaseballBat) { Aliases = ["bat"] },
        new("baseball glove", 0.3, "fabric", Paints.Srgb(150, 85, 40, 0.6f, 0, "leather") with { Pattern = "leather" }, BaseballGlove) { Front = Vector3.UnitZ, Aliases = ["mitt"] },
    ];

    private static Vector2[] Outline(float halfLength, float halfWidth, Func<float, float> width, int n = 24)
    {
        // Symmetric board outline along X: width(t) for t in [0, 1] from tail to nose.
        var pts = new List<Vector2>();
        for (var i = 0; i <= n; i++) { var t = i / (float)n; pts.Add(new(-halfLength + 2 * halfLength * t, halfWidth * width(t))); }
        for (var i = n; i >= 0; i--) { var t = i / (float)n; pts.Add(new(-halfLength + 2 * halfLength * t, -halfWidth * width(t))); }
        return pts.Where((p, i) => MathF.Abs(p.Y) > 1e-4f || i == 0).DistinctBy(p => (MathF.Round(p.X, 5), MathF.Round(p.Y, 5))).ToArray();
    }

    private static void Kite(ModelBuilder m, ref SeededRandom r)
    {
        // A diamond kite facing the camera with crossed spars and a bow tail, propped on its lower tip.
        var diamond = new Vector2[] { new(0, 0), new(0.35f, 0.68f), new(0, 0.95f), new(-0.35f, 0.68f) };
        m.Body.Extrude(diamond, 0.01f, Matrix4x4.CreateTranslation(0, 0.05f, 0));
        var yellow = m.Paint(Paints.Srgb(250, 210, 40, 0.6f, 0, "panel"));
        yellow.Extrude([new(0, 0), new(0.35f, 0.68f), new(0, 0.68f)], 0.012f, Matrix4x4.CreateTranslation(0, 0.05f, 0));
        yellow.Extrude([new(0, 0.68f), new(-0.35f, 0.68f), new(0, 0.95f)], 0.012f, Matrix4x4.CreateTranslation(0, 0.05f, 0));
        var spar = m.Paint(Paints.DarkWood);
        spar.Rod(new Vector3(0, 0.05f, 0.01f), new Vector3(0, 1.0f, 0.01f), 0.006f, 0.006f, 6);
        spar.Rod(new Vector3(-0.35f, 0.73f, 0.01f), new Vector3(0.35f, 0.73f, 0.01f), 0.006f, 0.006f, 6);
        var bows = m.Paint(Paints.Srgb(40, 100, 220, 0.6f, 0, "bow"));
        for (var i = 0; i < 3; i++) bows.Ellipsoid(new Vector3(0.08f + i * 0.12f, 0.03f, 0.02f), new Vector3(0.03f, 0.02f, 0.005f));
    }

    private static void BaseballBat(ModelBuilder m, ref SeededRandom r)
    {
        // Lying along X: knob at −X, barrel at +X.
        m.Body.Lathe([new(0, 0), new(0.022f, 0.0f), new(0.022f, 0.012f), new(0.013f, 0.02f), new(0.013f, 0.3f), new(0.02f, 0.5f), new(0.032f, 0.7f), new(0.033f, 0.83f), new(0.028f, 0.84f), new(0, 0.84f)],
            Matrix4x4.CreateRotationZ(-MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.42f, 0.033f, 0), 24);
        m.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.0145f, 0.08f, 0.0145f) * Matrix4x4.CreateRotationZ(-MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.31f, 0.033f, 0), 1, 12);
    }

}
