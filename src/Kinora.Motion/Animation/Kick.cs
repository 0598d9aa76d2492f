using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Kicking, every 2.4 s: the right foot draws back and up, swings through low (skimming the ground where a ball
/// sits, at <see cref="ContactAfter"/>) and on forward and high, and comes back down beside the left, which stays
/// planted; the arms swing out against the leg for balance and the trunk leans back into the kick. A kick of a ball
/// plays once (<see cref="Throw.Once"/>'s rule, <see cref="Once"/>).
/// </summary>
public static class Kick
{
    public const double Period = 2.4;
    private const float SwingFrom = 0.35f, SwingTo = 0.48f;

    /// <summary>Seconds from the kick's start to the swing's lowest, fastest point (half-way through the swing), where
    /// the foot meets the ball.</summary>
    public const double ContactAfter = (SwingFrom + 0.5 * (SwingTo - SwingFrom)) * Period;

    /// <summary>Where the ankle is at the contact, as fractions of the leg's length: ahead of its rest spot, and up.
    /// (The swing's smoothstep is exactly 0.5 there.)</summary>
    public const float ContactForward = -0.35f * 0.5f + 0.75f * 0.5f, ContactUp = 0.3f * 0.25f + 0.55f * 0.125f;

    public static double Once(double since) => Math.Clamp(since, 0, 0.999 * Period);

    public static float Pose(Skeleton s, double t, float w, Span<Quaternion> r)
    {
        var sink = GaitCycle.StandingSink(s) + 0.03f * w * GaitCycle.LegLength(s);
        if (s.Legs.Length < 2) return sink;
        var c = Curves.Loop(t, Period);
        var draw = Curves.Ramp(c, 0.1f, SwingFrom);
        var swing = Curves.Ramp(c, SwingFrom, SwingTo);
        var home = Curves.Ramp(c, 0.6f, 0.9f);
        var l = GaitCycle.LegLength(s);
        var forward = (-0.35f * draw * (1 - swing) + 0.75f * swing) * (1 - home) * w * l;
        // Up: the drawn-back lift fades as (1 − swing)² and the follow-through rises as swing³, so the foot passes
        // low (~0.14 of the leg) through the middle of the swing, where the ball is, instead of sailing over it.
        var up = (0.3f * draw * (1 - swing) * (1 - swing) + 0.55f * swing * swing * swing) * (1 - home) * w * l;
        var kicking = s.Legs[1];
        var standing = s.Legs[0];
        standing.Reach(new Vector2(standing.Tip.X, standing.Tip.Y + sink), 0, r);
        kicking.Reach(new Vector2(kicking.Tip.X + forward, kicking.Tip.Y + sink + up), -0.4f * swing * (1 - home) * w, r);
        var effort = (swing - draw * (1 - swing)) * (1 - home);
        Skeleton.Add(r, s.UpperArmL, s.Pitch(0.6f * effort * w) * s.Roll(0.4f * swing * (1 - home) * w));
        Skeleton.Add(r, s.UpperArmR, s.Pitch(-0.5f * effort * w) * s.Roll(-0.3f * swing * (1 - home) * w));
        Skeleton.Add(r, s.Spine, s.Pitch(0.2f * swing * (1 - home) * w));
        Skeleton.Add(r, s.Neck, s.Pitch(-0.25f * swing * (1 - home) * w));
        return sink;
    }
}
