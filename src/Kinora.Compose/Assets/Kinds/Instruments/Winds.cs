using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds;

/// <summary>
/// Wind instruments, lying along X as they are photographed on a cloth, the end blown into at −X: a silver concert
/// flute (0.67 m, a 19 mm tube with a lip plate near its head and a row of key cups) and a brass trumpet (0.48 m: a
/// flared bell, the leadpipe under the bell tube, three piston valves with pearl buttons between them, the tuning
/// slide's U-bend in front, a cupped mouthpiece). <see cref="FluteLip"/> and <see cref="TrumpetLip"/> are where the
/// lips go (design frame).
/// </summary>
public static class Winds
{
    public const float FluteLength = 0.67f, FluteRadius = 0.0095f;
    public static readonly Vector3 FluteLip = new(0.06f, FluteRadius, 0);
    public static readonly Vector3 TrumpetLip = new(-0.265f, -0.045f, 0);

    public static void Flute(ModelBuilder m, ref SeededRandom r)
    {
        var silver = m.Body;
        var pad = m.Paint(Paints.Srgb(215, 215, 220, 0.2f, 1, "keys"));
        silver.Rod(Vector3.Zero, new Vector3(FluteLength, 0, 0), FluteRadius, FluteRadius, 16);
        silver.Sphere(Matrix4x4.CreateScale(0.006f, FluteRadius * 1.05f, FluteRadius * 1.05f), 12, 8); // crown
        pad.Ellipsoid(FluteLip + new Vector3(0, 0.001f, 0), new Vector3(0.016f, 0.003f, 0.011f), slices: 16, stacks: 6); // lip plate
        m.Paint(Paints.Black).Ellipsoid(FluteLip + new Vector3(0, 0.004f, 0), new Vector3(0.005f, 0.0015f, 0.004f), slices: 10, stacks: 4); // embouchure hole
        // Ring joints where the head and foot fit the body.
        foreach (var x in new[] { 0.2f, 0.58f }) pad.Torus(FluteRadius + 0.001f, 0.0015f, Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(x, 0, 0), 20, 5);
        // Key cups along the top and the rod of the mechanism beside them.
        for (var i = 0; i < 13; i++)
        {
            var x = 0.26f + i * 0.026f;
            pad.Cylinder(Matrix4x4.CreateScale(0.0065f, 0.002f, 0.0065f) * Matrix4x4.CreateTranslation(x, FluteRadius + 0.002f, i % 4 == 3 ? 0.006f : 0), 1, 12);
        }
        pad.Rod(new Vector3(0.25f, FluteRadius * 0.7f, -0.011f), new Vector3(0.62f, FluteRadius * 0.7f, -0.011f), 0.0018f, 0.0018f, 6);
    }

    public static void Trumpet(ModelBuilder m, ref SeededRandom r)
    {
        var brass = m.Body;
        var pearl = m.Paint(Paints.Srgb(240, 235, 225, 0.25f, 0, "pearl"));
        // Bell: a lathe about +X flaring from the throat to a 12 cm rim.
        var bell = new List<Vector2>();
        for (var i = 0; i <= 12; i++)
        {
            var u = i / 12f;
            bell.Add(new Vector2(0.0065f + 0.055f * MathF.Pow(u, 4), 0.27f * u));
        }
        bell.Add(new Vector2(0.064f, 0.27f)); // the rolled rim
        brass.Lathe(bell, Matrix4x4.CreateRotationZ(-MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.03f, 0, 0), 32);
        brass.Rod(new Vector3(-0.1f, 0, 0), new Vector3(-0.03f, 0, 0), 0.0065f, 0.0065f, 10);
        // Leadpipe below the bell tube, from the mouthpiece to the valves.
        const float low = -0.045f;
        brass.Rod(new Vector3(-0.235f, low, 0), new Vector3(0.1f, low, 0), 0.005f, 0.0065f, 10);
        brass.Lathe([new(0.002f, 0), new(0.004f, 0.025f), new(0.012f, 0.04f), new(0.012f, 0.045f), new(0, 0.045f)],
            Matrix4x4.CreateRotationZ(MathF.PI / 2) * Matrix4x4.CreateTranslation(-0.22f, low, 0), 16); // mouthpiece cup
        // Tuning slide: a U-bend in front joining the two tubes.
        for (var i = 0; i < 6; i++)
        {
            var a0 = -MathF.PI / 2 + MathF.PI * i / 6;
            var a1 = -MathF.PI / 2 + MathF.PI * (i + 1) / 6;
            var c = new Vector3(0.1f, low / 2, 0);
            var rr = -low / 2;
            brass.Rod(c + new Vector3(rr * MathF.Cos(a0), rr * MathF.Sin(a0), 0), c + new Vector3(rr * MathF.Cos(a1), rr * MathF.Sin(a1), 0), 0.0065f, 0.0065f, 8);
        }
        // Three valves standing through both tubes, buttons on top.
        for (var i = 0; i < 3; i++)
        {
            var x = -0.085f + i * 0.026f;
            brass.Rod(new Vector3(x, low - 0.03f, 0), new Vector3(x, 0.03f, 0), 0.0095f, 0.0095f, 14);
            brass.Rod(new Vector3(x, 0.03f, 0), new Vector3(x, 0.05f, 0), 0.003f, 0.003f, 6);
            pearl.Cylinder(Matrix4x4.CreateScale(0.008f, 0.004f, 0.008f) * Matrix4x4.CreateTranslation(x, 0.054f, 0), 1, 14);
        }
    }
}
