using System.Numerics;
using Kinora.Compose.Assets.Meshes;
using Kinora.Plan;

namespace Kinora.Compose.Assets.Kinds.Person;

/// <summary>
/// Hair styles, head-local (<see cref="HeadFrame"/>), all on the skull so they turn with the head. Every style but
/// bald starts from a cap whose front edge is the hairline (about 5 cm above the brows, leaving the forehead and
/// temples bare) and adds what makes its silhouette: a crown for short hair, many small curls, a chin-length bob,
/// long hair down the back with two locks falling beside the face, a ponytail or a bun. Nothing reaches in front of
/// the eyes or brows: the face stays open to the camera.
/// </summary>
public static class Hair
{
    private static readonly Vector3 CapCentre = new(-0.014f, 0.022f, 0), CapRadii = new(0.101f, 0.104f, 0.083f);

    public static void Build(HeadFrame f, HairStyle style, MeshBuilder hair, ref SeededRandom r)
    {
        switch (style)
        {
            case HairStyle.Bald:
                // What is left: a horseshoe fringe over the ears and round the back, below the bare crown.
                hair.Sphere(f.At(new(-0.03f, 0.004f, 0), new(0.08f, 0.045f, 0.081f)));
                return;
            case HairStyle.Buzz:
                hair.Sphere(f.At(CapCentre + new Vector3(0.002f, -0.002f, 0), CapRadii * new Vector3(0.985f, 0.985f, 0.98f)));
                return;
        }
        hair.Sphere(f.At(CapCentre, CapRadii));
        switch (style)
        {
            case HairStyle.Short:
                // A little height and a side sweep on the crown.
                hair.Sphere(f.At(new(0.0f, 0.072f, r.RangeF(-0.012f, 0.012f)), new(0.085f, 0.052f, 0.074f)));
                break;
            case HairStyle.Curly:
                Curls(f, hair, ref r);
                break;
            case HairStyle.Bob:
                hair.Sphere(f.At(new(-0.02f, -0.02f, 0), new(0.095f, 0.112f, 0.09f)));
                if (r.NextDouble() < 0.5) Fringe(f, hair);
                break;
            case HairStyle.Long:
                Long(f, hair);
                if (r.NextDouble() < 0.35) Fringe(f, hair);
                break;
            case HairStyle.Ponytail:
                hair.Sphere(f.At(new(-0.1f, 0.03f, 0), new(0.02f, 0.02f, 0.02f)), 12, 8); // the tie
                hair.Capsule(f.P(new(-0.108f, 0.025f, 0)), f.P(new(-0.13f, -0.12f, 0)), 0.026f * f.Scale, 0.014f * f.Scale, 12);
                break;
            case HairStyle.Bun:
                hair.Sphere(f.At(new(-0.075f, 0.075f, 0), new(0.036f, 0.036f, 0.036f)), 16, 10);
                break;
        }
    }

    /// <summary>Long hair: a fall down the back to below the shoulders and two locks beside the face.</summary>
    private static void Long(HeadFrame f, MeshBuilder hair)
    {
        hair.Sphere(f.At(new(-0.045f, -0.075f, 0), new(0.068f, 0.17f, 0.092f)));
        foreach (var s in new[] { 1f, -1f })
            hair.Sphere(f.At(new(0.012f, -0.07f, s * 0.074f), new(0.032f, 0.125f, 0.02f), Matrix4x4.CreateRotationX(-s * 0.08f)));
    }

    /// <summary>A short fringe over the top of the forehead, well above the brows.</summary>
    private static void Fringe(HeadFrame f, MeshBuilder hair) =>
        hair.Sphere(f.At(new(0.062f, 0.074f, 0), new(0.032f, 0.024f, 0.066f)));

    /// <summary>
    /// Curls: small balls scattered over the cap (a golden-angle spiral, jittered by seed), standing a little off it,
    /// so the outline is bumpy and the light breaks on it as on tight curls.
    /// </summary>
    private static void Curls(HeadFrame f, MeshBuilder hair, ref SeededRandom r)
    {
        const int count = 180;
        var golden = MathF.PI * (3 - MathF.Sqrt(5));
        for (var i = 0; i < count; i++)
        {
            // Points on the upper and back part of the cap: y from high to a little below the ears at the back.
            var y = 1 - 1.25f * (i + 0.5f) / count;
            var ring = MathF.Sqrt(MathF.Max(0, 1 - y * y));
            var a = golden * i + r.RangeF(-0.2f, 0.2f);
            var dir = new Vector3(ring * MathF.Cos(a), y, ring * MathF.Sin(a));
            // Keep the forehead and face open: no curl low at the front.
            if (dir.X > 0.35f && dir.Y < 0.55f) continue;
            var p = CapCentre + dir * CapRadii;
            hair.Sphere(f.At(p, new Vector3(r.RangeF(0.009f, 0.012f))), 8, 5);
        }
    }
}
