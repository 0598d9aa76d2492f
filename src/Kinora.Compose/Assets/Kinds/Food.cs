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
        new("apple", 0.09, "fabric", Paints.Srgb(200, 30, 35, 0.3f, 0, "peel") with { Albedo = Textures.KitchenPrints.AppleSkin }, Apple),
        new("orange", 0.085, "fabric", Paints.Srgb(252, 150, 25, 0.45f, 0, "peel") with { Albedo = Textures.KitchenPrints.Peel }, Orange),
        new("banana", 0.2, "fabric", Paints.Srgb(245, 215, 60, 0.5f, 0, "peel"), Banana),
        new("pizza", 0.34, "fabric", Paints.Srgb(205, 135, 60, 0.75f, 0, "crust"), Pizza),
        new("donut", 0.1, "fabric", Paints.Srgb(195, 125, 60, 0.7f, 0, "dough"), Donut) { Aliases = ["doughnut"] },
        new("cake", 0.26, "fabric", Paints.Srgb(250, 240, 230, 0.6f, 0, "icing"), Cake),
        new("broccoli", 0.22, "fabric", Paints.Srgb(255, 255, 255, 0.85f, 0, "florets") with { Albedo = Textures.KitchenPrints.Florets }, Kinds.Broccoli.OnPlate), // Food/Broccoli.cs
        new("carrot", 0.2, "fabric", Paints.Srgb(245, 125, 25, 0.55f, 0, "carrot") with { Albedo = Textures.KitchenPrints.CarrotRings }, Carrot),
        new("sandwich", 0.14, "fabric", Paints.Srgb(185, 125, 65, 0.8f, 0, "crust"), Sandwich),
        new("hot dog", 0.2, "fabric", Paints.Srgb(205, 135, 60, 0.6f, 0, "bun"), HotDog),
    ];

    private static void Apple(ModelBuilder m, ref SeededRandom r)
    {
        // Apple profile: dimple at the top and bottom, widest just above the middle, glossy streaked skin (yellow
        // streaks from stalk to base), a stalk and one leaf.
        m.Body.Lathe([new(0, 0.006f), new(0.015f, 0.002f), new(0.03f, 0.006f), new(0.04f, 0.02f), new(0.0445f, 0.04f), new(0.043f, 0.058f), new(0.035f, 0.072f), new(0.018f, 0.076f), new(0.006f, 0.07f), new(0, 0.066f)], Matrix4x4.Identity, 40);
        m.Paint(Paints.Srgb(90, 60, 30, 0.8f, 0, "stalk")).Rod(new Vector3(0, 0.066f, 0), new Vector3(0.004f, 0.088f, 0), 0.0025f, 0.002f, 8);
        m.Paint(Paints.Leaf).Sphere(Matrix4x4.CreateScale(0.022f, 0.0025f, 0.01f) * Matrix4x4.CreateRotationZ(0.5f) * Matrix4x4.CreateTranslation(0.02f, 0.086f, 0.004f), 14, 6);
    }

    private static void Orange(ModelBuilder m, ref SeededRandom r)
    {
        // Slightly flattened sphere with pitted peel and the small green star of the calyx on top; no stalk or
        // leaf (those say "apple").
        m.Body.Sphere(Matrix4x4.CreateScale(0.0425f, 0.04f, 0.0425f) * Matrix4x4.CreateTranslation(0, 0.04f, 0), 40, 20);
        m.Paint(Paints.Srgb(90, 110, 40, 0.7f, 0, "calyx")).Cylinder(Matrix4x4.CreateScale(0.006f, 0.0015f, 0.006f) * Matrix4x4.CreateTranslation(0, 0.0798f, 0), 1, 10);
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
        // A round pizza (33 cm) cut in eight with one slice taken: the gap shows the layers and breaks the disc
        // that otherwise reads as a frisbee. A puffy browned crust runs round the rim; the top is printed (melted
        // cheese over tomato, browned blisters, pepperoni, peppers, olives) and crossed by the slicing cuts.
        const float radius = 0.158f, gap = MathF.PI / 4;
        const int steps = 42;
        // The outline in unit-disc coordinates about (0.5, 0.5): the extruded caps take it as their UVs.
        var outline = new List<Vector2> { new(0.5f, 0.5f) };
        for (var i = 0; i <= steps; i++)
        {
            var a = gap / 2 + (2 * MathF.PI - gap) * i / steps;
            outline.Add(new(0.5f + 0.5f * MathF.Cos(a), 0.5f + 0.5f * MathF.Sin(a)));
        }
        Matrix4x4 Flat(float r0, float y) => Matrix4x4.CreateTranslation(-0.5f, -0.5f, 0) * Matrix4x4.CreateScale(2 * r0, 2 * r0, 1) * Matrix4x4.CreateRotationX(-MathF.PI / 2) * Matrix4x4.CreateTranslation(0, y, 0);
        m.Paint(Paints.Srgb(200, 140, 70, 0.8f, 0, "base")).Extrude(outline, 0.012f, Flat(radius, 0.006f));
        m.Paint(Paints.Srgb(255, 255, 255, 0.55f, 0, "topping") with { Albedo = Textures.KitchenPrints.PizzaTop }).Extrude(outline, 0.006f, Flat(radius - 0.012f, 0.014f));
        // The crust: a chain of overlapping capsules along the rim, skipping the taken slice.
        var crustR = radius - 0.008f;
        for (var i = 0; i < steps; i++)
        {
            float A(int k) => gap / 2 + 0.06f + (2 * MathF.PI - gap - 0.12f) * k / steps;
            var p0 = new Vector3(crustR * MathF.Cos(A(i)), 0.016f, -crustR * MathF.Sin(A(i)));
            var p1 = new Vector3(crustR * MathF.Cos(A(i + 1)), 0.016f, -crustR * MathF.Sin(A(i + 1)));
            m.Body.Capsule(p0, p1, 0.014f, 0.014f, 12);
        }
        var cut = m.Paint(Paints.Srgb(140, 70, 35, 0.8f, 0, "cut"));
        for (var i = 1; i < 8; i++)
        {
            var a = gap / 2 + i * gap;
            var d = new Vector3(MathF.Cos(a), 0, -MathF.Sin(a));
            cut.Box(Matrix4x4.CreateScale(0.07f, 0.0012f, 0.0012f) * Matrix4x4.CreateRotationY(a) * Matrix4x4.CreateTranslation(d * 0.075f + new Vector3(0, 0.0172f, 0)));
        }
        // Turn the gap towards the front (+Z, a little to +X) where the layers at the cut show.
        m.Transform(Matrix4x4.CreateRotationY(-1.22f));
    }

    private static void Donut(ModelBuilder m, ref SeededRandom r)
    {
        // A 10 cm ring doughnut: golden-brown dough with the pale band round its middle where it floated in the
        // fryer, and pink icing with rainbow sprinkles over the top half.
        m.Body.Torus(0.032f, 0.019f, Matrix4x4.CreateScale(1, 0.9f, 1) * Matrix4x4.CreateTranslation(0, 0.0171f, 0), 48, 16);
        m.Paint(Paints.Srgb(235, 200, 140, 0.8f, 0, "band")).Torus(0.032f, 0.0192f, Matrix4x4.CreateScale(1, 0.2f, 1) * Matrix4x4.CreateTranslation(0, 0.0155f, 0), 48, 16);
        var glaze = m.Paint(Paints.Srgb(240, 130, 180, 0.3f, 0, "icing") with { Albedo = Textures.KitchenPrints.Sprinkles });
        glaze.Torus(0.032f, 0.0175f, Matrix4x4.CreateScale(1.03f, 0.62f, 1.03f) * Matrix4x4.CreateTranslation(0, 0.0235f, 0), 48, 16);
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

    private static void Carrot(ModelBuilder m, ref SeededRandom r)
    {
        // Lying along X: a long ringed root tapering to a point, with a fan of feathery green tops at the back.
        m.Body.Lathe([new(0, 0), new(0.004f, 0.008f), new(0.009f, 0.04f), new(0.014f, 0.09f), new(0.018f, 0.14f), new(0.02f, 0.16f), new(0.017f, 0.168f), new(0, 0.17f)], Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(0.085f, 0.02f, 0), 28);
        var leaf = m.Paint(Paints.Srgb(70, 140, 45, 0.7f, 0, "carrottop"));
        var stemBase = new Vector3(-0.085f, 0.02f, 0);
        for (var i = 0; i < 7; i++)
        {
            var a = (i - 3) * 0.22f;
            var tip = stemBase + new Vector3(-0.09f * MathF.Cos(a), 0.01f + 0.015f * MathF.Abs(MathF.Sin(a * 2)), 0.09f * MathF.Sin(a));
            leaf.Rod(stemBase, tip, 0.0025f, 0.0015f, 6);
            for (var k = 1; k <= 4; k++)
            {
                var p = Vector3.Lerp(stemBase, tip, 0.25f + 0.18f * k);
                leaf.Sphere(Matrix4x4.CreateScale(0.012f, 0.002f, 0.006f) * Matrix4x4.CreateRotationY(a + (k % 2 == 0 ? 0.6f : -0.6f)) * Matrix4x4.CreateTranslation(p), 8, 4);
            }
        }
    }

    private static void Sandwich(ModelBuilder m, ref SeededRandom r)
    {
        // A triangular sandwich half, cut face towards the camera: two thick slices of white bread (crumb on the
        // faces, brown crust round the edges) round lettuce, tomato, cheese and ham that show at the cut.
        var tri = new Vector2[] { new(-0.06f, -0.06f), new(0.065f, -0.06f), new(-0.06f, 0.065f) };
        Vector2[] Grow(float k, float shift = 0) => tri.Select(p => p * k + new Vector2(shift, -shift)).ToArray();
        var flat = Matrix4x4.CreateRotationX(-MathF.PI / 2);
        var crumb = m.Paint(Paints.Srgb(250, 238, 210, 0.85f, 0, "crumb") with { Albedo = Textures.KitchenPrints.Crumb });
        var crust = m.Body;
        foreach (var y in new[] { 0.01f, 0.047f })
        {
            crust.Extrude(tri, 0.02f, flat * Matrix4x4.CreateTranslation(0, y, 0));
            crumb.Extrude(Grow(0.94f, 0.004f), 0.0205f, flat * Matrix4x4.CreateTranslation(0.002f, y, 0.002f));
        }
        m.Paint(Paints.Srgb(100, 185, 60, 0.6f, 0, "lettuce")).Extrude(Grow(1.1f), 0.005f, flat * Matrix4x4.CreateTranslation(0, 0.0225f, 0));
        m.Paint(Paints.Srgb(225, 50, 40, 0.35f, 0, "tomato")).Extrude(Grow(1.04f), 0.006f, flat * Matrix4x4.CreateTranslation(0, 0.028f, 0));
        m.Paint(Paints.Srgb(250, 200, 60, 0.5f, 0, "cheese")).Extrude(Grow(1.07f), 0.003f, flat * Matrix4x4.CreateTranslation(0, 0.0325f, 0));
        m.Paint(Paints.Srgb(235, 150, 150, 0.6f, 0, "ham")).Extrude(Grow(1.05f), 0.002f, flat * Matrix4x4.CreateTranslation(0, 0.0355f, 0));
    }

    private static void HotDog(ModelBuilder m, ref SeededRandom r)
    {
        // A split bun (golden outside, pale crumb inside) along X holding a long red-brown sausage that sticks
        // out at both ends, a yellow mustard zigzag along the top.
        var inside = m.Paint(Paints.Srgb(245, 225, 180, 0.85f, 0, "crumb") with { Albedo = Textures.KitchenPrints.Crumb });
        foreach (var s in new[] { 1f, -1f })
        {
            m.Body.Capsule(new Vector3(-0.068f, 0.024f, s * 0.019f), new Vector3(0.068f, 0.024f, s * 0.019f), 0.023f, 0.023f, 20);
            inside.Capsule(new Vector3(-0.066f, 0.03f, s * 0.009f), new Vector3(0.066f, 0.03f, s * 0.009f), 0.016f, 0.016f, 14);
        }
        m.Paint(Paints.Srgb(160, 55, 35, 0.35f, 0, "sausage")).Capsule(new Vector3(-0.092f, 0.043f, 0), new Vector3(0.092f, 0.043f, 0), 0.0135f, 0.0135f, 18);
        var mustard = m.Paint(Paints.Srgb(245, 200, 25, 0.4f, 0, "mustard"));
        for (var i = 0; i < 10; i++)
        {
            var x0 = -0.075f + i * 0.015f;
            mustard.Capsule(new Vector3(x0, 0.0565f, (i % 2 == 0 ? -1 : 1) * 0.009f), new Vector3(x0 + 0.015f, 0.0565f, (i % 2 == 0 ? 1 : -1) * 0.009f), 0.003f, 0.003f, 8);
        }
    }
}
