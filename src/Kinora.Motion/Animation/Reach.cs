using System.Numerics;

namespace Kinora.Motion.Animation;

/// <summary>
/// Reaching down to pick something up, every 3.2 s: bend at the hips and knees, the right arm reaching to the
/// ground in front of the feet, then straighten with the hand drawn up to the chest, and lower it again.
/// </summary>
public static class Reach
{
    public const double Period = 3.2;

    public static float Pose(Skeleton s, double t, float w, Span<Quaternion> r)
    {
        var c = Curves.Loop(t, Period);
        var down = Curves.Hold(c, 0.05f, 0.35f, 0.45f, 0.7f);
        var carry = Curves.Hold(c, 0.45f, 0.7f, 0.8f, 0.98f);
        var sink = GaitCycle.StandingSink(s) + 0.22f * down * GaitCycle.LegLength(s) * w;
        GaitCycle.Stand(s, sink, r);
        Skeleton.Add(r, s.Spine, s.Pitch(-1.0f * down * w));
        Skeleton.Add(r, s.Neck, s.Pitch(0.35f * down * w));
        Skeleton.Add(r, s.UpperArmR, s.Pitch((0.5f * down + 0.5f * carry) * w));
        Skeleton.Add(r, s.ForearmR, s.Pitch((0.1f * down + 1.4f * carry) * w));
        Skeleton.Add(r, s.UpperArmL, s.Pitch((0.3f * down + 0.4f * carry) * w));
        Skeleton.Add(r, s.ForearmL, s.Pitch((0.3f * down + 1.3f * carry) * w));
        return sink;
    }
}
