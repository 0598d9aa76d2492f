using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Kicking, every 2.4 s: the right foot draws back and up, swings through forward and high past where a ball would
/// sit, and comes back down beside the left, which stays planted; the arms swing out against the leg for balance
/// and the trunk leans back into the kick.
/// </summary>
public static class Kick
{
    public const double Period = 2.4;

    public static float Pose(Skeleton s, double t, float w, Span<Quaternion> r)
    {
        var sink = GaitCycle.StandingSink(s) + 0.03f * w * GaitCycle.LegLength(s);
        if (s.Legs.Length < 2) return sink;
        var c = Curves.Loop(t, Period);
        var draw = Curves.Ramp(c, 0.1f, 0.35f);
        var swing = Curves.Ramp(c, 0.35f, 0.48f);
        var home = Curves.Ramp(c, 0.6f, 0.9f);
        var l = GaitCycle.LegLength(s);
        var forward = (-0.35f * draw * (1 - swing) + 0.75f * swing) * (1 - home) * w * l;
        var up = (0.3f * draw * (1 - swing) + 0.55f * swing) * (1 - home) * w * l;
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
