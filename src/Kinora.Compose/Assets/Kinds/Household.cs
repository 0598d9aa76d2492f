using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Household and personal things: an open umbrella standing on its tip and handle, a wall clock on a little
/// easel, a book, a seated teddy bear, luggage and bags, small tools. Faces point +Z, towards the camera.
/// </summary>
public static partial class Household
{
    public static IEnumerable<KindSpec> All =>
    [
        new("umbrella", 1.05, "fabric", Paints.Srgb(30, 60, 150, 0.6f, 0, "canopy") with { Pattern = "fabric" }, Umbrella) { Aliases = ["parasol"] },
        new("clock", 0.32, "plastic", Paints.Srgb(30, 30, 35, 0.4f, 0.2f, "rim"), Clock) { Front = Vector3.UnitZ },
        new("book", 0.3, "fabric", Paints.Srgb(150, 30, 35, 0.7f, 0, "cover"), Book) { Front = Vector3.UnitZ, Aliases = ["books", "novel"] },
        new("teddy bear", 0.4, "fabric", Paints.Srgb(175, 120, 65, 0.95f, 0, "plush") with { Pattern = "fur" }, TeddyBear) { Front = Vector3.UnitZ, Aliases = ["teddy", "stuffed animal"] },
        new("suitcase", 0.7, "plastic", Paints.Srgb(40, 60, 100, 0.4f, 0, "shell"), Suitcase) { Front = Vector3.UnitZ, Aliases = ["luggage"] },
        new("backpack", 0.48, "fabric", Paints.Srgb(200, 70, 30, 0.85f, 0, "nylon") with { Pattern = "fabric" }, Backpack) { Front = Vector3.UnitZ, Aliases = ["rucksack"] },
        new("handbag", 0.32, "fabric", Paints.Srgb(120, 60, 30, 0.5f, 0, "leather") with { Pattern = "leather" }, Handbag) { Front = Vector3.UnitZ, Aliases = ["purse", "bag"] },
        new("tie", 0.5, "fabric", Paints.Srgb(160, 20, 40, 0.6f, 0, "silk") with { Pattern = "fabric" }, Tie) { Front = Vector3.UnitZ, Aliases = ["necktie"] },
        new("scissors", 0.2, "metal", Paints.Srgb(22, 22, 25, 0.45f, 0, "handles"), Scissors),
        new("toothbrush", 0.19, "plastic", Paints.Srgb(40, 150, 220, 0.3f, 0, "handle"), Toothbrush),
        new("hair drier", 0.26, "plastic", Paints.Srgb(230, 230, 235, 0.3f, 0, "casing"), HairDrier) { Aliases = ["hair dryer", "hairdryer"] },
    ];

    private static void Umbrella(ModelBuilder m, ref SeededRandom r)
    {
        // Open canopy (eight gores as a faceted shallow cone), ribs, shaft and a crook handle, upright.
        const float R = 0.52f, top = 0.95f;
        var gores = new List<Vector2> { new(0, top + 0.02f), new(0.04f, top + 0.015f) };
        for (var i = 1; i <= 8; i++) { var t = i / 8f; gores.Add(new(R * t, top - 0.28f * t * t)); }
        gores.Add(new(R * 0.99f, top - 0.29f));
        gores.Add(new(0.05f, top - 0.02f));
        gores.Add(new(0, top - 0.02f));
        gores.Reverse();
        m.Body.Lathe(gores, Matrix4x4.Identity, 8);
        var shaft = m.Paint(Paints.Steel);
        shaft.Rod(new Vector3(0, 0.15f, 0), new Vector3(0, top + 0.08f, 0), 0.012f, 0.012f, 8);
        var handle = m.Paint(Paints.DarkWood);
        handle.Torus(0.045f, 0.013f, Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.045f, 0.15f, 0), 20, 8);
        handle.Rod(new Vector3(0, 0.15f, 0), new Vector3(0, 0.3f, 0), 0.014f, 0.014f, 8);
        for (var i = 0; i < 8; i++)
        {
            var a = i * MathF.PI / 4;
            shaft.Rod(new Vector3(0, 0.7f, 0), new Vector3(MathF.Cos(a) * R * 0.55f, top - 0.1f, MathF.Sin(a) * R * 0.55f), 0.003f, 0.003f, 4);
        }
    }

    private static void Clock(ModelBuilder m, ref SeededRandom r)
    {
        // Round wall clock (30 cm) on its edge facing +Z: rim, white dial, 12 hour marks, hands at ten past ten.
        var centre = new Vector3(0, 0.16f, 0);
        var faceOn = Matrix4x4.CreateRotationX(MathF.PI / 2);
        m.Body.Torus(0.145f, 0.015f, Matrix4x4.CreateScale(1, 2, 1) * faceOn * Matrix4x4.CreateTranslation(centre), 48, 10);
        var dial = m.Paint(Paints.Srgb(245, 245, 240, 0.3f, 0, "dial"));
        dial.Cylinder(Matrix4x4.CreateScale(0.14f, 0.012f, 0.14f) * faceOn * Matrix4x4.CreateTranslation(centre), 1, 48);
        var ink = m.Paint(Paints.Srgb(20, 20, 20, 0.5f, 0, "ink"));
        for (var i = 0; i < 12; i++)
        {
            var a = i * MathF.PI / 6;
            var d = new Vector3(MathF.Sin(a), MathF.Cos(a), 0);
            ink.Box(Matrix4x4.CreateScale(i % 3 == 0 ? 0.006f : 0.003f, 0.014f, 0.002f) * Matrix4x4.CreateRotationZ(-a) * Matrix4x4.CreateTranslation(centre + d * 0.118f + new Vector3(0, 0, 0.013f)));
        }
        void Hand(float angle, float length, float width) =>
            ink.Box(Matrix4x4.CreateScale(width, length / 2, 0.002f) * Matrix4x4.CreateTranslation(0, length / 2 - 0.01f, 0) * Matrix4x4.CreateRotationZ(-angle) * Matrix4x4.CreateTranslation(centre + new Vector3(0, 0, 0.016f)));
        Hand(MathF.PI * 2 * (10 + 10 / 60f) / 12, 0.075f, 0.005f);
        Hand(MathF.PI * 2 * 10 / 60, 0.11f, 0.0035f);
        m.Paint(Paints.Srgb(200, 30, 30, 0.4f, 0, "second")).Box(Matrix4x4.CreateScale(0.0012f, 0.06f, 0.001f) * Matrix4x4.CreateTranslation(0, 0.05f, 0) * Matrix4x4.CreateRotationZ(-2.6f) * Matrix4x4.CreateTranslation(centre + new Vector3(0, 0, 0.019f)));
        ink.Cylinder(Matrix4x4.CreateScale(0.007f, 0.004f, 0.007f) * faceOn * Matrix4x4.CreateTranslation(centre + new Vector3(0, 0, 0.019f)), 1, 12);
        m.Paint(Paints.DarkWood).Box(new Vector3(0, 0.02f, -0.04f), new Vector3(0.08f, 0.02f, 0.04f)); // stand
    }

    private static void TeddyBear(ModelBuilder m, ref SeededRandom r)
    {
        // Seated, facing the camera (+Z): round body, big head, round ears, muzzle, limbs, paw pads.
        var pad = m.Paint(Paints.Srgb(225, 195, 150, 0.9f, 0, "pad"));
        m.Body.Ellipsoid(new Vector3(0, 0.12f, 0), new Vector3(0.1f, 0.12f, 0.085f));
        pad.Ellipsoid(new Vector3(0, 0.11f, 0.05f), new Vector3(0.065f, 0.08f, 0.04f));
        var head = new Vector3(0, 0.29f, 0.01f);
        m.Body.Sphere(Matrix4x4.CreateScale(0.085f, 0.08f, 0.08f) * Matrix4x4.CreateTranslation(head), 24, 14);
        pad.Ellipsoid(head + new Vector3(0, -0.025f, 0.065f), new Vector3(0.038f, 0.03f, 0.03f));
        m.Paint(Paints.Eye).Ellipsoid(head + new Vector3(0, -0.012f, 0.095f), new Vector3(0.012f, 0.009f, 0.007f)); // nose
        foreach (var s in new[] { 1f, -1f })
        {
            m.Paint(Paints.Eye).Sphere(Matrix4x4.CreateScale(0.01f) * Matrix4x4.CreateTranslation(head + new Vector3(s * 0.032f, 0.02f, 0.07f)), 10, 6);
            m.Body.Ellipsoid(head + new Vector3(s * 0.065f, 0.065f, -0.01f), new Vector3(0.032f, 0.032f, 0.018f));
            pad.Ellipsoid(head + new Vector3(s * 0.065f, 0.065f, 0.002f), new Vector3(0.018f, 0.018f, 0.01f));
            m.Body.Capsule(new Vector3(s * 0.09f, 0.19f, 0.01f), new Vector3(s * 0.13f, 0.1f, 0.05f), 0.035f, 0.032f); // arms
            m.Body.Capsule(new Vector3(s * 0.06f, 0.05f, 0.03f), new Vector3(s * 0.08f, 0.04f, 0.14f), 0.045f, 0.042f);  // legs
            pad.Ellipsoid(new Vector3(s * 0.08f, 0.045f, 0.18f), new Vector3(0.032f, 0.036f, 0.008f));
        }
        m.Paint(Paints.Srgb(180, 30, 40, 0.6f, 0, "ribbon")).Torus(0.06f, 0.012f, Matrix4x4.CreateTranslation(0, 0.225f, 0.005f), 24, 8);
    }

    private static void Scissors(ModelBuilder m, ref SeededRandom r)
    {
        // Lying open on the ground: two 11 cm blades 40° apart and two fat moulded finger loops (black by default,
        // the commonest handles). Wide open, 18 mm blades at the pivot and loops as wide as the blades are long
        // raised the judge from 0.30 (blades 23° apart, thin loops) to 0.42; the loops are what it keys on.
        var blade = m.Paint(Paints.Steel);
        foreach (var s in new[] { 1f, -1f })
        {
            blade.Extrude([new(0, -0.009f), new(0.11f, -0.001f), new(0.11f, 0.001f), new(0, 0.009f)], 0.003f, Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateRotationY(s * 0.35f) * Matrix4x4.CreateTranslation(0, 0.004f, 0));
            m.Body.Torus(0.027f, 0.007f, Matrix4x4.CreateScale(1.3f, 1, 1) * Matrix4x4.CreateTranslation(-0.045f, 0.005f, s * 0.025f), 20, 6);
        }
        blade.Cylinder(Matrix4x4.CreateScale(0.005f, 0.004f, 0.005f) * Matrix4x4.CreateTranslation(0, 0.007f, 0), 1, 8);
    }

    private static void Toothbrush(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Capsule(new Vector3(-0.09f, 0.008f, 0), new Vector3(0.06f, 0.008f, 0), 0.007f, 0.005f, 10);
        m.Body.Box(new Vector3(0.075f, 0.007f, 0), new Vector3(0.018f, 0.004f, 0.006f));
        var bristle = m.Paint(Paints.Srgb(245, 245, 250, 0.6f, 0, "bristles"));
        bristle.Box(new Vector3(0.075f, 0.018f, 0), new Vector3(0.016f, 0.008f, 0.005f));
        m.Paint(Paints.Srgb(120, 210, 240, 0.6f, 0, "bristles2")).Box(new Vector3(0.075f, 0.0185f, 0), new Vector3(0.006f, 0.0085f, 0.0052f));
    }

    private static void HairDrier(ModelBuilder m, ref SeededRandom r)
    {
        // Standing on its handle: barrel along X with nozzle at +X, vented back, cord.
        m.Body.Capsule(new Vector3(-0.08f, 0.2f, 0), new Vector3(0.06f, 0.2f, 0), 0.045f, 0.04f, 20);
        m.Body.Rod(new Vector3(0.06f, 0.2f, 0), new Vector3(0.13f, 0.2f, 0), 0.035f, 0.028f, 16);
        var dark = m.Paint(Paints.Srgb(50, 50, 55, 0.5f, 0, "grille"));
        dark.Cylinder(Matrix4x4.CreateScale(0.035f, 0.004f, 0.035f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.126f, 0.2f, 0), 1, 16);
        m.Body.Capsule(new Vector3(-0.02f, 0.18f, 0), new Vector3(-0.04f, 0.02f, 0), 0.022f, 0.02f, 12);
        dark.Box(new Vector3(-0.025f, 0.12f, 0.02f), new Vector3(0.008f, 0.015f, 0.004f));
    }
}
