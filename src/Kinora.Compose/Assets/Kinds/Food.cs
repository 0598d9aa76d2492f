using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Food at its real size (an apple 8 cm, a 33 cm pizza, a 7.5 cm doughnut is 10 cm with its glaze), resting on
/// the ground or on a plate. Shapes are surfaces of revolution and ellipsoids; toppings are small spots.
/// </summary>
public static class Food
{
    public static IEnumerable<KindSpec> All =>
    [
        new("apple", 0.085, "fabric", Paints.Srgb(190, 25, 30, 0.35f, 0, "peel"), Apple),
        new("orange", 0.085, "fabric", Paints.Srgb(245, 130, 20, 0.55f, 0, "peel"), Orange),
        new("banana", 0.2, "fabric", Paints.Srgb(245, 215, 60, 0.5f, 0, "peel"), Banana),
        new("pizza", 0.34, "fabric", Paints.Srgb(215, 160, 80, 0.7f, 0, "crust"), Pizza),
        new("donut", 0.1, "fabric", Paints.Srgb(200, 140, 75, 0.6f, 0, "dough"), Donut) { Aliases = ["doughnut"] },
        new("cake", 0.26, "fabric", Paints.Srgb(250, 240, 230, 0.6f, 0, "icing"), Cake),
        new("broccoli", 0.2, "fabric", Paints.Srgb(60, 130, 50, 0.8f, 0, "floret"), Broccoli),
        new("carrot", 0.2, "fabric", Paints.Srgb(240, 120, 20, 0.6f, 0, "carrot"), Carrot),
        new("sandwich", 0.13, "fabric", Paints.Srgb(225, 190, 130, 0.8f, 0, "bread"), Sandwich),
        new("hot dog", 0.19, "fabric", Paints.Srgb(220, 165, 90, 0.7f, 0, "bun"), HotDog),
    ];

    private static void Apple(ModelBuilder m, ref SeededRandom r)
    {
        // Apple profile: dimple at the top and bottom, widest just above the middle.
        m.Body.Lathe([new(0, 0.006f), new(0.015f, 0.002f), new(0.03f, 0.006f), new(0.04f, 0.02f), new(0.043f, 0.04f), new(0.041f, 0.058f), new(0.033f, 0.072f), new(0.015f, 0.075f), new(0.004f, 0.068f), new(0, 0.066f)], Matrix4x4.Identity, 32);
        m.Paint(Paints.Srgb(90, 60, 30, 0.8f, 0, "stalk")).Rod(new Vector3(0, 0.066f, 0), new Vector3(0.003f, 0.085f, 0), 0.0025f, 0.002f, 8);
        m.Paint(Paints.Leaf).Sphere(Matrix4x4.CreateScale(0.016f, 0.003f, 0.008f) * Matrix4x4.CreateRotationZ(0.4f) * Matrix4x4.CreateTranslation(0.014f, 0.08f, 0), 10, 6);
    }

    private static void Orange(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Sphere(Matrix4x4.CreateScale(0.0425f, 0.04f, 0.0425f) * Matrix4x4.CreateTranslation(0, 0.04f, 0), 32, 16);
        m.Paint(Paints.Srgb(90, 110, 40, 0.7f, 0, "calyx")).Cylinder(Matrix4x4.CreateScale(0.005f, 0.002f, 0.005f) * Matrix4x4.CreateTranslation(0, 0.08f, 0), 1, 8);
    }

    private static void Banana(ModelBuilder m, ref SeededRandom r)
    {
        // A curved, tapering fruit along X lying on its side: a chain of rods on an arc, dark tips.
        var tip = m.Paint(Paints.Srgb(70, 50, 25, 0.7f, 0, "tip"));
        const int n = 8;
        var pts = new Vector3[n + 1];
        for (var i = 0; i <= n; i++)
        {
            var a = (i / (float)n - 0.5f) * 1.4f;
            pts[i] = new Vector3(MathF.Sin(a) * 0.1f, 0.018f + (1 - MathF.Cos(a)) * 0.1f, 0);
        }
        for (var i = 0; i < n; i++)
        {
            var t0 = i / (float)n; var t1 = (i + 1) / (float)n;
            float Rad(float t) => 0.004f + 0.014f * MathF.Pow(MathF.Max(0, MathF.Sin(MathF.PI * t)), 0.6f);
            m.Body.Capsule(pts[i], pts[i + 1], Rad(t0), Rad(t1), 10);
        }
        tip.Sphere(Matrix4x4.CreateScale(0.005f) * Matrix4x4.CreateTranslation(pts[0]), 8, 6);
        tip.Rod(pts[n], pts[n] + new Vector3(0.012f, 0.01f, 0), 0.005f, 0.004f, 8);
    }

    private static void Pizza(ModelBuilder m, ref SeededRandom r)
    {
        // Round pizza: raised crust ring, tomato and cheese, pepperoni slices, a few basil leaves.
        m.Body.Torus(0.155f, 0.013f, Matrix4x4.CreateScale(1, 0.8f, 1) * Matrix4x4.CreateTranslation(0, 0.012f, 0), 48, 10);
        m.Body.Cylinder(Matrix4x4.CreateScale(0.16f, 0.005f, 0.16f) * Matrix4x4.CreateTranslation(0, 0.005f, 0), 1, 40);
        m.Paint(Paints.Srgb(245, 205, 110, 0.6f, 0, "cheese")).Cylinder(Matrix4x4.CreateScale(0.148f, 0.004f, 0.148f) * Matrix4x4.CreateTranslation(0, 0.011f, 0), 1, 40);
        var pepperoni = m.Paint(Paints.Srgb(175, 40, 30, 0.5f, 0, "pepperoni"));
        for (var i = 0; i < 11; i++)
        {
            var a = i * 2.39996f; var d = 0.035f + 0.1f * MathF.Sqrt((i + 0.5f) / 11f);
            pepperoni.Cylinder(Matrix4x4.CreateScale(0.02f, 0.003f, 0.02f) * Matrix4x4.CreateTranslation(MathF.Cos(a) * d, 0.016f, MathF.Sin(a) * d), 1, 16);
        }
        var basil = m.Paint(Paints.Srgb(40, 110, 40, 0.6f, 0, "basil"));
        for (var i = 0; i < 4; i++) basil.Sphere(Matrix4x4.CreateScale(0.012f, 0.002f, 0.007f) * Matrix4x4.CreateRotationY(i) * Matrix4x4.CreateTranslation(MathF.Cos(i * 1.7f) * 0.07f, 0.018f, MathF.Sin(i * 1.7f) * 0.07f), 8, 4);
        // Slice cuts: thin dark lines.
        var cut = m.Paint(Paints.Srgb(150, 90, 40, 0.8f, 0, "cut"));
        for (var i = 0; i < 4; i++) cut.Box(new Vector3(0, 0.0135f, 0), new Vector3(0.15f, 0.0015f, 0.0012f), rotY: i * MathF.PI / 4);
    }

    private static void Donut(ModelBuilder m, ref SeededRandom r)
    {
        m.Body.Torus(0.033f, 0.018f, Matrix4x4.CreateScale(1, 0.85f, 1) * Matrix4x4.CreateTranslation(0, 0.0155f, 0), 36, 14);
        // Pink glaze on the upper half and sprinkles.
        var glaze = m.Paint(Paints.Srgb(235, 120, 170, 0.3f, 0, "glaze"));
        glaze.Torus(0.033f, 0.0165f, Matrix4x4.CreateScale(1.02f, 0.55f, 1.02f) * Matrix4x4.CreateTranslation(0, 0.02f, 0), 36, 14);
        byte[][] colours = [[250, 250, 250], [60, 140, 230], [250, 220, 60], [90, 200, 90]];
        for (var i = 0; i < 24; i++)
        {
            var a = i * 2.39996f; var d = 0.033f + r.RangeF(-0.012f, 0.012f);
            var c = colours[i % colours.Length];
            m.Paint(c[0], c[1], c[2], 0.4f, 0, "sprinkle").Box(new Vector3(MathF.Cos(a) * d, 0.0295f, MathF.Sin(a) * d), new Vector3(0.004f, 0.0012f, 0.0012f), rotY: r.RangeF(0, 3));
        }
    }

    private static void Cake(ModelBuilder m, ref SeededRandom r)
    {
        // Two-tier round cake on a board: icing, a sponge band, strawberries and a candle on top.
        m.Paint(Paints.Srgb(220, 220, 225, 0.3f, 0.6f, "board")).Cylinder(Matrix4x4.CreateScale(0.13f, 0.005f, 0.13f) * Matrix4x4.CreateTranslation(0, 0.005f, 0), 1, 36);
        m.Body.Cylinder(Matrix4x4.CreateScale(0.11f, 0.045f, 0.11f) * Matrix4x4.CreateTranslation(0, 0.055f, 0), 1, 40);
        m.Paint(Paints.Srgb(140, 80, 50, 0.8f, 0, "sponge")).Cylinder(Matrix4x4.CreateScale(0.1105f, 0.01f, 0.1105f) * Matrix4x4.CreateTranslation(0, 0.055f, 0), 1, 40);
        m.Body.Torus(0.105f, 0.008f, Matrix4x4.CreateTranslation(0, 0.1f, 0), 40, 8);
        m.Body.Cylinder(Matrix4x4.CreateScale(0.07f, 0.03f, 0.07f) * Matrix4x4.CreateTranslation(0, 0.13f, 0), 1, 32);
        var berry = m.Paint(Paints.Srgb(200, 20, 35, 0.4f, 0, "strawberry"));
        for (var i = 0; i < 8; i++) berry.Sphere(Matrix4x4.CreateScale(0.011f, 0.013f, 0.011f) * Matrix4x4.CreateTranslation(MathF.Cos(i * MathF.PI / 4) * 0.09f, 0.11f, MathF.Sin(i * MathF.PI / 4) * 0.09f), 10, 6);
        m.Paint(Paints.Srgb(120, 180, 230, 0.4f, 0, "candle")).Rod(new Vector3(0, 0.16f, 0), new Vector3(0, 0.21f, 0), 0.005f, 0.005f, 8);
        m.Paint(Paints.Srgb(255, 200, 60, 0.1f, 0, "flame")).Sphere(Matrix4x4.CreateScale(0.005f, 0.01f, 0.005f) * Matrix4x4.CreateTranslation(0, 0.222f, 0), 8, 6);
    }

    private static void Broccoli(ModelBuilder m, ref SeededRandom r)
    {
        // Pale stalk branching into a dome of green florets.
        var stalk = m.Paint(Paints.Srgb(150, 185, 100, 0.7f, 0, "stalk"));
        stalk.Rod(new Vector3(0, 0, 0), new Vector3(0, 0.09f, 0), 0.022f, 0.028f, 12);
        for (var i = 0; i < 14; i++)
        {
            var a = i * 2.39996f; var d = 0.065f * MathF.Sqrt((i + 0.5f) / 14f);
            var p = new Vector3(MathF.Cos(a) * d, 0.13f + 0.04f * (1 - d / 0.065f), MathF.Sin(a) * d);
            stalk.Rod(new Vector3(0, 0.08f, 0), p, 0.01f, 0.008f, 6);
            m.Body.Sphere(Matrix4x4.CreateScale(r.RangeF(0.028f, 0.036f)) * Matrix4x4.CreateTranslation(p), 12, 8);
        }
    }

    private static void Carrot(ModelBuilder m, ref SeededRandom r)
    {
        // Lying along X: a long cone with leafy tops at the back.
        m.Body.Lathe([new(0, 0), new(0.006f, 0.01f), new(0.012f, 0.06f), new(0.016f, 0.12f), new(0.018f, 0.15f), new(0.012f, 0.158f), new(0, 0.16f)], Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.08f, 0.018f, 0), 20);
        var leaf = m.Paint(Paints.Leaf);
        for (var i = -1; i <= 1; i++) leaf.Rod(new Vector3(-0.078f, 0.02f, 0), new Vector3(-0.12f, 0.02f + 0.012f * i, 0.012f * i), 0.003f, 0.004f, 6);
    }

    private static void Sandwich(ModelBuilder m, ref SeededRandom r)
    {
        // A triangular sandwich half: two slices of bread with lettuce, tomato and ham between.
        var tri = new Vector2[] { new(-0.06f, -0.06f), new(0.065f, -0.06f), new(-0.06f, 0.065f) };
        var flat = Matrix4x4.CreateRotationX(-MathF.PI / 2);
        m.Body.Extrude(tri, 0.012f, flat * Matrix4x4.CreateTranslation(0, 0.006f, 0));
        m.Paint(Paints.Srgb(90, 170, 60, 0.6f, 0, "lettuce")).Extrude(tri.Select(p => p * 1.08f).ToArray(), 0.006f, flat * Matrix4x4.CreateTranslation(0, 0.015f, 0));
        m.Paint(Paints.Srgb(220, 60, 50, 0.4f, 0, "tomato")).Extrude(tri.Select(p => p * 1.02f).ToArray(), 0.006f, flat * Matrix4x4.CreateTranslation(0, 0.021f, 0));
        m.Paint(Paints.Srgb(235, 160, 160, 0.6f, 0, "ham")).Extrude(tri.Select(p => p * 1.05f).ToArray(), 0.006f, flat * Matrix4x4.CreateTranslation(0, 0.027f, 0));
        m.Body.Extrude(tri, 0.012f, flat * Matrix4x4.CreateTranslation(0, 0.036f, 0));
        m.Paint(Paints.Srgb(170, 110, 60, 0.8f, 0, "crust")).Extrude(tri.Select(p => p * 1.03f).ToArray(), 0.008f, flat * Matrix4x4.CreateTranslation(0, 0.034f, 0));
    }

    private static void HotDog(ModelBuilder m, ref SeededRandom r)
    {
        // Bun halves either side of a sausage along X, a mustard zigzag on top.
        foreach (var s in new[] { 1f, -1f }) m.Body.Capsule(new Vector3(-0.07f, 0.022f, s * 0.016f), new Vector3(0.07f, 0.022f, s * 0.016f), 0.022f, 0.022f, 16);
        m.Paint(Paints.Srgb(165, 60, 40, 0.4f, 0, "sausage")).Capsule(new Vector3(-0.085f, 0.04f, 0), new Vector3(0.085f, 0.04f, 0), 0.013f, 0.013f, 14);
        var mustard = m.Paint(Paints.Srgb(240, 200, 30, 0.4f, 0, "mustard"));
        for (var i = 0; i < 8; i++)
        {
            var x0 = -0.07f + i * 0.0175f;
            mustard.Capsule(new Vector3(x0, 0.053f, (i % 2 == 0 ? -1 : 1) * 0.008f), new Vector3(x0 + 0.0175f, 0.053f, (i % 2 == 0 ? 1 : -1) * 0.008f), 0.0025f, 0.0025f, 6);
        }
    }
}
