using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Props;

/// <summary>
/// Furniture of cafés, bars, galleries and gyms: a café table for four, a bar counter (1.1 m, 2 m long) with a
/// back bar of bottles and stools, a pendant lamp hung from a 3 m ceiling, a gallery bench and a plinth with a
/// sculpture, a treadmill, a dumbbell rack and a weight bench. Backs to −Z.
/// </summary>
public static class LeisureFurniture
{
    private static readonly Material Leather = Paints.Srgb(40, 30, 28, 0.6f, 0, "gymleather");
    private static readonly Material Bottle = Paints.Srgb(60, 110, 70, 0.1f, 0, "bottle");
    private static readonly Material Amber = Paints.Srgb(150, 90, 30, 0.1f, 0, "amberbottle");

    /// <summary>Where a pendant's bulb hangs, from its foot on the floor.</summary>
    public static readonly Vector3 PendantBulb = new(0, 2.15f, 0);
    public static Kit CafeTable { get; } = MakeCafeTable();
    public static Kit Bar { get; } = MakeBar();
    public static Kit Pendant { get; } = MakePendant(false);
    public static Kit PendantLit { get; } = MakePendant(true);
    public static Kit GalleryBench { get; } = MakeGalleryBench();
    public static Kit Plinth { get; } = MakePlinth();
    public static Kit Treadmill { get; } = MakeTreadmill();
    public static Kit DumbbellRack { get; } = MakeDumbbellRack();
    public static Kit WeightBench { get; } = MakeWeightBench();

    private static Kit MakeCafeTable()
    {
        var k = new Kit();
        k.Paint(Paints.Wood).Cylinder(Matrix4x4.CreateScale(0.45f, 0.02f, 0.45f) * Matrix4x4.CreateTranslation(0, 0.74f, 0), 1, 16);
        k.Paint(Paints.Black).Rod(Vector3.Zero, new Vector3(0, 0.73f, 0), 0.04f, 0.04f, 6);
        k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.25f, 0.015f, 0.25f) * Matrix4x4.CreateTranslation(0, 0.015f, 0), 1, 10);
        for (var i = 0; i < 4; i++)
        {
            var a = i * MathF.Tau / 4 + MathF.PI / 4;
            var c = new Vector3(MathF.Cos(a), 0, MathF.Sin(a)) * 0.62f;
            var seat = k.Paint(Paints.DarkWood);
            seat.Box(c + new Vector3(0, 0.45f, 0), new Vector3(0.2f, 0.02f, 0.2f), 0, -a);
            seat.Box(c * 1.3f + new Vector3(0, 0.7f, 0), new Vector3(0.02f, 0.22f, 0.19f), 0, -a);
            foreach (var s in new[] { -0.16f, 0.16f })
                foreach (var t in new[] { -0.16f, 0.16f })
                {
                    var leg = c + Vector3.Transform(new Vector3(s, 0, t), Quaternion.CreateFromAxisAngle(Vector3.UnitY, -a));
                    k.Paint(Paints.Black).Box(leg + new Vector3(0, 0.22f, 0), new Vector3(0.012f, 0.22f, 0.012f));
                }
        }
        return k;
    }

    private static Kit MakeBar()
    {
        var k = new Kit();
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 0.53f, 0.3f), new Vector3(1.0f, 0.53f, 0.28f));
        k.Paint(Paints.Srgb(30, 25, 22, 0.2f, 0, "bartop")).Box(new Vector3(0, 1.08f, 0.32f), new Vector3(1.02f, 0.03f, 0.32f));
        k.Paint(Paints.Srgb(185, 150, 70, 0.3f, 1, "brassrail")).Rod(new Vector3(-1, 0.2f, 0.62f), new Vector3(1, 0.2f, 0.62f), 0.02f, 0.02f, 6);
        // Back bar: shelves of bottles against the wall.
        k.Paint(Paints.DarkWood).Box(new Vector3(0, 1.4f, -0.4f), new Vector3(1.0f, 1.4f, 0.05f));
        for (var shelf = 0; shelf < 3; shelf++)
        {
            var y = 1.2f + shelf * 0.45f;
            k.Paint(Paints.DarkWood).Box(new Vector3(0, y, -0.28f), new Vector3(1.0f, 0.015f, 0.1f));
            for (var i = 0; i < 14; i++)
                k.Paint((i + shelf) % 3 == 0 ? Amber : Bottle).Capsule(new Vector3(-0.9f + i * 0.14f, y + 0.05f, -0.28f), new Vector3(-0.9f + i * 0.14f, y + 0.22f, -0.28f), 0.035f, 0.018f, 6);
        }
        // Stools on the customers' side.
        foreach (var x in new[] { -0.6f, 0.1f, 0.8f })
        {
            k.Paint(Paints.Chrome).Rod(new Vector3(x, 0, 0.95f), new Vector3(x, 0.72f, 0.95f), 0.025f, 0.025f, 6);
            k.Paint(Leather).Cylinder(Matrix4x4.CreateScale(0.19f, 0.04f, 0.19f) * Matrix4x4.CreateTranslation(x, 0.76f, 0.95f), 1, 10);
        }
        return k;
    }

    private static Kit MakePendant(bool lit)
    {
        var k = new Kit();
        k.Paint(Paints.Black).Rod(new Vector3(0, 2.3f, 0), new Vector3(0, 3.0f, 0), 0.006f, 0.006f, 4);
        k.Paint(Paints.Srgb(30, 32, 35, 0.4f, 0.6f, "pendantshade")).Cylinder(Matrix4x4.CreateScale(0.22f, 0.12f, 0.22f) * Matrix4x4.CreateTranslation(0, 2.28f, 0), 0.25f, 12);
        k.Paint(lit ? Palette.LampGlow : Palette.LampOff).Sphere(Matrix4x4.CreateScale(0.07f) * Matrix4x4.CreateTranslation(PendantBulb), 8, 5);
        return k;
    }

    private static Kit MakeGalleryBench()
    {
        var k = new Kit();
        k.Paint(Leather).Box(new Vector3(0, 0.42f, 0), new Vector3(0.9f, 0.06f, 0.25f));
        k.Paint(Paints.Chrome).Box(new Vector3(-0.75f, 0.18f, 0), new Vector3(0.03f, 0.18f, 0.2f));
        k.Paint(Paints.Chrome).Box(new Vector3(0.75f, 0.18f, 0), new Vector3(0.03f, 0.18f, 0.2f));
        return k;
    }

    private static Kit MakePlinth()
    {
        var k = new Kit();
        k.Paint(Paints.White).Box(new Vector3(0, 0.5f, 0), new Vector3(0.25f, 0.5f, 0.25f));
        var bronze = k.Paint(Paints.Srgb(140, 95, 50, 0.35f, 1, "bronze"));
        bronze.Ellipsoid(new Vector3(0, 1.25f, 0), new Vector3(0.12f, 0.25f, 0.1f), 0.3f, 0, 10, 7);
        bronze.Torus(0.12f, 0.035f, Matrix4x4.CreateRotationX(1.2f) * Matrix4x4.CreateTranslation(0.05f, 1.5f, 0), 14, 6);
        return k;
    }

    private static Kit MakeTreadmill()
    {
        var k = new Kit();
        k.Paint(Paints.Srgb(50, 52, 56, 0.5f, 0.3f, "machine")).Box(new Vector3(0, 0.12f, 0), new Vector3(0.9f, 0.1f, 0.38f));
        k.Paint(Paints.Black).Box(new Vector3(0, 0.23f, 0), new Vector3(0.8f, 0.01f, 0.3f));
        foreach (var z in new[] { -0.36f, 0.36f }) k.Paint(Paints.Steel).Rod(new Vector3(-0.8f, 0.2f, z), new Vector3(-0.95f, 1.2f, z), 0.03f, 0.03f, 6);
        k.Paint(Paints.Srgb(50, 52, 56, 0.5f, 0.3f, "machine")).Box(new Vector3(-0.95f, 1.25f, 0), new Vector3(0.12f, 0.1f, 0.4f));
        return k;
    }

    private static Kit MakeDumbbellRack()
    {
        var k = new Kit();
        var frame = k.Paint(Paints.Black);
        frame.Box(new Vector3(0, 0.45f, 0), new Vector3(0.9f, 0.03f, 0.18f), rotZ: 0);
        frame.Box(new Vector3(0, 0.8f, -0.08f), new Vector3(0.9f, 0.03f, 0.12f));
        foreach (var x in new[] { -0.85f, 0.85f }) frame.Box(new Vector3(x, 0.42f, 0), new Vector3(0.03f, 0.42f, 0.2f));
        for (var i = 0; i < 6; i++)
            foreach (var (y, z) in new[] { (0.52f, 0.02f), (0.87f, -0.08f) })
            {
                var x = -0.7f + i * 0.28f;
                var r = 0.05f + 0.01f * i;
                k.Paint(Paints.Steel).Rod(new Vector3(x - 0.12f, y + r, z), new Vector3(x + 0.12f, y + r, z), 0.015f, 0.015f, 6);
                foreach (var s in new[] { -0.1f, 0.1f })
                    k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(r, 0.03f, r) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(x + s, y + r, z), 1, 10);
            }
        return k;
    }

    private static Kit MakeWeightBench()
    {
        var k = new Kit();
        k.Paint(Leather).Box(new Vector3(0, 0.45f, 0), new Vector3(0.6f, 0.05f, 0.15f));
        k.Paint(Paints.Steel).Box(new Vector3(0, 0.2f, 0), new Vector3(0.45f, 0.2f, 0.03f));
        foreach (var x in new[] { -0.5f, 0.5f }) k.Paint(Paints.Steel).Rod(new Vector3(x, 0, 0), new Vector3(x, 1.1f, -0.0f), 0.03f, 0.03f, 6);
        k.Paint(Paints.Chrome).Rod(new Vector3(-1.0f, 1.1f, 0), new Vector3(1.0f, 1.1f, 0), 0.015f, 0.015f, 6);
        foreach (var x in new[] { -0.85f, 0.85f })
            k.Paint(Paints.Black).Cylinder(Matrix4x4.CreateScale(0.22f, 0.04f, 0.22f) * Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 1.1f, 0), 1, 14);
        return k;
    }
}
