using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A baby's room: a white slatted cot with a mattress and a mobile of coloured shapes over it, a rocking chair, a
/// changing dresser, stacked toy blocks and painted stars on the wall. Faces +Z, foot at the origin.
/// </summary>
internal static class NurseryProps
{
    private static readonly Material White = Paints.Srgb(246, 244, 238, 0.5f, 0, "cotwhite");
    private static readonly Material Sheet = Paints.Srgb(200, 225, 240, 0.9f, 0, "cotsheet") with { Pattern = "fabric" };
    private static readonly Material Oak = Paints.Srgb(180, 135, 90, 0.55f, 0, "rockeroak") with { Pattern = "wood" };
    private static readonly Material[] Toy =
    [
        Paints.Srgb(230, 70, 60, 0.5f, 0, "toyred"), Paints.Srgb(250, 200, 50, 0.5f, 0, "toyyellow"),
        Paints.Srgb(70, 150, 220, 0.5f, 0, "toyblue"), Paints.Srgb(90, 190, 110, 0.5f, 0, "toygreen"),
    ];

    /// <summary>A cot 1.3 × 0.7 m, rails 1.0 m high, slats all round, a blanket, and the mobile on its arm.</summary>
    public static Kit Cot { get; } = MakeCot();

    private static Kit MakeCot()
    {
        var k = new Kit();
        var w = k.Paint(White);
        foreach (var x in new[] { -0.65f, 0.65f })
            foreach (var z in new[] { -0.35f, 0.35f })
                w.Box(new Vector3(x, 0.55f, z), new Vector3(0.03f, 0.55f, 0.03f));
        foreach (var z in new[] { -0.35f, 0.35f })
        {
            w.Box(new Vector3(0, 1.0f, z), new Vector3(0.65f, 0.025f, 0.02f));
            w.Box(new Vector3(0, 0.32f, z), new Vector3(0.65f, 0.025f, 0.02f));
            for (var x = -0.56f; x <= 0.57f; x += 0.08f) w.Box(new Vector3(x, 0.66f, z), new Vector3(0.01f, 0.34f, 0.01f));
        }
        foreach (var x in new[] { -0.65f, 0.65f })
            for (var z = -0.27f; z <= 0.28f; z += 0.09f) w.Box(new Vector3(x, 0.66f, z), new Vector3(0.01f, 0.34f, 0.01f));
        k.Paint(Sheet).Box(new Vector3(0, 0.42f, 0), new Vector3(0.6f, 0.08f, 0.31f));
        k.Paint(Toy[0] with { Name = "blanket", Pattern = "fabric" }).Box(new Vector3(0.15f, 0.51f, 0), new Vector3(0.4f, 0.02f, 0.3f));
        // The mobile: an arm from the cot's corner, a hoop, shapes on threads.
        w.Rod(new Vector3(-0.65f, 1.0f, -0.35f), new Vector3(-0.65f, 1.75f, -0.35f), 0.015f, 0.015f, 5);
        w.Rod(new Vector3(-0.65f, 1.75f, -0.35f), new Vector3(0, 1.75f, 0), 0.012f, 0.012f, 5);
        k.Paint(White).Torus(0.22f, 0.008f, Matrix4x4.CreateTranslation(0, 1.6f, 0), 16, 4);
        w.Rod(new Vector3(0, 1.75f, 0), new Vector3(0, 1.6f, 0), 0.004f, 0.004f, 3);
        for (var i = 0; i < 5; i++)
        {
            var a = i * MathF.Tau / 5;
            var p = new Vector3(MathF.Cos(a) * 0.22f, 1.6f, MathF.Sin(a) * 0.22f);
            w.Rod(p, p - new Vector3(0, 0.15f, 0), 0.003f, 0.003f, 3);
            var m = k.Paint(Toy[i % Toy.Length]);
            if (i % 2 == 0) m.Sphere(Matrix4x4.CreateScale(0.05f) * Matrix4x4.CreateTranslation(p - new Vector3(0, 0.2f, 0)), 8, 5);
            else m.Extrude(Star(0.07f), 0.02f, Matrix4x4.CreateTranslation(p - new Vector3(0, 0.22f, 0)));
        }
        return k;
    }

    /// <summary>A five-pointed star outline of radius <paramref name="r"/>.</summary>
    public static Vector2[] Star(float r)
    {
        var points = new Vector2[10];
        for (var i = 0; i < 10; i++)
        {
            var a = MathF.PI / 2 + i * MathF.PI / 5;
            var rr = i % 2 == 0 ? r : r * 0.45f;
            points[i] = new Vector2(MathF.Cos(a) * rr, MathF.Sin(a) * rr);
        }
        return points;
    }

    /// <summary>A rocking chair on curved runners, a cushion on its seat.</summary>
    public static Kit RockingChair { get; } = MakeRocker();

    private static Kit MakeRocker()
    {
        var k = new Kit();
        var o = k.Paint(Oak);
        foreach (var x in new[] { -0.25f, 0.25f })
        {
            for (var i = 0; i < 6; i++)
            {
                var (a0, a1) = (-0.5f + i / 6f, -0.5f + (i + 1) / 6f);
                o.Rod(new Vector3(x, 1.2f - MathF.Cos(a0) * 1.2f + 0.03f, MathF.Sin(a0) * 1.2f * 0.55f), new Vector3(x, 1.2f - MathF.Cos(a1) * 1.2f + 0.03f, MathF.Sin(a1) * 1.2f * 0.55f), 0.022f, 0.022f, 5);
            }
            o.Rod(new Vector3(x, 0.05f, 0.2f), new Vector3(x, 0.45f, 0.2f), 0.02f, 0.02f, 5);
            o.Rod(new Vector3(x, 0.05f, -0.2f), new Vector3(x, 1.05f, -0.3f), 0.022f, 0.022f, 5);
            o.Rod(new Vector3(x, 0.65f, -0.25f), new Vector3(x, 0.65f, 0.22f), 0.018f, 0.018f, 5);
        }
        o.Box(new Vector3(0, 0.46f, 0), new Vector3(0.27f, 0.02f, 0.23f));
        for (var x = -0.2f; x <= 0.21f; x += 0.1f) o.Box(Matrix4x4.CreateScale(0.02f, 0.28f, 0.01f) * Matrix4x4.CreateRotationX(-0.2f) * Matrix4x4.CreateTranslation(x, 0.78f, -0.26f));
        o.Box(new Vector3(0, 1.05f, -0.3f), new Vector3(0.27f, 0.03f, 0.02f));
        k.Paint(Toy[2] with { Name = "cushion", Pattern = "fabric" }).Box(new Vector3(0, 0.5f, 0.0f), new Vector3(0.22f, 0.03f, 0.2f));
        return k;
    }

    /// <summary>A stack of toy blocks, a ball and a little pull-along toy on the floor.</summary>
    public static Kit Toys { get; } = MakeToys();

    private static Kit MakeToys()
    {
        var k = new Kit();
        for (var i = 0; i < 6; i++)
        {
            var (x, y) = (i < 3 ? -0.1f + i * 0.1f : -0.05f + (i - 3) * 0.1f, i < 3 ? 0.045f : i < 5 ? 0.135f : 0.225f);
            if (i == 5) x = 0;
            k.Paint(Toy[i % Toy.Length]).Box(new Vector3(x, y, 0), new Vector3(0.045f, 0.045f, 0.045f), 0, 0.2f * i);
        }
        k.Paint(Toy[1]).Sphere(Matrix4x4.CreateScale(0.1f) * Matrix4x4.CreateTranslation(0.45f, 0.1f, 0.15f), 12, 8);
        k.Paint(Toy[3]).Box(new Vector3(-0.45f, 0.08f, 0.1f), new Vector3(0.12f, 0.05f, 0.07f));
        foreach (var x in new[] { -0.54f, -0.36f })
            foreach (var z in new[] { 0.02f, 0.18f })
                k.Paint(Toy[0]).Cylinder(Matrix4x4.CreateScale(0.035f, 0.01f, 0.035f) * Matrix4x4.CreateRotationX(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0.035f, z), 1, 10);
        return k;
    }

    /// <summary>A low dresser with a changing mat on top.</summary>
    public static Kit Dresser { get; } = MakeDresser();

    private static Kit MakeDresser()
    {
        var k = new Kit();
        k.Paint(White).Box(new Vector3(0, 0.45f, 0), new Vector3(0.5f, 0.45f, 0.25f));
        for (var d = 0; d < 3; d++)
            k.Paint(Paints.Srgb(225, 222, 215, 0.5f, 0, "drawer")).Box(new Vector3(0, 0.17f + d * 0.28f, 0.255f), new Vector3(0.46f, 0.12f, 0.005f));
        k.Paint(Sheet).Box(new Vector3(0, 0.95f, 0), new Vector3(0.45f, 0.05f, 0.24f));
        return k;
    }
}
