using System.Numerics;
using Kinora.Compose.Assets;

namespace Kinora.Compose.Scenery.Places.Venues;

/// <summary>
/// A mounted theropod skeleton (a tyrannosaur's build, about 8 m nose to tail, hips 2.6 m up) on its low plinth, the
/// centrepiece a viewer names a museum by: a chain of vertebrae with their spines from the tail tip to a big skull
/// with open jaws, arched ribs, the pelvis, long hind legs with three-toed feet, tiny arms, and the steel rods that
/// hold it up. Head towards +X, the plinth's centre at the origin.
/// </summary>
internal static class DinosaurSkeleton
{
    private static readonly Material Bone = Paints.Srgb(205, 190, 155, 0.75f, 0, "bone") with { Pattern = "stone" };
    private static readonly Material Socket = Paints.Srgb(40, 32, 25, 0.9f, 0, "bonesocket");
    private static readonly Material Plinth = Paints.Srgb(35, 35, 38, 0.6f, 0, "plinth");

    /// <summary>The spine's line, tail tip to the back of the skull (x, y in metres).</summary>
    private static readonly Vector2[] Spine =
    [
        new(-4.6f, 0.9f), new(-3.4f, 1.45f), new(-2.0f, 2.1f), new(-0.8f, 2.55f), new(0, 2.7f),
        new(0.9f, 2.75f), new(1.8f, 2.6f), new(2.4f, 2.75f), new(2.8f, 3.1f),
    ];

    public static Kit Make()
    {
        var k = new Kit();
        var bone = k.Paint(Bone);
        k.Paint(Plinth).Box(new Vector3(-0.5f, 0.12f, 0), new Vector3(4.6f, 0.12f, 1.1f));
        // Vertebrae every 0.2 m along the spine, shrinking towards the tail tip, each with its upright spine.
        var steps = 0;
        for (var i = 0; i < Spine.Length - 1; i++)
        {
            var (a, b) = (Spine[i], Spine[i + 1]);
            var n = (int)MathF.Ceiling(Vector2.Distance(a, b) / 0.2f);
            for (var j = 0; j < n; j++, steps++)
            {
                var p = Vector2.Lerp(a, b, (float)j / n);
                var size = 0.05f + 0.08f * MathF.Min(1, (p.X + 4.6f) / 4.2f);
                bone.Ellipsoid(new Vector3(p.X, p.Y, 0), new Vector3(0.085f, size, size), 0, 0, 6, 4);
                if (p.X < 2.3f) bone.Box(new Vector3(p.X, p.Y + size * 2.2f, 0), new Vector3(0.025f, size * 1.3f, 0.02f));
            }
        }
        // Ribs from the back down round the belly, longest behind the shoulders.
        for (var i = 0; i < 9; i++)
        {
            var x = 0.3f + i * 0.19f;
            var top = SpineY(x);
            var len = 1.5f - MathF.Abs(i - 5) * 0.15f;
            foreach (var s in new[] { -1f, 1f })
            {
                var p0 = new Vector3(x, top - 0.05f, s * 0.08f);
                var p1 = new Vector3(x + 0.05f, top - 0.3f * len, s * 0.45f);
                var p2 = new Vector3(x + 0.12f, top - 0.75f * len, s * 0.48f);
                var p3 = new Vector3(x + 0.2f, top - len, s * 0.22f);
                bone.Rod(p0, p1, 0.03f, 0.028f, 5);
                bone.Rod(p1, p2, 0.028f, 0.024f, 5);
                bone.Rod(p2, p3, 0.024f, 0.018f, 5);
            }
        }
        foreach (var s in new[] { -1f, 1f })
        {
            // Pelvis and hind leg: femur, shin, foot bones, three toes.
            bone.Ellipsoid(new Vector3(0, 2.35f, s * 0.22f), new Vector3(0.65f, 0.32f, 0.06f), 0.1f, 0, 10, 5);
            var (hip, knee, ankle, ball) = (new Vector3(0, 2.25f, s * 0.34f), new Vector3(0.4f, 1.3f, s * 0.4f), new Vector3(0.0f, 0.5f, s * 0.38f), new Vector3(0.32f, 0.3f, s * 0.38f));
            bone.Capsule(hip, knee, 0.1f, 0.08f, 7);
            bone.Capsule(knee, ankle, 0.08f, 0.06f, 7);
            bone.Capsule(ankle, ball, 0.055f, 0.045f, 6);
            foreach (var t in new[] { -0.12f, 0, 0.12f })
                bone.Capsule(ball, new Vector3(0.72f, 0.27f, s * 0.38f + t), 0.035f, 0.015f, 5);
            // The tiny arm.
            var shoulder = new Vector3(1.9f, 2.15f, s * 0.3f);
            bone.Capsule(shoulder, shoulder + new Vector3(0.25f, -0.35f, s * 0.05f), 0.035f, 0.03f, 5);
            bone.Capsule(shoulder + new Vector3(0.25f, -0.35f, s * 0.05f), shoulder + new Vector3(0.45f, -0.25f, s * 0.05f), 0.03f, 0.02f, 5);
        }
        // Skull: a deep box of a head with open jaws, dark eye sockets and the window behind them.
        var head = new Vector3(3.3f, 3.2f, 0);
        bone.Ellipsoid(head, new Vector3(0.65f, 0.3f, 0.22f), -0.15f, 0, 12, 6);
        bone.Ellipsoid(head + new Vector3(0.15f, -0.32f, 0), new Vector3(0.6f, 0.09f, 0.18f), -0.35f, 0, 10, 4);
        var teeth = k.Paint(Paints.Srgb(235, 228, 205, 0.5f, 0, "teeth"));
        for (var t = 0; t < 7; t++)
        {
            var tx = head.X + 0.05f + t * 0.08f;
            foreach (var s in new[] { -1f, 1f })
                teeth.Rod(new Vector3(tx, head.Y - 0.12f - t * 0.012f, s * 0.15f), new Vector3(tx, head.Y - 0.23f - t * 0.012f, s * 0.15f), 0.018f, 0.003f, 4);
        }
        foreach (var s in new[] { -1f, 1f })
        {
            k.Paint(Socket).Ellipsoid(head + new Vector3(-0.2f, 0.1f, s * 0.19f), new Vector3(0.09f, 0.08f, 0.04f), 0, 0, 8, 4);
            k.Paint(Socket).Ellipsoid(head + new Vector3(0.2f, 0.02f, s * 0.2f), new Vector3(0.16f, 0.07f, 0.03f), -0.15f, 0, 8, 4);
        }
        // Mount: steel rods from the plinth to the hips, the chest and the neck.
        foreach (var x in new[] { -0.1f, 1.6f, 2.6f })
            k.Paint(Paints.Steel).Rod(new Vector3(x, 0.24f, 0), new Vector3(x, SpineY(x) - 0.08f, 0), 0.025f, 0.025f, 6);
        return k;
    }

    /// <summary>Height of the spine at <paramref name="x"/>.</summary>
    private static float SpineY(float x)
    {
        for (var i = 0; i < Spine.Length - 1; i++)
            if (x <= Spine[i + 1].X)
                return float.Lerp(Spine[i].Y, Spine[i + 1].Y, (x - Spine[i].X) / (Spine[i + 1].X - Spine[i].X));
        return Spine[^1].Y;
    }
}
