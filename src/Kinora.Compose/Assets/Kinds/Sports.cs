using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Sports gear at regulation or typical sizes (a skateboard deck 0.8 m, a shortboard 1.9 m, a tennis racket
/// 0.69 m, a baseball bat 0.84 m, a 27 cm flying disc). Boards lie on the ground or stand on their tails as
/// they would be propped; a kite stands on its spine as if about to be launched.
/// </summary>
public static class Sports
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

    private static void Skateboard(ModelBuilder m, ref SeededRandom r)
    {
        var wood = m.Paint(Paints.Srgb(200, 150, 90, 0.6f, 0, "maple"));
        var truck = m.Paint(Paints.Steel);
        var wheel = m.Paint(Paints.Srgb(245, 235, 200, 0.5f, 0, "urethane"));
        var deck = Outline(0.4f, 0.105f, t => MathF.Sqrt(MathF.Max(0.05f, 1 - MathF.Pow(MathF.Max(0, MathF.Abs(2 * t - 1) - 0.6f) / 0.4f, 2))));
        var flat = Matrix4x4.CreateRotationX(-MathF.PI / 2);
        wood.Extrude(deck, 0.012f, flat * Matrix4x4.CreateTranslation(0, 0.085f, 0));
        m.Body.Extrude(deck.Select(p => p * 0.99f).ToArray(), 0.002f, flat * Matrix4x4.CreateTranslation(0, 0.092f, 0));
        foreach (var x in new[] { -0.25f, 0.25f })
        {
            truck.Box(new Vector3(x, 0.06f, 0), new Vector3(0.025f, 0.02f, 0.09f));
            foreach (var z in new[] { -0.085f, 0.085f })
                wheel.Cylinder(Matrix4x4.CreateScale(0.027f, 0.017f, 0.027f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.027f, z), 1, 16);
        }
    }

    private static void Surfboard(ModelBuilder m, ref SeededRandom r)
    {
        // Standing upright on its tail, deck facing the camera: pointed nose up.
        var shape = Outline(0.95f, 0.26f, t => MathF.Pow(MathF.Sin(MathF.PI * (0.08f + 0.9f * t)), 0.7f) * (t < 0.5f ? 0.85f + 0.3f * t : 1));
        var upright = Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.95f, 0);
        m.Body.Extrude(shape, 0.06f, upright);
        m.Paint(Paints.Srgb(30, 120, 200, 0.3f, 0, "stripe")).Extrude(shape.Select(p => new Vector2(p.X, p.Y * 0.15f)).ToArray(), 0.064f, upright);
        m.Paint(Paints.Black).Extrude([new(0, 0), new(0.12f, 0), new(0.02f, 0.1f)], 0.01f, Matrix4x4.CreateRotationY(MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.1f, -0.04f));
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

    private static void Frisbee(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Lathe([new(0, 0.012f), new(0.125f, 0.01f), new(0.128f, 0.0f), new(0.135f, 0.0f), new(0.134f, 0.01f), new(0.12f, 0.016f), new(0, 0.018f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.White).Torus(0.06f, 0.004f, Matrix4x4.CreateTranslation(0, 0.0185f, 0), 32, 6);
    }

    private static void Skis(ModelBuilder m, ref SeededRandom r)
    {
        var shape = Outline(0.85f, 0.04f, t => t > 0.92f ? 1 - (t - 0.92f) * 8 : 1, 20);
        var flat = Matrix4x4.CreateRotationX(-MathF.PI / 2);
        foreach (var z in new[] { -0.08f, 0.08f })
        {
            m.Body.Extrude(shape, 0.015f, flat * Matrix4x4.CreateTranslation(0, 0.008f, z));
            m.Body.Box(new Vector3(0.8f, 0.03f, z), new Vector3(0.05f, 0.02f, 0.04f), rotZ: 0.5f); // turned-up tip
            m.Paint(Paints.Black).Box(new Vector3(0, 0.04f, z), new Vector3(0.12f, 0.025f, 0.045f)); // binding
        }
        var pole = m.Paint(Paints.Steel);
        foreach (var z in new[] { -0.2f, 0.2f }) pole.Rod(new Vector3(-0.6f, 0.01f, z), new Vector3(0.55f, 0.01f, z), 0.009f, 0.009f, 6);
    }

    private static void Snowboard(ModelBuilder m, ref SeededRandom r)
    {
        var shape = Outline(0.775f, 0.14f, t => 1 - 0.12f * MathF.Sin(MathF.PI * t) - (MathF.Abs(2 * t - 1) > 0.9f ? (MathF.Abs(2 * t - 1) - 0.9f) * 6 : 0));
        m.Body.Extrude(shape, 0.012f, Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateTranslation(0, 0.006f, 0));
        var binding = m.Paint(Paints.Black);
        foreach (var x in new[] { -0.27f, 0.27f })
        {
            binding.Box(new Vector3(x, 0.025f, 0), new Vector3(0.06f, 0.015f, 0.12f));
            binding.Box(new Vector3(x - 0.05f, 0.07f, 0), new Vector3(0.01f, 0.05f, 0.1f));
        }
    }

    private static void TennisRacket(ModelBuilder m, ref SeededRandom r)
    {
        // Standing on the butt of its handle, face towards the camera: oval head with strings, throat, grip.
        var strings = m.Paint(Paints.Srgb(235, 235, 200, 0.5f, 0, "strings"));
        var grip = m.Paint(Paints.Srgb(240, 240, 240, 0.8f, 0, "grip"));
        var head = new Vector3(0, 0.52f, 0);
        m.Body.Torus(0.15f, 0.01f, Matrix4x4.CreateScale(0.85f, 1, 1.12f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(head), 40, 8);
        for (var i = -6; i <= 6; i++)
        {
            var x = i * 0.019f; var half = 0.165f * MathF.Sqrt(MathF.Max(0, 1 - MathF.Pow(x / 0.128f, 2)));
            strings.Rod(head + new Vector3(x, -half, 0), head + new Vector3(x, half, 0), 0.0012f, 0.0012f, 4);
        }
        for (var i = -8; i <= 8; i++)
        {
            var y = i * 0.019f; var half = 0.128f * MathF.Sqrt(MathF.Max(0, 1 - MathF.Pow(y / 0.168f, 2)));
            strings.Rod(head + new Vector3(-half, y, 0), head + new Vector3(half, y, 0), 0.0012f, 0.0012f, 4);
        }
        foreach (var s in new[] { 1f, -1f }) m.Body.Rod(new Vector3(0, 0.24f, 0), head + new Vector3(s * 0.06f, -0.155f, 0), 0.01f, 0.01f, 8);
        m.Body.Rod(new Vector3(0, 0.2f, 0), new Vector3(0, 0.26f, 0), 0.013f, 0.011f, 8);
        grip.Cylinder(Matrix4x4.CreateScale(0.016f, 0.1f, 0.016f) * Matrix4x4.CreateTranslation(0, 0.1f, 0), 1, 8);
    }

    private static void BaseballBat(ModelBuilder m, ref SeededRandom r)
    {
        // Lying along X: knob at −X, barrel at +X.
        m.Body.Lathe([new(0, 0), new(0.022f, 0.0f), new(0.022f, 0.012f), new(0.013f, 0.02f), new(0.013f, 0.3f), new(0.02f, 0.5f), new(0.032f, 0.7f), new(0.033f, 0.83f), new(0.028f, 0.84f), new(0, 0.84f)],
            Matrix4x4.CreateRotationZ(-MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.42f, 0.033f, 0), 24);
        m.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.0145f, 0.08f, 0.0145f) * Matrix4x4.CreateRotationZ(-MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.31f, 0.033f, 0), 1, 12);
    }

    private static void BaseballGlove(ModelBuilder m, ref SeededRandom r)
    {
        // Palm facing the camera: a padded pocket, four finger stalls, a thumb and webbing, brown laces.
        var lace = m.Paint(Paints.Srgb(90, 50, 25, 0.6f, 0, "lace"));
        m.Body.Ellipsoid(new Vector3(0, 0.13f, 0), new Vector3(0.1f, 0.11f, 0.05f));
        for (var i = 0; i < 4; i++)
        {
            var x = -0.06f + i * 0.04f;
            m.Body.Capsule(new Vector3(x, 0.15f, 0), new Vector3(x * 1.2f, 0.27f - MathF.Abs(i - 1.5f) * 0.02f, -0.01f), 0.024f, 0.02f);
        }
        m.Body.Capsule(new Vector3(0.08f, 0.1f, 0.01f), new Vector3(0.14f, 0.2f, 0.01f), 0.028f, 0.022f);
        lace.Box(new Vector3(0.1f, 0.22f, 0.01f), new Vector3(0.035f, 0.04f, 0.01f));
        m.Paint(Paints.Shade(m.BodyPaint, 0.7f)).Ellipsoid(new Vector3(0.0f, 0.13f, 0.03f), new Vector3(0.07f, 0.07f, 0.03f)); // pocket
        m.Body.Capsule(new Vector3(-0.05f, 0.03f, 0), new Vector3(0.05f, 0.03f, 0), 0.03f, 0.03f);
    }
}
