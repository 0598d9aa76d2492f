using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// A flying bird's wings: flapping 3.5–4.5 times a second (a quicker downstroke than upstroke, as birds do),
/// and now and then a glide with the wings held in a shallow V. <paramref name="seed"/> staggers birds so a
/// flock does not flap in lockstep.
/// </summary>
public static class WingFlap
{
    /// <summary>Seconds in a flap-and-glide cycle, and how much of it is gliding.</summary>
    private const double Cycle = 3.5, GlideShare = 0.3;
    /// <summary>Radians a folded wing swings out to be spread (not quite square to the body: swept a little back).</summary>
    private const float Spread = 1.35f;

    public static void Pose(Skeleton s, double t, double seed, float weight, Span<Quaternion> rotations)
    {
        var hz = 3.5 + seed; // 3.5–4.5 beats a second: a gull's to a pigeon's, readable at 24 fps
        var local = (t / Cycle + seed) % 1;
        // Glide weight: 1 inside the glide share of the cycle, eased in and out over 8 % of it.
        var glide = (float)(Math.Clamp((local - (1 - GlideShare)) / 0.08, 0, 1) * Math.Clamp((1 - local) / 0.08, 0, 1));
        var p = 2 * Math.PI * hz * (t + seed);
        var beat = (float)(Math.Sin(p) + 0.25 * Math.Sin(2 * p)); // skewed: fast down, slow up
        var angle = weight * ((1 - glide) * 0.75f * beat + glide * 0.15f);
        // Wings are built folded back along the body (a perched bird): spread them out sideways first, then beat.
        Skeleton.Add(rotations, s.WingL, s.Roll(angle) * s.Yaw(-Spread * weight));
        Skeleton.Add(rotations, s.WingR, s.Roll(-angle) * s.Yaw(Spread * weight));
        Skeleton.Add(rotations, s.Body, s.Pitch(-0.3f * weight)); // level the perching tilt into a flying one
        Skeleton.Add(rotations, s.Tail, s.Pitch(0.08f * weight * (1 - glide) * MathF.Sin((float)p)));
    }
}
